using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>
/// One lendable type: photo, description, terms, where and when to pick up, the sizes, and the next eight weeks as
/// month-style grids (Monday to Sunday, about four weeks each) where a day with a free unit is a link to book it.
/// <c>?storrelse=</c> narrows the availability to one size.
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

    /// <summary>The availability as month-style grids of whole weeks (Monday to Sunday), in order.</summary>
    public IReadOnlyList<AvailabilityGrid> Grids { get; private set; } = [];

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
        Grids = AvailabilityGrid.Split(Availability.Days);
        return Page();
    }

    /// <summary>The weekday headers, Monday first: short as shown, and in full for screen readers.</summary>
    public static IReadOnlyList<(string Short, string Full)> Weekdays => L.IsEnglish
        ? [("Mon", "Monday"), ("Tue", "Tuesday"), ("Wed", "Wednesday"), ("Thu", "Thursday"), ("Fri", "Friday"), ("Sat", "Saturday"), ("Sun", "Sunday")]
        : [("man", "mandag"), ("tir", "tirsdag"), ("ons", "onsdag"), ("tor", "torsdag"), ("fre", "fredag"), ("lør", "lørdag"), ("søn", "søndag")];

    /// <summary>"Ledig 2. desember – 3. januar" / "Free 2 December – 3 January".</summary>
    public static string GridCaption(AvailabilityGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return L.T($"Ledig {grid.First.ToString("d. MMMM", Nb)} – {grid.Last.ToString("d. MMMM", Nb)}",
                   $"Free {grid.First.ToString("d MMMM", En)} – {grid.Last.ToString("d MMMM", En)}");
    }

    /// <summary>"onsdag 2. desember" / "Wednesday 2 December".</summary>
    public static string DayName(DateOnly date) => L.T(date.ToString("dddd d. MMMM", Nb), date.ToString("dddd d MMMM", En));

    /// <summary>What a day says in full: "3 ledige", "Fullt", or the reason it is closed.</summary>
    public static string CellText(AvailabilityDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (!day.Open) return L.T(day.ClosedNb ?? "Stengt.", day.ClosedEn ?? "Closed.");
        if (day.Total == 0) return L.T("Ingen i denne størrelsen", "None in this size");
        return day.Free == 0 ? L.T("Fullt", "Fully booked") : LendingLabels.Free(day.Free);
    }

    /// <summary>What a day's cell in the grid shows, short enough for a seventh of a phone: "3 ledige", "Fullt", "Stengt".</summary>
    public static string ShortText(AvailabilityDay day)
    {
        ArgumentNullException.ThrowIfNull(day);
        if (!day.Open) return day.TooSoon ? L.T("For sent", "Too late") : L.T("Stengt", "Closed");
        if (day.Total == 0) return L.T("Ingen", "None");
        return day.Free == 0 ? L.T("Fullt", "Full") : L.T($"{day.Free} ledig{(day.Free == 1 ? "" : "e")}", $"{day.Free} free");
    }

    /// <summary>
    /// The reasons for closed days in a grid that say more than "Stengt 9. desember." (a holiday, the hours' own comment,
    /// a temporary closure), each once, for the note under the grid.
    /// </summary>
    public static IReadOnlyList<string> ClosedNotes(AvailabilityGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return grid.Days.Where(d => !d.Open && !d.TooSoon).Select(d => (Day: d, Text: CellText(d)))
            .Where(x => x.Text != L.T($"Stengt {x.Day.Date.ToString("d. MMMM", Nb)}.", $"Closed on {x.Day.Date.ToString("d MMMM", En)}."))
            .Select(x => x.Text).Distinct().ToList();
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
        return QueryHelpers.AddQueryString(Url.Page("/Lending/Bookings/Book", new { id = Type.Id })!, query);
    }

    /// <summary>When pickup and return can happen, in words; null when no hours are given.</summary>
    public string? PickupHoursText() =>
        Details.Place.Schedule is { } schedule ? OpeningHoursText.Describe(schedule, L.IsEnglish ? Language.En : Language.Nb) : null;

    public string DaysText(int days) => days == 1 ? L.T("1 dag", "1 day") : L.T($"{days} dager", $"{days} days");

    public string HoursText(int hours) => hours == 1 ? L.T("1 time", "1 hour") : L.T($"{hours} timer", $"{hours} hours");
}

/// <summary>
/// About four weeks of availability as a month-style grid: whole weeks, Monday to Sunday, with the days before the first
/// and after the last day of the availability left empty (null).
/// </summary>
public sealed record AvailabilityGrid(IReadOnlyList<IReadOnlyList<AvailabilityDay?>> Weeks)
{
    public const int WeeksPerGrid = 4;

    public IEnumerable<AvailabilityDay> Days => Weeks.SelectMany(w => w).OfType<AvailabilityDay>();
    public DateOnly First => Days.First().Date;
    public DateOnly Last => Days.Last().Date;

    /// <summary>
    /// Consecutive days into grids of <see cref="WeeksPerGrid"/> weeks; the weeks left over go to the first grids, so
    /// eight weeks from a Wednesday (nine weeks touched) make one grid of five weeks and one of four.
    /// </summary>
    public static IReadOnlyList<AvailabilityGrid> Split(IReadOnlyList<AvailabilityDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0) return [];
        var weeks = days.GroupBy(d => d.Date.DayNumber - ((int)d.Date.DayOfWeek + 6) % 7)
            .Select(g =>
            {
                var row = new AvailabilityDay?[7];
                foreach (var d in g) row[((int)d.Date.DayOfWeek + 6) % 7] = d;
                return (IReadOnlyList<AvailabilityDay?>)row;
            }).ToList();
        var count = Math.Max(1, weeks.Count / WeeksPerGrid);
        var grids = new List<AvailabilityGrid>(count);
        var start = 0;
        for (var g = 0; g < count; g++)
        {
            var size = weeks.Count / count + (g < weeks.Count % count ? 1 : 0);
            grids.Add(new AvailabilityGrid(weeks.GetRange(start, size)));
            start += size;
        }
        return grids;
    }
}
