using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Rollups;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Editor;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Initiatives.Moderation;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Points.Codes;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Ledger;
using Omigjen.Web.Features.Points.Rewards;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Features.Repair.Log;
using Omigjen.Web.Features.Repair.Services;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Features.SavedSearches;
using Omigjen.Web.Features.WorkTraining;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Data;

/// <summary>The one model. Each database has a thin subclass so each keeps its own migration set.</summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeLocation> InitiativeLocations => Set<InitiativeLocation>();
    public DbSet<SpecialHours> SpecialHours => Set<SpecialHours>();
    public DbSet<InitiativeMember> InitiativeMembers => Set<InitiativeMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<ModerationRequest> ModerationRequests => Set<ModerationRequest>();
    public DbSet<InitiativeRevision> InitiativeRevisions => Set<InitiativeRevision>();
    public DbSet<UsageCount> UsageCounts => Set<UsageCount>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<MunicipalitySettings> MunicipalitySettings => Set<MunicipalitySettings>();
    public DbSet<Item> Items => Set<Item>();
    public DbSet<ItemPhoto> ItemPhotos => Set<ItemPhoto>();
    public DbSet<PendingPhoto> PendingPhotos => Set<PendingPhoto>();
    public DbSet<SearchVocabulary> SearchVocabulary => Set<SearchVocabulary>();
    public DbSet<Reservation> Reservations => Set<Reservation>();
    public DbSet<SavedSearch> SavedSearches => Set<SavedSearch>();
    public DbSet<LendingType> LendingTypes => Set<LendingType>();
    public DbSet<LendingUnit> LendingUnits => Set<LendingUnit>();
    public DbSet<Booking> Bookings => Set<Booking>();
    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<ReuseAct> ReuseActs => Set<ReuseAct>();
    public DbSet<ReuseActLink> ReuseActLinks => Set<ReuseActLink>();
    public DbSet<ImpactMonth> ImpactMonths => Set<ImpactMonth>();
    public DbSet<ImpactMonthTotal> ImpactMonthTotals => Set<ImpactMonthTotal>();
    public DbSet<FactorSet> FactorSets => Set<FactorSet>();
    public DbSet<Factor> Factors => Set<Factor>();
    public DbSet<ProgrammeRules> PointsRules => Set<ProgrammeRules>();
    public DbSet<PointsIssuer> PointsIssuers => Set<PointsIssuer>();
    public DbSet<PointsCode> PointsCodes => Set<PointsCode>();
    public DbSet<PointsEntry> PointsEntries => Set<PointsEntry>();
    public DbSet<PointsAccount> PointsAccounts => Set<PointsAccount>();
    public DbSet<PointsCounter> PointsCounters => Set<PointsCounter>();
    public DbSet<Reward> Rewards => Set<Reward>();
    public DbSet<Voucher> Vouchers => Set<Voucher>();
    public DbSet<ActivitySeries> ActivitySeries => Set<ActivitySeries>();
    public DbSet<ActivityOccasion> ActivityOccasions => Set<ActivityOccasion>();
    public DbSet<ActivitySignUp> ActivitySignUps => Set<ActivitySignUp>();
    public DbSet<RepairService> RepairServices => Set<RepairService>();
    public DbSet<RepairEntry> RepairEntries => Set<RepairEntry>();
    public DbSet<Station> Stations => Set<Station>();
    public DbSet<StationStaffMember> StationStaff => Set<StationStaffMember>();
    public DbSet<Participation> TrainingParticipations => Set<Participation>();
    public DbSet<TaskProgress> TrainingProgress => Set<TaskProgress>();
    public DbSet<IntakeLot> IntakeLots => Set<IntakeLot>();
    public DbSet<IntakeLotPhoto> IntakeLotPhotos => Set<IntakeLotPhoto>();
    public DbSet<Partner> IntakePartners => Set<Partner>();
    public DbSet<PartnerCategory> IntakePartnerCategories => Set<PartnerCategory>();
    public DbSet<PickupPlan> IntakePickupPlans => Set<PickupPlan>();
    public DbSet<LotAnnouncement> LotAnnouncements => Set<LotAnnouncement>();
    public DbSet<LotClaim> LotClaims => Set<LotClaim>();
    public DbSet<StandingPickup> StandingPickups => Set<StandingPickup>();
    public DbSet<PickupTaken> PickupTaken => Set<PickupTaken>();
    public DbSet<AllocationDecision> AllocationDecisions => Set<AllocationDecision>();
    public DbSet<AllocationRuleChange> AllocationRuleChanges => Set<AllocationRuleChange>();
    public DbSet<DataProtectionKey> DataProtectionKeys { get; set; } = null!;

    /// <summary>
    /// Every <see cref="DateTime"/> in the model is a UTC instant: written as UTC and read back with its Kind set,
    /// which SQLite (text) does not keep by itself. Wall-clock days and times use DateOnly and TimeOnly.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // The Identity schema version (3, with passkeys) comes from IdentityOptions.Stores, set in AddAccounts and in
        // the design-time factories, so the migrations' model equals the runtime one.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
