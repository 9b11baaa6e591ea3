using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.Intake.Partners;

internal sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public const int ReturnToUseMax = 1000;

    public void Configure(EntityTypeBuilder<Partner> b)
    {
        b.ToTable("IntakePartners", t => t.HasCheckConstraint("CK_IntakePartners_Period", "\"StartsOn\" <= \"EndsOn\""));
        b.Property(p => p.Agreement).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.ReturnToUse).HasMaxLength(ReturnToUseMax);
        // One partner row per initiative: approving twice at once cannot make two.
        b.HasIndex(p => p.InitiativeId).IsUnique();
        b.HasOne<Initiative>().WithMany().HasForeignKey(p => p.InitiativeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<AppUser>().WithMany().HasForeignKey(p => p.ApprovedById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(p => p.Categories).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(p => p.Plans).WithOne().HasForeignKey(c => c.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerCategoryConfiguration : IEntityTypeConfiguration<PartnerCategory>
{
    public void Configure(EntityTypeBuilder<PartnerCategory> b)
    {
        b.ToTable("IntakePartnerCategories");
        b.HasKey(c => new { c.PartnerId, c.Category });
        b.Property(c => c.Category).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(c => c.Category);
    }
}

internal sealed class PickupPlanConfiguration : IEntityTypeConfiguration<PickupPlan>
{
    public void Configure(EntityTypeBuilder<PickupPlan> b)
    {
        b.ToTable("IntakePickupPlans");
        b.Property(p => p.Weekday).HasConversion<string>().HasMaxLength(10);
        b.HasIndex(p => new { p.PartnerId, p.StationId, p.Weekday }).IsUnique();
        b.HasIndex(p => new { p.StationId, p.Weekday });
        b.HasOne<Station>().WithMany().HasForeignKey(p => p.StationId).OnDelete(DeleteBehavior.Cascade);
    }
}
