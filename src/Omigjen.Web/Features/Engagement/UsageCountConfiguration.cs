using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Engagement;

internal sealed class UsageCountConfiguration : IEntityTypeConfiguration<UsageCount>
{
    public void Configure(EntityTypeBuilder<UsageCount> b)
    {
        b.HasKey(u => new { u.InitiativeId, u.WeekStart, u.Kind });
        b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithMany().HasForeignKey(u => u.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}
