using System.Globalization;
using System.Security.Cryptography;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Reservations;

/// <summary>When a hold ends, and what its pickup code looks like. Pure: the clock and the hours come in as arguments.</summary>
public static class ReservationRules
{
    /// <summary>How long a hold lasts when the place's hours are unknown (or it has no opening day in sight).</summary>
    public static readonly TimeSpan FallbackDuration = TimeSpan.FromHours(48);

    /// <summary>How far ahead to look for opening days.</summary>
    public const int LookAheadDays = 60;

    public const int MinOpeningDays = 1;
    public const int MaxOpeningDays = 7;

    /// <summary>Letters and digits that cannot be taken for one another: no 0/O and no 1/I/L.</summary>
    public const string CodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public const int CodeLength = 6;

    /// <summary>
    /// The end of a hold made at <paramref name="now"/>: the closing time (the end of the last open range) of the
    /// <paramref name="openingDays"/>-th day after today (local date in the context's zone) on which the place opens.
    /// A range that runs past midnight belongs to the day it starts. Null hours, or no opening day within
    /// <see cref="LookAheadDays"/> days, give <see cref="FallbackDuration"/> from now.
    /// </summary>
    public static HoldExpiry ExpiryFor(OpeningHoursSchedule? schedule, EvaluationContext context, DateTimeOffset now, int openingDays)
    {
        var days = PickupDays(schedule, context, now, openingDays);
        return days.Count == Math.Clamp(openingDays, MinOpeningDays, MaxOpeningDays)
            ? new HoldExpiry(days[^1].Closes, FromHours: true)
            : new HoldExpiry(now + FallbackDuration, FromHours: false);
    }

    /// <summary>
    /// The days a resident may choose to pick up a hold made at <paramref name="now"/>: the first
    /// <paramref name="openingDays"/> days after today on which the place opens (within <see cref="LookAheadDays"/>),
    /// each with its first opening and last closing time. Empty for unknown hours.
    /// </summary>
    public static IReadOnlyList<PickupDay> PickupDays(OpeningHoursSchedule? schedule, EvaluationContext context, DateTimeOffset now, int openingDays)
    {
        ArgumentNullException.ThrowIfNull(context);
        var days = new List<PickupDay>();
        if (schedule is null) return days;
        var wanted = Math.Clamp(openingDays, MinOpeningDays, MaxOpeningDays);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(context.TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        WeekSchedule? week = null;
        for (var day = today.AddDays(1); day <= today.AddDays(LookAheadDays) && days.Count < wanted; day = day.AddDays(1))
        {
            if (week is null || !week.Days.Any(d => d.Date == day)) week = schedule.GetWeek(day, context);
            var ranges = week.Days.First(d => d.Date == day).Open.Where(r => r.State == OpeningState.Open).ToList();
            if (ranges.Count == 0) continue;
            var opens = day.ToDateTime(ranges.Min(r => r.Start));
            var close = ranges.Select(r => (r.EndsNextDay ? day.AddDays(1) : day).ToDateTime(r.End)).Max();
            days.Add(new PickupDay(day, ToInstant(opens, zone), ToInstant(close, zone)));
        }
        return days;
    }

    /// <summary>A local wall-clock time as an instant; a time skipped by the change to summer time counts as one hour later.</summary>
    private static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        // An ambiguous time (the hour repeated in autumn) is taken as the later one: the hold lasts longer, not shorter.
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Min() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    /// <summary>A new random pickup code from <see cref="CodeAlphabet"/>.</summary>
    public static string NewCode() => new(RandomNumberGenerator.GetItems<char>(CodeAlphabet, CodeLength));

    /// <summary>A code as a person typed it: upper case, without spaces and dashes; null when it cannot be a code.</summary>
    public static string? NormalizeCode(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new string(typed.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        return code.Length == CodeLength && code.All(c => CodeAlphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }

    /// <summary>"fredag 4. desember kl. 16.00" / "Friday 4 December at 16:00", in local time.</summary>
    public static (string Nb, string En) Describe(DateTimeOffset local) =>
        (TimeText.DayAndTime(local, english: false), TimeText.DayAndTime(local, english: true));
}

/// <summary>A day on which a hold can be picked up: the place opens at <paramref name="Opens"/> and the hold ends at <paramref name="Closes"/>.</summary>
public sealed record PickupDay(DateOnly Date, DateTimeOffset Opens, DateTimeOffset Closes);

/// <summary>When a hold ends, and whether that came from the place's opening hours (false: the fixed fallback).</summary>
public readonly record struct HoldExpiry(DateTimeOffset ExpiresAt, bool FromHours);
