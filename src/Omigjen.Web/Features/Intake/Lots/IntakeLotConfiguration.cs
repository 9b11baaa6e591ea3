using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.Intake.Lots;

internal sealed class IntakeLotConfiguration : IEntityTypeConfiguration<IntakeLot>
{
    public const int MaxCount = 500;
    public const decimal MaxKg = 2000m;
    public const int NotesMax = 500;

    public void Configure(EntityTypeBuilder<IntakeLot> b)
    {
        b.ToTable("IntakeLots", t =>
        {
            t.HasCheckConstraint("CK_IntakeLots_Count", $"\"Count\" BETWEEN 1 AND {MaxCount}");
            // SQLite keeps decimals as text, so the check compares them as numbers explicitly (the same on PostgreSQL).
            t.HasCheckConstraint("CK_IntakeLots_Weight", $"CAST(\"WeightKg\" AS REAL) > 0 AND CAST(\"WeightKg\" AS REAL) <= {MaxKg:0}");
            t.HasCheckConstraint("CK_IntakeLots_Safety", "(\"Safety\" IS NULL) = (\"State\" <> 'RefusedForSafety')");
        });
        b.Property(l => l.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.WeightSource).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Condition).HasConversion<string>().HasMaxLength(20);
        b.Property(l => l.Safety).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.State).HasConversion<string>().HasMaxLength(30);
        b.Property(l => l.WeightKg).HasPrecision(9, 3);
        b.Property(l => l.Notes).HasMaxLength(NotesMax);
        b.HasIndex(l => l.IdempotencyKey).IsUnique();
        b.HasIndex(l => new { l.StationId, l.RegisteredAt });
        b.HasIndex(l => new { l.State, l.RegisteredAt });
        b.HasIndex(l => new { l.RegisteredById, l.StationId, l.Id });
        b.HasOne<Station>().WithMany().HasForeignKey(l => l.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(l => l.RegisteredById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(l => l.PickupId);
        b.HasOne<StandingPickup>().WithMany().HasForeignKey(l => l.PickupId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(l => l.Photos).WithOne().HasForeignKey(p => p.LotId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IntakeLotPhotoConfiguration : IEntityTypeConfiguration<IntakeLotPhoto>
{
    public void Configure(EntityTypeBuilder<IntakeLotPhoto> b)
    {
        b.ToTable("IntakeLotPhotos");
        b.Property(p => p.Key).HasMaxLength(64);
        b.HasIndex(p => p.LotId);
    }
}
