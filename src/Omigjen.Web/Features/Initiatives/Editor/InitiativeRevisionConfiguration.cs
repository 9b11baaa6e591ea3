using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Editor;

internal sealed class InitiativeRevisionConfiguration : IEntityTypeConfiguration<InitiativeRevision>
{
    public void Configure(EntityTypeBuilder<InitiativeRevision> b)
    {
        // Two saves can never take the same number: the second one fails and is reported as a conflict.
        b.HasIndex(r => new { r.InitiativeId, r.Number }).IsUnique();
        b.Property(r => r.Author).HasMaxLength(256);
        b.Property(r => r.Summary).HasMaxLength(1000);
        b.HasOne<Initiative>().WithMany().HasForeignKey(r => r.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
