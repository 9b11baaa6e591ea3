using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// The rules for booking a lendable unit: when a period may be booked, which pickup times a day offers, when a unit
/// is next free and when a waiting-list offer runs out. Pure: the clock, the opening hours and the bookings come in
/// as arguments.
/// </summary>
public static class BookingRules
{
    public const string PickupField = "pickup";
    public const string ReturnField = "return";

    /// <summary>The longest loan when the lending terms say nothing else.</summary>
    public const int DefaultMaxDays = 7;

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>True when the half-open periods [pickup, return) share an instant; a period ending as the other starts does not overlap it.</summary>
    public static bool Overlaps(BookingPeriod a, BookingPeriod b) => a.PickupAt < b.ReturnBy && b.PickupAt < a.ReturnBy;

    /// <summary>
    /// Everything wrong with booking <paramref name="period"/> at <paramref name="now"/>; empty when it may be booked.
    /// The return must come after the pickup; the pickup may not be in the past nor sooner than
    /// <paramref name="minLeadTime"/> from now; the loan may span at most <paramref name="maxDays"/> days, counted
    /// as local dates (picked up on Monday, back by the closing time on the Monday after is 7 days); the pickup must
    /// fall inside an open interval of the place and so must the return, where returning exactly at closing time
    /// counts as inside. A place that is closed all day says why: the comment of its hours, else the holiday.
    /// </summary>
    /// <param name="schedule">The place's hours; null when they are unknown, and then the hours are not checked.</param>
    public static IReadOnlyList<BookingProblem> Validate(BookingPeriod period, DateTimeOffset now, OpeningHoursSchedule? schedule,
                                                         EvaluationContext context, int maxDays = DefaultMaxDays, TimeSpan minLeadTime = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(minLeadTime, TimeSpan.Zero);
        var zone = ZoneOf(context);
        var problems = new List<BookingProblem>();

        var ordered = period.ReturnBy > period.PickupAt;
        if (!ordered)
        {
            problems.Add(new(ReturnField, "Innleveringen må være etter hentingen.", "The return must be after the pickup."));
        }

        if (period.PickupAt < now)
        {
            problems.Add(new(PickupField, "Hentetidspunktet har allerede vært.", "The pickup time is in the past."));
        }
        else if (period.PickupAt < now + minLeadTime)
        {
            var (amount, nb, en) = minLeadTime.Ticks % TimeSpan.TicksPerHour == 0
                ? ((long)minLeadTime.TotalHours, "timer", "hours")
                : ((long)Math.Ceiling(minLeadTime.TotalMinutes), "minutter", "minutes");
            var count = amount.ToString(CultureInfo.InvariantCulture);
            problems.Add(new(PickupField, $"Hentingen må bestilles minst {count} {nb} i forveien.",
                             $"The pickup must be booked at least {count} {en} ahead."));
        }

        if (ordered)
        {
            var days = LocalDate(period.ReturnBy, zone).DayNumber - LocalDate(period.PickupAt, zone).DayNumber;
            if (days > maxDays)
            {
                var max = maxDays.ToString(CultureInfo.InvariantCulture);
                var asked = days.ToString(CultureInfo.InvariantCulture);
                problems.Add(new(ReturnField, $"Et lån kan vare høyst {max} dager, ikke {asked}.",
                                 $"A loan can last at most {max} days, not {asked}."));
            }
        }

        if (schedule is not null)
        {
            if (schedule.GetState(period.PickupAt, context).State != OpeningState.Open)
            {
                problems.Add(OutsideHours(PickupField, period.PickupAt, schedule, context, zone));
            }

            if (!OpenForReturn(period.ReturnBy, schedule, context))
            {
                problems.Add(OutsideHours(ReturnField, period.ReturnBy, schedule, context, zone));
            }
        }

        return problems;
    }

    /// <summary>
    /// The open intervals of a local date, clipped to that date: the times the booking page offers for pickup and
    /// return. Empty when the place is closed all day.
    /// </summary>
    public static IReadOnlyList<OpeningInterval> PickupSlots(DateOnly day, OpeningHoursSchedule schedule, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(context);
        var zone = ZoneOf(context);
        var start = Infrastructure.LocalTime.StartOf(day, zone);
        var end = Infrastructure.LocalTime.StartOf(day.AddDays(1), zone);
        return schedule.GetIntervals(start, end, context).Where(i => i.State == OpeningState.Open).ToList();
    }

