using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Intake.Partners;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>Pickup plans, the pickups made from them, and posting the pickup forms.</summary>
public static class PickupTestData
{
    public static Task<int> PlanAsync(this AppFactory factory, int partnerId, int stationId, DateOnly from, bool fortnightly = false) =>
        factory.WithDbAsync(async db =>
        {
            var plan = new PickupPlan { PartnerId = partnerId, StationId = stationId, Weekday = from.DayOfWeek, Fortnightly = fortnightly, FromDate = from };
            db.IntakePickupPlans.Add(plan);
            await db.SaveChangesAsync();
            return plan.Id;
        });

    public static Task<List<StandingPickup>> PickupsOfAsync(this AppFactory factory, int planId) =>
        factory.WithDbAsync(db => db.StandingPickups.AsNoTracking().Where(p => p.PlanId == planId).OrderBy(p => p.Date).ToListAsync());

    /// <summary>Posts a pickup form (the page's own antiforgery token) with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostPickupAsync(this HttpClient client, string url, string handler, long pickupId,
        IEnumerable<KeyValuePair<string, string>> fields, string query = "")
    {
        using var page = await client.GetAsync(url);
        var token = (await Forms.ParseAsync(page, url)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("PickupId", pickupId.ToString(CultureInfo.InvariantCulture)), .. fields]);
        return await client.PostAsync($"{url}?handler={handler}{query}", content);
    }
}
