using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Points.Ledger;

internal sealed class PointsEntryConfiguration : IEntityTypeConfiguration<PointsEntry>
{
    public void Configure(EntityTypeBuilder<PointsEntry> b)
    {
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Action).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.SourceKey).HasMaxLength(60);
        b.HasIndex(e => e.SourceKey).IsUnique();
        b.HasIndex(e => new { e.UserId, e.At });
        b.HasIndex(e => new { e.InitiativeId, e.At });
        b.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<Initiative>().WithMany().HasForeignKey(e => e.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        b.ToTable(t => t.HasCheckConstraint("CK_PointsEntries_Sign",
            "(\"Kind\" = 'Credit' AND \"Points\" > 0) OR (\"Kind\" = 'Redemption' AND \"Points\" < 0)"));
    }
}
