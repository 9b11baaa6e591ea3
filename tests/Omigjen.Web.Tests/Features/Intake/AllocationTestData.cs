using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>Partners, lots and the allocation services for the allocation tests.</summary>
public static class AllocationTestData
{
    /// <summary>A new initiative approved as a partner wanting <paramref name="categories"/> (first pick on <paramref name="firstPick"/>), with one owner.</summary>
    public static async Task<(int PartnerId, int InitiativeId, string Slug, string OwnerEmail)> PartnerAsync(this AppFactory factory, string name,
        IntakeCategory[] categories, IntakeCategory[]? firstPick = null, DateOnly? endsOn = null)
    {
        var slug = "partner-" + Guid.NewGuid().ToString("N")[..12];
        var email = $"{slug}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var initiativeId = await factory.WithDbAsync(async db =>
        {
            var initiative = new Initiative { Slug = slug, Name = name, Version = 1, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = initiative.Id, UserId = user.Id, Role = MemberRole.Owner, AddedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return initiative.Id;
        });
        var partnerId = await factory.ApprovePartnerAsync(initiativeId, categories, firstPick, endsOn);
        return (partnerId, initiativeId, slug, email);
    }

    /// <summary>Approves an existing initiative as a partner with a standing agreement for 2026–2027.</summary>
    public static Task<int> ApprovePartnerAsync(this AppFactory factory, int initiativeId, IntakeCategory[] categories, IntakeCategory[]? firstPick = null,
        DateOnly? endsOn = null) =>
        factory.WithDbAsync(async db =>
        {
            var partner = new Partner
            {
                InitiativeId = initiativeId, Agreement = AgreementKind.Standing, StartsOn = new DateOnly(2026, 1, 1), EndsOn = endsOn ?? new DateOnly(2027, 12, 31),
                NonProfit = true, ReturnToUse = "Selges i bruktbutikken.", ApprovedAt = DateTime.UtcNow,
                Categories = categories.Select(c => new PartnerCategory { Category = c, FirstPick = firstPick?.Contains(c) == true }).ToList(),
            };
            db.IntakePartners.Add(partner);
            await db.SaveChangesAsync();
            return partner.Id;
        });

    /// <summary>A lot registered now at the station, straight into the database.</summary>
    public static Task<long> LotAsync(this AppFactory factory, int stationId, IntakeCategory category, decimal kg = 24m, int count = 3) =>
        factory.WithDbAsync(async db =>
        {
            var lot = new IntakeLot
            {
                StationId = stationId, IdempotencyKey = Guid.NewGuid(), Category = category, Count = count, WeightKg = kg, WeightSource = WeightSource.Weighed,
                Condition = LotCondition.Good, State = LotState.Registered, RegisteredAt = factory.Clock.Now.UtcDateTime,
            };
            db.IntakeLots.Add(lot);
            await db.SaveChangesAsync();
            return lot.Id;
        });

    /// <summary>Runs <paramref name="work"/> with a service of its own scope (its own database context).</summary>
    public static async Task<TResult> WithAsync<TService, TResult>(this AppFactory factory, Func<TService, Task<TResult>> work) where TService : notnull
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static Task<AnnounceOutcome> AnnounceAsync(this AppFactory factory, long lotId, string? by = null) =>
        factory.WithAsync<LotAnnouncer, AnnounceOutcome>(a => a.AnnounceAsync(lotId, by));

    public static Task<ClaimOutcome> ClaimAsync(this AppFactory factory, int initiativeId, long lotId) =>
        factory.WithAsync<LotClaimer, ClaimOutcome>(c => c.ClaimAsync(initiativeId, lotId, null));

    public static Task<bool> AllocateAsync(this AppFactory factory, long lotId) =>
        factory.WithAsync<LotAllocator, bool>(a => a.AllocateAsync(lotId));

    public static Task<IntakeJobRun> RunIntakeJobAsync(this AppFactory factory) =>
        factory.Services.GetRequiredService<IntakeJobs>().RunOnceAsync();
}
