using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.Intake.Allocation;

internal sealed class LotAnnouncementConfiguration : IEntityTypeConfiguration<LotAnnouncement>
{
    public void Configure(EntityTypeBuilder<LotAnnouncement> b)
    {
        b.ToTable("IntakeLotAnnouncements", t => t.HasCheckConstraint("CK_IntakeLotAnnouncements_Window", "\"ClaimsCloseAt\" > \"AnnouncedAt\""));
        b.HasKey(a => a.LotId);
        b.Property(a => a.LotId).ValueGeneratedNever();
        b.HasIndex(a => new { a.ClosedAt, a.ClaimsCloseAt });
        b.HasOne<IntakeLot>().WithOne().HasForeignKey<LotAnnouncement>(a => a.LotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(a => a.AnnouncedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class LotClaimConfiguration : IEntityTypeConfiguration<LotClaim>
{
    public void Configure(EntityTypeBuilder<LotClaim> b)
    {
        b.ToTable("IntakeLotClaims");
        b.HasIndex(c => new { c.LotId, c.PartnerId }).IsUnique();
        b.HasIndex(c => new { c.PartnerId, c.ClaimedAt });
        b.HasOne<LotAnnouncement>().WithMany().HasForeignKey(c => c.LotId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Partner>().WithMany().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<AppUser>().WithMany().HasForeignKey(c => c.ClaimedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AllocationDecisionConfiguration : IEntityTypeConfiguration<AllocationDecision>
{
    public const int ReasonMax = 500;

    public void Configure(EntityTypeBuilder<AllocationDecision> b)
    {
        b.ToTable("IntakeAllocationDecisions");
        b.Property(d => d.Category).HasConversion<string>().HasMaxLength(30);
        b.Property(d => d.Rule).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.WeightKg).HasPrecision(9, 3);
        b.Property(d => d.ReasonNb).HasMaxLength(ReasonMax);
        b.Property(d => d.ReasonEn).HasMaxLength(ReasonMax);
        // One decision per lot: two allocation runs at once cannot both decide.
        b.HasIndex(d => d.LotId).IsUnique();
        b.HasIndex(d => d.DecidedAt);
        b.HasIndex(d => new { d.PartnerId, d.Category, d.DecidedAt });
        b.HasOne<IntakeLot>().WithMany().HasForeignKey(d => d.LotId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Station>().WithMany().HasForeignKey(d => d.StationId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Partner>().WithMany().HasForeignKey(d => d.PartnerId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(d => d.ConfirmedById).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class AllocationRuleChangeConfiguration : IEntityTypeConfiguration<AllocationRuleChange>
{
    public void Configure(EntityTypeBuilder<AllocationRuleChange> b)
    {
        b.ToTable("IntakeAllocationRules");
        b.Property(r => r.Rule).HasConversion<string>().HasMaxLength(20);
        b.HasIndex(r => r.ChangedAt);
        b.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
