using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Rollups;

internal sealed class ImpactMonthConfiguration : IEntityTypeConfiguration<ImpactMonth>
{
    public const string Table = "ImpactMonths";

    public void Configure(EntityTypeBuilder<ImpactMonth> b)
    {
        b.ToTable(Table);
        b.HasKey(m => new { m.Year, m.Month, m.InitiativeId, m.Category, m.Channel, m.FactorSetVersion });
        b.Property(m => m.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(m => new { m.InitiativeId, m.Year, m.Month });
        b.HasOne<Initiative>().WithMany().HasForeignKey(m => m.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<FactorSet>().WithMany().HasForeignKey(m => m.FactorSetVersion).OnDelete(DeleteBehavior.Restrict);
    }
}
