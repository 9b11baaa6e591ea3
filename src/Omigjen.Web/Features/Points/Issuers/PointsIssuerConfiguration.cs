using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Points.Issuers;

internal sealed class PointsIssuerConfiguration : IEntityTypeConfiguration<PointsIssuer>
{
    public void Configure(EntityTypeBuilder<PointsIssuer> b)
    {
        b.HasKey(i => i.InitiativeId);
        b.Property(i => i.InitiativeId).ValueGeneratedNever();
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        b.HasOne<Initiative>().WithOne().HasForeignKey<PointsIssuer>(i => i.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(i => i.Status);
    }
}
