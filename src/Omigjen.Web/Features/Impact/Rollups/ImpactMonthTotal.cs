using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Rollups;

/// <summary>
/// The ledger summed per month, category, channel and factor set, over all initiatives: what the municipality-wide
/// figures read (the start page, the public summary, the administration's months, categories and channels, the EU
/// report). A few hundred rows a year however many initiatives there are; kept current in the same transaction as
/// <see cref="ImpactMonth"/>, of which it is the exact sum.
/// </summary>
public sealed class ImpactMonthTotal
{
    public int Year { get; set; }
    public int Month { get; set; }
    public GoodsCategory Category { get; set; }
    public ReuseChannel Channel { get; set; }
    public int FactorSetVersion { get; set; }
    public int Acts { get; set; }
    public int Quantity { get; set; }
    public long WeightGrams { get; set; }
    public long MeasuredGrams { get; set; }
    public int MeasuredQuantity { get; set; }
    public int EstimatedQuantity { get; set; }
    public long Co2eGrams { get; set; }
}

internal sealed class ImpactMonthTotalConfiguration : IEntityTypeConfiguration<ImpactMonthTotal>
{
    public void Configure(EntityTypeBuilder<ImpactMonthTotal> b)
    {
        b.ToTable("ImpactMonthTotals");
        b.HasKey(m => new { m.Year, m.Month, m.Category, m.Channel, m.FactorSetVersion });
        b.Property(m => m.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(m => m.Channel).HasConversion<string>().HasMaxLength(20);
        b.HasOne<FactorSet>().WithMany().HasForeignKey(m => m.FactorSetVersion).OnDelete(DeleteBehavior.Restrict);
    }
}
