using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>The times a day offers, and the times the form suggests.</summary>
public sealed partial class BookingForm
{
    /// <summary>
    /// When the dates are ready, the times to start from: the time already chosen when the day offers it, otherwise
    /// the first pickup time and the last (closing) time of the return day.
    /// </summary>
    public void SuggestTimes()
    {
        if (!DatesReady) return;
        if (ParseTime(PickupTimeText) is not { } p || !PickupTimes.Contains(p))
            PickupTimeText = Clock(PickupTimes[0]);
        if (ParseTime(ReturnTimeText) is not { } r || !ReturnTimes.Contains(r))
            ReturnTimeText = Clock(ReturnTimes[^1]);
    }

    /// <summary>
    /// The times a day offers for pickup: every <see cref="SlotMinutes"/> minutes inside the open intervals of the
    /// date (a pickup at closing time is not inside); with unknown hours 08:00 to 20:00.
    /// </summary>
    public static IReadOnlyList<TimeOnly> PickupTimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone) =>
        TimesOn(day, place, zone, includeClosing: false);

    /// <summary>The times a day offers for return: as for pickup, and the closing time too.</summary>
    public static IReadOnlyList<TimeOnly> ReturnTimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone) =>
        TimesOn(day, place, zone, includeClosing: true);

    private static List<TimeOnly> TimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone, bool includeClosing)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(zone);
        var times = new SortedSet<TimeOnly>();
        if (place.Schedule is null)
        {
            for (var t = UnknownHoursFrom; t <= UnknownHoursTo; t = t.AddMinutes(SlotMinutes))
            {
                times.Add(t);
                if (t == UnknownHoursTo) break;
            }
            return [.. times];
        }
        foreach (var interval in BookingRules.PickupSlots(day, place.Schedule, place.Context))
        {
            var from = TimeZoneInfo.ConvertTime(interval.From, zone);
            var minutes = from.Hour * 60 + from.Minute;
            var skip = (SlotMinutes - minutes % SlotMinutes) % SlotMinutes;
            var start = from.AddMinutes(skip).AddSeconds(-from.Second).AddMilliseconds(-from.Millisecond);
            for (var at = start; includeClosing ? at <= interval.To : at < interval.To; at = at.AddMinutes(SlotMinutes))
            {
                var local = TimeZoneInfo.ConvertTime(at, zone);
                if (DateOnly.FromDateTime(local.DateTime) != day) break;
                times.Add(TimeOnly.FromDateTime(local.DateTime));
            }
        }
        return [.. times];
    }
}
