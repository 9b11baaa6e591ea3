using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Log;

internal sealed class RepairEntryConfiguration : IEntityTypeConfiguration<RepairEntry>
{
    public const int BrandMax = 100;
    public const int ProblemMax = 1000;

    public void Configure(EntityTypeBuilder<RepairEntry> b)
    {
        b.ToTable("RepairEntries", t =>
        {
            t.HasCheckConstraint("CK_RepairEntries_Category",
                "(\"OrdsCategoryId\" IS NULL) <> (\"GoodsCategory\" IS NULL) AND (\"OrdsCategoryId\" IS NULL OR \"OrdsCategoryId\" BETWEEN 1 AND 40)");
            t.HasCheckConstraint("CK_RepairEntries_Barrier", "(\"Outcome\" = 'EndOfLife') = (\"Barrier\" IS NOT NULL)");
            t.HasCheckConstraint("CK_RepairEntries_Year", "\"YearOfManufacture\" IS NULL OR \"YearOfManufacture\" BETWEEN 1800 AND 2200");
        });
        b.Property(e => e.GoodsCategory).HasConversion<string>().HasMaxLength(30);
        b.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Barrier).HasConversion<string>().HasMaxLength(40);
        b.Property(e => e.SpareParts).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Brand).HasMaxLength(BrandMax);
        b.Property(e => e.Problem).HasMaxLength(ProblemMax);
        b.Property(e => e.AgeYears).HasPrecision(5, 1);
        b.Property(e => e.WeightKg).HasPrecision(9, 3);
        b.HasOne<Initiative>().WithMany().HasForeignKey(e => e.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ActivityOccasion>().WithMany().HasForeignKey(e => e.ActivityOccasionId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(e => e.LoggedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.InitiativeId, e.EventDate });
        b.HasIndex(e => new { e.ActivityOccasionId, e.Id });
        b.HasIndex(e => e.EventDate);
    }
}
