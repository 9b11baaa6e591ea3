using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>When a pickup plan runs, and which partners may have goods of a category on a day.</summary>
public static class PartnerRules
{
    /// <summary>A weekly plan runs on its weekday from its first day; a fortnightly one every other week from it.</summary>
    public static bool RunsOn(PickupPlan plan, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (day.DayOfWeek != plan.Weekday || day < plan.FromDate) return false;
        return !plan.Fortnightly || (day.DayNumber - plan.FromDate.DayNumber) / 7 % 2 == 0;
    }

    /// <summary>Partners whose agreement is in force on <paramref name="day"/> and who want <paramref name="category"/>.</summary>
    public static IQueryable<Partner> Eligible(this IQueryable<Partner> partners, IntakeCategory category, DateOnly day) =>
        partners.Where(p => p.WithdrawnAt == null && p.StartsOn <= day && p.EndsOn >= day && p.Categories.Any(c => c.Category == category));

    /// <summary>Whether a plan at the station takes goods of the category on the day.</summary>
    public static async Task<bool> PlanTakesAsync(AppDbContext db, int stationId, IntakeCategory category, DateOnly day, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plans = await db.IntakePickupPlans.AsNoTracking()
            .Where(p => p.StationId == stationId && p.Weekday == day.DayOfWeek
                        && db.IntakePartners.Eligible(category, day).Any(x => x.Id == p.PartnerId))
            .ToListAsync(ct);
        return plans.Any(p => RunsOn(p, day));
    }
}
