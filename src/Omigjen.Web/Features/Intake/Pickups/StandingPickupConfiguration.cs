using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.Intake.Pickups;

internal sealed class StandingPickupConfiguration : IEntityTypeConfiguration<StandingPickup>
{
    public const int ReasonMax = 500;

    public void Configure(EntityTypeBuilder<StandingPickup> b)
    {
        b.ToTable("IntakeStandingPickups", t =>
            t.HasCheckConstraint("CK_IntakeStandingPickups_Cancel", "(\"State\" = 'Cancelled') = (\"CancelReason\" IS NOT NULL AND \"CancelledBy\" IS NOT NULL)"));
        b.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CancelledBy).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.CancelReason).HasMaxLength(ReasonMax);
        // One pickup per plan and day: the job run twice (or on two nodes) adds nothing.
        b.HasIndex(p => new { p.PlanId, p.Date }).IsUnique();
        b.HasIndex(p => new { p.StationId, p.Date });
        b.HasIndex(p => new { p.PartnerId, p.Date });
        b.HasIndex(p => new { p.State, p.Date });
        b.HasOne<PickupPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Partner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.CancelledById).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ConfirmedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class PickupTakenConfiguration : IEntityTypeConfiguration<PickupTaken>
{
    public void Configure(EntityTypeBuilder<PickupTaken> b)
    {
        b.ToTable("IntakePickupTaken", t => t.HasCheckConstraint("CK_IntakePickupTaken_Kg", "CAST(\"Kg\" AS REAL) >= 0 AND CAST(\"Kg\" AS REAL) <= 2000"));
        b.HasKey(t => new { t.PickupId, t.Category });
        b.Property(t => t.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(t => t.Kg).HasPrecision(9, 3);
        b.HasOne<StandingPickup>().WithMany().HasForeignKey(t => t.PickupId).OnDelete(DeleteBehavior.Cascade);
    }
}