    /// <summary>
    /// The first instant at or after <paramref name="from"/> where the unit is free for <paramref name="length"/>
    /// given its <paramref name="bookings"/>, with the free period ending no later than <paramref name="horizon"/>;
    /// null when there is none. Opening hours are not considered: the caller offers the slots around the result.
    /// </summary>
    public static DateTimeOffset? FirstFree(IEnumerable<BookingPeriod> bookings, TimeSpan length, DateTimeOffset from, DateTimeOffset horizon)
    {
        ArgumentNullException.ThrowIfNull(bookings);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(length, TimeSpan.Zero);
        var start = from;
        foreach (var booking in bookings.Where(b => b.ReturnBy > from && b.ReturnBy > b.PickupAt).OrderBy(b => b.PickupAt))
        {
            if (booking.PickupAt >= start + length) break;
            if (booking.ReturnBy > start) start = booking.ReturnBy;
        }

        return start + length <= horizon ? start : null;
    }

    /// <summary>When a waiting-list offer made at <paramref name="now"/> runs out if not answered.</summary>
    public static DateTimeOffset OfferExpiresAt(DateTimeOffset now, int hoursToAnswer)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hoursToAnswer, 1);
        return now.AddHours(hoursToAnswer);
    }

    /// <summary>True from the instant the offer runs out; an answer at <see cref="OfferExpiresAt"/> is too late.</summary>
    public static bool IsOfferExpired(DateTimeOffset offeredAt, DateTimeOffset now, int hoursToAnswer) =>
        now >= OfferExpiresAt(offeredAt, hoursToAnswer);

    /// <summary>Open at the instant, or the instant is the closing time of an open interval.</summary>
    private static bool OpenForReturn(DateTimeOffset at, OpeningHoursSchedule schedule, EvaluationContext context) =>
        schedule.GetState(at, context).State == OpeningState.Open
        || schedule.GetState(at.AddTicks(-1), context).State == OpeningState.Open;

    private static BookingProblem OutsideHours(string field, DateTimeOffset at, OpeningHoursSchedule schedule, EvaluationContext context, TimeZoneInfo zone)
    {
        var date = LocalDate(at, zone);
        var dateNb = date.ToString("d. MMMM", Nb);
        var dateEn = date.ToString("d MMMM", En);
        var slots = PickupSlots(date, schedule, context);
        var what = field == PickupField ? ("Hentingen", "The pickup") : ("Innleveringen", "The return");
        if (slots.Count == 0)
        {
            var (nb, en) = ClosedReason(date, schedule, context);
            return new(field, nb, en);
        }

        string Ranges(bool english) => string.Join(", ", slots.Select(s => Clock(s.From, zone, english) + "–" + Clock(s.To, zone, english)));
        return new(field, $"{what.Item1} må være i åpningstiden. Åpent {dateNb}: {Ranges(false)}.",
                   $"{what.Item2} must be within opening hours. Open on {dateEn}: {Ranges(true)}.");
    }

    /// <summary>
    /// Why the place is closed on a local date, for a day without open intervals: "Stengt 24. desember: Julaften
    /// stengt." from the hours' own comment, else "Stengt 17. mai (Grunnlovsdagen)." for a public holiday, else
    /// "Stengt 9. desember."
    /// </summary>
    public static (string Nb, string En) ClosedReason(DateOnly date, OpeningHoursSchedule schedule, EvaluationContext context)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(context);
        var dateNb = date.ToString("d. MMMM", Nb);
        var dateEn = date.ToString("d MMMM", En);
        var day = schedule.GetWeek(date, context).Days.First(d => d.Date == date);
        // A holiday rule ("PH off") reports the holiday's name as its comment; only another comment is a reason of its own.
        var comment = day.Comment?.Trim().TrimEnd('.');
        if (!string.IsNullOrEmpty(comment) && comment != day.HolidayNameNb && comment != day.HolidayNameEn)
            return ($"Stengt {dateNb}: {comment}.", $"Closed on {dateEn}: {comment}.");
        if (day.HolidayNameNb is { } holidayNb)
            return ($"Stengt {dateNb} ({holidayNb}).", $"Closed on {dateEn} ({day.HolidayNameEn ?? holidayNb}).");
        return ($"Stengt {dateNb}.", $"Closed on {dateEn}.");
    }

    private static string Clock(DateTimeOffset at, TimeZoneInfo zone, bool english) =>
        TimeText.Clock(TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime), english);

    private static TimeZoneInfo ZoneOf(EvaluationContext context) => TimeZoneInfo.FindSystemTimeZoneById(context.TimeZoneId);

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

}
