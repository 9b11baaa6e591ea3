namespace Omigjen.Web.Infrastructure;

/// <summary>Turning the municipality's wall-clock times into instants (times from the database are UTC already).</summary>
public static class LocalTime
{
    /// <summary>
    /// A wall-clock time in <paramref name="zone"/> as an instant. A time skipped by the change to summer time counts
    /// as one hour later; a time that happens twice (the change back) is the first of the two.
    /// </summary>
    public static DateTimeOffset Instant(DateTime local, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        var offset = zone.IsAmbiguousTime(unspecified) ? zone.GetAmbiguousTimeOffsets(unspecified).Max() : zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    /// <summary>Midnight at the start of a local date as an instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => Instant(day.ToDateTime(TimeOnly.MinValue), zone);
}
