using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Omigjen.Web.Features.Impact.Factors;

internal sealed class FactorSetConfiguration : IEntityTypeConfiguration<FactorSet>
{
    public void Configure(EntityTypeBuilder<FactorSet> b)
    {
        b.ToTable("FactorSets");
        b.HasKey(s => s.Version);
        b.Property(s => s.Version).ValueGeneratedNever();
        b.Property(s => s.Name).HasMaxLength(200);
        b.Property(s => s.Notes).HasMaxLength(4000);
        b.HasMany(s => s.Factors).WithOne().HasForeignKey(f => f.FactorSetVersion).OnDelete(DeleteBehavior.Cascade);
        b.HasData(FirstFactorSet.Set);
    }
}

internal sealed class FactorConfiguration : IEntityTypeConfiguration<Factor>
{
    public void Configure(EntityTypeBuilder<Factor> b)
    {
        b.ToTable("Factors");
        b.Property(f => f.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.EuCategory).HasConversion<string>().HasMaxLength(30);
        b.Property(f => f.Activity).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Unit).HasConversion<string>().HasMaxLength(10);
        foreach (var p in new[] { nameof(Factor.AverageWeightKg), nameof(Factor.PreUseKgCo2e), nameof(Factor.Displacement), nameof(Factor.AvoidedKgCo2e) })
            b.Property(p).HasPrecision(12, 4);
        b.Property(f => f.Source).HasMaxLength(500);
        b.Property(f => f.SourceLocation).HasMaxLength(500);
        b.Property(f => f.Licence).HasMaxLength(100);
        b.Property(f => f.DataQuality).HasMaxLength(500);
        b.HasIndex(f => new { f.FactorSetVersion, f.Category, f.Activity }).IsUnique();
        b.HasData(FirstFactorSet.Rows);
    }
}
