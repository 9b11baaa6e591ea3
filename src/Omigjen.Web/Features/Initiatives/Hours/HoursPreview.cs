using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives.Hours;

/// <summary>One day of the preview: its label, the public holiday's name if any, and the hours in plain words.</summary>
public sealed record HoursPreviewDay(DateOnly Date, string Label, string? Holiday, string Hours, bool IsToday);

/// <summary>
/// The coming two weeks as the public will see them. The page's script draws the same cells from the evaluate API's
/// intervals with the same steps (cut each interval at midnight, open and uncertain parts with their comments,
/// otherwise closed with the closing's comment), so the page reads the same with and without JavaScript.
/// </summary>
public static class HoursPreview
{
    public const int DayCount = 14;

    /// <summary>The context the directory uses for this initiative: the municipality's zone, the first place's position.</summary>
    public static EvaluationContext ContextFor(Initiative initiative, MunicipalClock clock)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(clock);
        var first = initiative.Locations.FirstOrDefault();
        return new EvaluationContext(clock.ZoneId, first?.Latitude, first?.Longitude, NorwegianPublicHolidays.Instance);
    }

    /// <summary>The dated exceptions as rules to append to a value ("2026 Dec 02 off \"Sykdom\""), joined by "; ".</summary>
    public static string ExceptionRules(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        if (initiative.Exceptions.Count == 0) return "";
        const string Base = "off";
        var all = OpeningHoursBuilder.WithExceptions(Base, initiative.Exceptions.OrderBy(e => e.From).Select(e => e.ToRule()));
        return all[(Base.Length + 2)..];
    }

    public static IReadOnlyList<HoursPreviewDay> Build(string effectiveValue, EvaluationContext context, MunicipalClock clock)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        var today = clock.Today;
        var schedule = string.IsNullOrWhiteSpace(effectiveValue) ? null : OpeningHoursSchedule.Parse(effectiveValue).Schedule;
        var intervals = schedule is null
            ? []
            : schedule.GetIntervals(OpenWhenRules.Local(today, TimeOnly.MinValue, clock.Zone), OpenWhenRules.Local(today.AddDays(DayCount), TimeOnly.MinValue, clock.Zone), context)
                .Select(i => new Span(clock.ToLocal(i.From).DateTime, clock.ToLocal(i.To).DateTime, i.State, i.Comment)).ToList();
        var days = new List<HoursPreviewDay>(DayCount);
        for (var d = 0; d < DayCount; d++)
        {
            var date = today.AddDays(d);
            string? holiday = NorwegianPublicHolidays.Instance.TryGetHoliday(date, out var h) ? L.T(h.NameNb, h.NameEn) : null;
            var hours = schedule is null ? L.T("Ikke oppgitt", "Not given") : Cell(intervals, date.ToDateTime(TimeOnly.MinValue), date.AddDays(1).ToDateTime(TimeOnly.MinValue));
            days.Add(new HoursPreviewDay(date, HoursText.DayLabel(date), holiday, hours, d == 0));
        }
        return days;
    }

    private sealed record Span(DateTime From, DateTime To, OpeningState State, string? Comment);

    private static string Cell(List<Span> intervals, DateTime dayStart, DateTime dayEnd)
    {
        var parts = new List<string>();
        foreach (var iv in intervals.Where(i => i.State != OpeningState.Closed && i.From < dayEnd && i.To > dayStart))
        {
            var start = iv.From < dayStart ? dayStart : iv.From;
            var end = iv.To > dayEnd ? dayEnd : iv.To;
            var whole = start == dayStart && end == dayEnd;
            if (whole && iv.State == OpeningState.Unknown && iv.Comment is null) return L.T("Ikke oppgitt", "Not given");
            var text = whole && iv.State == OpeningState.Open ? L.T("Hele døgnet", "All day") : Clock(start, false) + "–" + Clock(end, end == dayEnd);
            if (iv.State == OpeningState.Unknown) text += L.T(" (usikkert)", " (uncertain)");
            if (iv.Comment is not null) text += $" ({iv.Comment})";
            parts.Add(text);
        }
        if (parts.Count > 0) return string.Join(", ", parts);
        var reason = intervals.FirstOrDefault(i => i.State == OpeningState.Closed && i.Comment is not null && i.From < dayEnd && i.To > dayStart)?.Comment;
        return reason is null ? L.T("Stengt", "Closed") : L.T("Stengt", "Closed") + $" ({reason})";
    }

    private static string Clock(DateTime t, bool isDayEnd)
        => isDayEnd ? TimeText.Clock(TimeSpan.FromHours(24), L.IsEnglish) : TimeText.Clock(TimeOnly.FromDateTime(t));
}
