using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending;

/// <summary>
/// One lendable type: photo, description, terms, where and when to pick up, the sizes, and the next eight weeks day by
/// day (one table per week) with a link to book each day that has a free unit. <c>?storrelse=</c> narrows the
/// availability to one size.
/// </summary>
public sealed class LendingTypeModel(AppDbContext db, DirectoryCache cache, MunicipalClock clock) : PageModel
{
    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public LendingTypeDetails Details { get; private set; } = null!;
    public LendingType Type => Details.Type;
    public LendingAvailability Availability { get; private set; } = null!;
    public MunicipalClock Clock => clock;

    /// <summary>The size the availability is for; null for all sizes.</summary>
    public LendingSize? Size { get; private set; }

    /// <summary>A size asked for that the type does not have.</summary>
    public string? UnknownSize { get; private set; }

    /// <summary>The availability split into ISO weeks (Monday to Sunday), in order.</summary>
    public IReadOnlyList<IReadOnlyList<AvailabilityDay>> Weeks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery(Name = "storrelse")] string? size, CancellationToken ct)
    {
        var catalogue = new LendingCatalogue(db, cache, clock);
        if (await catalogue.DetailsAsync(id, ct) is not { } details) return NotFound();
        Details = details;
        if (!string.IsNullOrWhiteSpace(size))
        {
            var key = LendingUnit.KeyOf(size);
            Size = details.Sizes.FirstOrDefault(s => LendingUnit.SizeMatches(s.LabelKey, key));
            if (Size is null) UnknownSize = size.Trim();
        }
        Availability = await catalogue.AvailabilityAsync(details.Type, details.Place, Size?.LabelKey, clock.Today, LendingCatalogue.AvailabilityDays, ct);
        Weeks = Availability.Days.GroupBy(d => d.Date.DayNumber - ((int)d.Date.DayOfWeek + 6) % 7)
            .Select(g => (IReadOnlyList<AvailabilityDay>)g.ToList()).ToList();
        return Page();
    }

    /// <summary>"Uke 49: 2.–6. desember" / "Week 49: 2–6 December".</summary>
    public static string WeekCaption(IReadOnlyList<AvailabilityDay> week)
    {
        ArgumentNullException.ThrowIfNull(week);
        var number = ISOWeek.GetWeekOfYear(week[0].Date.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture);
        var span = LendingLabels.Period(week[0].Date, week[^1].Date);
        return L.T($"Uke {number}: {span}", $"Week {number}: {span}");
    }

    /// <summary>"onsdag 2. desember" / "Wednesday 2 December".</summary>
    public static string DayName(DateOnly date) => L.T(date.ToString("dddd d. MMMM", Nb), date.ToString("dddd d MMMM", En));

    /// <summary>What a day's cell says: "3 ledige", "Fullt", or the reason it is closed.</summary>
    public static string CellText(AvailabilityDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (!day.Open) return L.T(day.ClosedNb ?? "Stengt.", day.ClosedEn ?? "Closed.");
        if (day.Total == 0) return L.T("Ingen i denne størrelsen", "None in this size");
        return day.Free == 0 ? L.T("Fullt", "Fully booked") : LendingLabels.Free(day.Free);
    }

    public static string SlotsText(AvailabilityDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (!day.HoursKnown) return L.T("Ikke oppgitt", "Not given");
        return day.Slots.Count == 0 ? "–" : string.Join(", ", day.Slots.Select(s => s.Text(norwegian: !L.IsEnglish)));
    }

    /// <summary>
    /// The booking form for a pickup on <paramref name="day"/>, returning on the next day the place is open within the
    /// longest loan (the same day when there is none in the eight weeks), in the chosen size.
    /// </summary>
    public string BookingUrl(AvailabilityDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        var last = day.Date.AddDays(Type.MaxDays);
        var back = Availability.Days.FirstOrDefault(d => d.Date > day.Date && d.Date <= last && d.Open)?.Date ?? day.Date;
        var query = new List<KeyValuePair<string, string?>>();
        if (Size is { } s) query.Add(new("storrelse", s.Label));
        query.Add(new("fra", LendingIndexModel.Date(day.Date)));
        query.Add(new("til", LendingIndexModel.Date(back)));
        return QueryHelpers.AddQueryString(FormattableString.Invariant($"/utlan/{Type.Id}/bestill"), query);
    }

    /// <summary>When pickup and return can happen, in words; null when no hours are given.</summary>
    public string? PickupHoursText() =>
        Details.Place.Schedule is { } schedule ? OpeningHoursText.Describe(schedule, L.IsEnglish ? Language.En : Language.Nb) : null;

    public string DaysText(int days) => days == 1 ? L.T("1 dag", "1 day") : L.T($"{days} dager", $"{days} days");

    public string HoursText(int hours) => hours == 1 ? L.T("1 time", "1 hour") : L.T($"{hours} timer", $"{hours} hours");
}
