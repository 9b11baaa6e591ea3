using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Points.Codes;

internal sealed class PointsCodeConfiguration : IEntityTypeConfiguration<PointsCode>
{
    public void Configure(EntityTypeBuilder<PointsCode> b)
    {
        b.Property(c => c.CodeHash).HasMaxLength(64);
        b.Property(c => c.Reference).HasMaxLength(PointsReference.MaxLength);
        b.HasIndex(c => c.CodeHash).IsUnique();
        b.Property(c => c.Action).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithMany().HasForeignKey(c => c.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.IssuedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ClaimedByUserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(c => new { c.InitiativeId, c.IssuedAt });
        b.HasIndex(c => new { c.InitiativeId, c.ClaimedAt });
        b.ToTable(t => t.HasCheckConstraint("CK_PointsCodes_Points", "\"Points\" >= 0"));
    }
}
