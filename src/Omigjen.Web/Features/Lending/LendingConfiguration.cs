using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Lending;

internal sealed class LendingTypeConfiguration : IEntityTypeConfiguration<LendingType>
{
    public void Configure(EntityTypeBuilder<LendingType> b)
    {
        b.Property(t => t.Name).HasMaxLength(TextLimits.Name);
        b.Property(t => t.WeightKg).HasPrecision(10, 3);
        b.Property(t => t.Description).HasMaxLength(TextLimits.LongText);
        b.Property(t => t.Category).HasConversion<string>().HasMaxLength(40);
        b.Property(t => t.PriceKind).HasConversion<string>().HasMaxLength(20);
        b.Property(t => t.StaffedHours).HasMaxLength(500);
        b.Property(t => t.SearchTerms).HasMaxLength(8000);
        b.Property(t => t.PhotoKey).HasMaxLength(64);
        b.Property(t => t.PhotoAlt).HasMaxLength(TextLimits.AltText);
        b.HasOne(t => t.Initiative).WithMany().HasForeignKey(t => t.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(t => t.Units).WithOne(u => u.Type).HasForeignKey(u => u.TypeId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(t => new { t.InitiativeId, t.Archived });
        b.HasIndex(t => new { t.Latitude, t.Longitude });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_LendingTypes_Price", "\"PriceNok\" >= 0");
            t.HasCheckConstraint("CK_LendingTypes_MaxDays", "\"MaxDays\" BETWEEN 1 AND 90");
        });
    }
}

internal sealed class LendingUnitConfiguration : IEntityTypeConfiguration<LendingUnit>
{
    public void Configure(EntityTypeBuilder<LendingUnit> b)
    {
        b.Property(u => u.Label).HasMaxLength(50);
        b.Property(u => u.LabelKey).HasMaxLength(50);
        b.Property(u => u.State).HasConversion<string>().HasMaxLength(20);
        b.Property(u => u.StateNote).HasMaxLength(500);
        b.HasIndex(u => new { u.TypeId, u.State, u.LabelKey });
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    /// <summary>The statuses that hold a unit; the no-overlap rule applies among them (the SQL of both databases spells them out).</summary>
    public const string ActiveStatusesSql = "'Offered', 'Booked', 'CheckedOut'";

    public void Configure(EntityTypeBuilder<Booking> b)
    {
        b.Ignore(x => x.IsActive);
        b.Property(x => x.Code).HasMaxLength(12);
        b.HasIndex(x => x.Code).IsUnique();
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(x => x.CoBorrowerName).HasMaxLength(100);
        b.Property(x => x.BorrowerName).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(30);
        b.Property(x => x.ConditionNote).HasMaxLength(1000);
        b.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<LendingType>().WithMany().HasForeignKey(x => x.TypeId).OnDelete(DeleteBehavior.Cascade);
        // A deleted account's loans stay in the statistics without a person (the deletion also clears the names).
        b.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<WaitlistEntry>().WithMany().HasForeignKey(x => x.WaitlistEntryId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.UnitId, x.PickupAt, x.ReturnBy });
        b.HasIndex(x => new { x.TypeId, x.PickupAt });
        b.HasIndex(x => new { x.Status, x.PickupAt });
        b.HasIndex(x => new { x.Status, x.ReturnBy });
        b.HasIndex(x => new { x.UserId, x.Status });
        b.ToTable(t =>
        {
            t.HasCheckConstraint("CK_Bookings_Period", "\"ReturnBy\" > \"PickupAt\"");
            t.HasCheckConstraint("CK_Bookings_CoBorrowerAge", "\"CoBorrowerAge\" IS NULL OR \"CoBorrowerAge\" BETWEEN 0 AND 120");
        });
    }
}

internal sealed class WaitlistEntryConfiguration : IEntityTypeConfiguration<WaitlistEntry>
{
    public void Configure(EntityTypeBuilder<WaitlistEntry> b)
    {
        b.Property(w => w.LabelKey).HasMaxLength(50);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(w => w.CoBorrowerName).HasMaxLength(100);
        b.Property(w => w.Phone).HasMaxLength(30);
        b.HasOne(w => w.Type).WithMany().HasForeignKey(w => w.TypeId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(w => w.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(w => new { w.TypeId, w.Status, w.CreatedAt });
        b.HasIndex(w => new { w.UserId, w.Status });
        b.ToTable(t => t.HasCheckConstraint("CK_WaitlistEntries_Period", "\"ReturnBy\" > \"PickupAt\""));
    }
}
