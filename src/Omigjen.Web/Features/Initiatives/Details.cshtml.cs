using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>One initiative in plain words: can I go, when, how do I get there, what do they take.</summary>
[OutputCache(PolicyName = DirectoryOutputCache.Policy, Tags = [DirectoryOutputCache.OccasionsTag])]
public sealed class DetailsModel(AppDbContext db, DirectoryCache cache, MunicipalClock clock, IOptions<MapOptions> map) : PageModel
{
    public DirectoryEntry Entry { get; private set; } = null!;
    public Initiative Initiative => Entry.Initiative;
    public MunicipalClock Clock => clock;
    public MapOptions Map => map.Value;
    public WeekSchedule? Week { get; private set; }
    public IReadOnlyList<Holiday> HolidayClosures { get; private set; } = [];
    public string JsonLd { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var snapshot = await cache.GetAsync(db, ct);
        if (snapshot.Find(slug) is not { } entry) return NotFound();
        Entry = entry;
        if (entry.Schedule is { } schedule)
        {
            Week = NextSevenDays(schedule, entry.Context, clock.Today);
            HolidayClosures = UpcomingHolidayClosures(schedule, entry.Context, clock.Today, 60);
        }
        JsonLd = BuildJsonLd();
        return Page();
    }

    /// <summary>Today and the six days after it: a calendar week would show past days (six of seven on a Sunday).</summary>
    public static WeekSchedule NextSevenDays(OpeningHoursSchedule schedule, EvaluationContext context, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        return new(schedule.GetWeek(today, context).Days.Concat(schedule.GetWeek(today.AddDays(7), context).Days)
            .Where(d => d.Date >= today).Take(7).ToList());
    }

    private List<Holiday> UpcomingHolidayClosures(OpeningHoursSchedule schedule, EvaluationContext context, DateOnly today, int days) =>
        NorwegianPublicHolidays.ForYear(today.Year).Concat(NorwegianPublicHolidays.ForYear(today.Year + 1))
            .Where(h => h.Date >= today && h.Date <= today.AddDays(days))
            .Where(h => !schedule.IsOpenAny(OpenWhenRules.Local(h.Date, TimeOnly.MinValue, clock.Zone),
                OpenWhenRules.Local(h.Date.AddDays(1), TimeOnly.MinValue, clock.Zone), context))
            .ToList();

    public static string DayName(DateOnly d) =>
        d.ToString("dddd d. MMM", CultureInfo.CurrentCulture) is var s && s.Length > 0 ? char.ToUpper(s[0], CultureInfo.CurrentCulture) + s[1..] : s;

    public static string Time(TimeOnly t) => TimeText.Clock(t);

    public static string Coord(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    private string BuildJsonLd()
    {
        var i = Initiative;
        var first = i.Locations.FirstOrDefault();
        var spec = Week?.Days.SelectMany(d => d.Open.Where(r => r.State == OpeningState.Open).Select(r => new Dictionary<string, object>
        {
            ["@type"] = "OpeningHoursSpecification",
            ["dayOfWeek"] = "https://schema.org/" + d.Date.DayOfWeek,
            ["opens"] = r.Start.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["closes"] = r.EndsNextDay && r.End == TimeOnly.MinValue ? "23:59" : r.End.ToString("HH:mm", CultureInfo.InvariantCulture),
        })).ToList();
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "LocalBusiness",
            ["name"] = i.Name,
            ["description"] = i.ShortDescription.For(L.IsEnglish),
            ["url"] = $"{Request.Scheme}://{Request.Host}/initiativ/{i.Slug}",
            ["telephone"] = i.Contact.Phone,
            ["email"] = i.Contact.Email,
            ["address"] = first is null ? null : new Dictionary<string, object?>
            {
                ["@type"] = "PostalAddress", ["streetAddress"] = first.Address, ["postalCode"] = first.PostalCode,
                ["addressLocality"] = first.City, ["addressCountry"] = "NO",
            },
            ["geo"] = first is null ? null : new Dictionary<string, object> { ["@type"] = "GeoCoordinates", ["latitude"] = first.Latitude, ["longitude"] = first.Longitude },
            ["openingHoursSpecification"] = spec is { Count: > 0 } ? spec : null,
        };
        var json = JsonSerializer.Serialize(data.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value));
        // A "</script>" inside a value must not end the block.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }
}
