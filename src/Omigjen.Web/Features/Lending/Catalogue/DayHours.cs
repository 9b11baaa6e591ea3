using System.Collections.Concurrent;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Lending.Bookings;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>A day's open intervals for pickup (or why it is closed) under one set of hours.</summary>
internal sealed record DayHours(IReadOnlyList<OpeningInterval> Intervals, string? ClosedNb, string? ClosedEn)
{
    /// <summary>
    /// The day's hours, remembered per hours text, place and date: they do not depend on the bookings, and evaluating the
    /// opening hours for 56 days costs more than the two queries. Bounded; cleared when full.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Hours, string Zone, double? Lat, double? Lon, DateOnly Date), DayHours> HoursMemo = new();

    private static readonly string[] SunWords = ["sunrise", "sunset", "dawn", "dusk"];

    public static DayHours On(DateOnly date, OpeningHoursSchedule schedule, LendingPlace place, string? hoursText)
    {
        DayHours Compute()
        {
            var intervals = BookingRules.PickupSlots(date, schedule, place.Context);
            if (intervals.Count > 0) return new(intervals, null, null);
            var (nb, en) = BookingRules.ClosedReason(date, schedule, place.Context);
            return new([], nb, en);
        }
        if (hoursText is null) return Compute();
        if (HoursMemo.Count > 100_000) HoursMemo.Clear();
        var c = place.Context;
        // The place's coordinates matter only to sunrise and sunset rules; without them places with the same hours share entries.
        var sun = SunWords.Any(w => hoursText.Contains(w, StringComparison.OrdinalIgnoreCase));
        return HoursMemo.GetOrAdd((hoursText, c.TimeZoneId, sun ? c.Latitude : null, sun ? c.Longitude : null, date), _ => Compute());
    }
}
