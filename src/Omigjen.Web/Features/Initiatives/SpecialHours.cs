using System.Globalization;
using Omigjen.OpeningHours;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// A change to the regular opening hours on a date or a range of dates: closed (with a reason), or open at other times.
/// The directory adds these as dated rules after the regular hours, so "open now" and the week view follow them.
/// </summary>
public sealed class SpecialHours
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    /// <summary>Empty when closed; otherwise the times that day, e.g. <c>10:00-14:00</c>.</summary>
    public string Hours { get; set; } = "";

    public string Reason { get; set; } = "";

    public bool IsClosed => string.IsNullOrWhiteSpace(Hours);

    /// <summary>As the opening-hours library's exception; hours that do not read as times count as closed.</summary>
    public HoursException ToRule()
    {
        var times = new List<TimeRange>();
        foreach (var part in Hours.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var ends = part.Split('-', StringSplitOptions.TrimEntries);
            if (ends.Length == 2 && TimeOnly.TryParseExact(ends[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start) && TimeOnly.TryParseExact(ends[1] == "24:00" ? "00:00" : ends[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
                times.Add(new TimeRange(start, end));
        }
        return new HoursException(From, To, times.Count == 0, times, string.IsNullOrWhiteSpace(Reason) ? null : Reason);
    }
}
