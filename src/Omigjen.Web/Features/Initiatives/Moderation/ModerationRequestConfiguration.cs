using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Moderation;

internal sealed class ModerationRequestConfiguration : IEntityTypeConfiguration<ModerationRequest>
{
    public void Configure(EntityTypeBuilder<ModerationRequest> b)
    {
        b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Message).HasMaxLength(TextLimits.Message);
        b.Property(r => r.DecisionMessage).HasMaxLength(2000);
        b.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.DecidedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(r => r.State);
    }
}
