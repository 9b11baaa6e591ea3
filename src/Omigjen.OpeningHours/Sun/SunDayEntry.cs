namespace Omigjen.OpeningHours;

/// <summary>The four events of one place and local date; immutable once published to the cache.</summary>
internal sealed class SunDayEntry(DateOnly date, double latitude, double longitude, string timeZoneId)
{
    public DateOnly Date { get; } = date;
    public double Latitude { get; } = latitude;
    public double Longitude { get; } = longitude;
    public string TimeZoneId { get; } = timeZoneId;

    public DateTimeOffset? Dawn { get; init; }
    public DateTimeOffset? Sunrise { get; init; }
    public DateTimeOffset? Sunset { get; init; }
    public DateTimeOffset? Dusk { get; init; }

    public DateTimeOffset? this[SunEvent ev] => ev switch
    {
        SunEvent.Dawn => Dawn,
        SunEvent.Sunrise => Sunrise,
        SunEvent.Sunset => Sunset,
        _ => Dusk,
    };

    public bool Matches(DateOnly date, double latitude, double longitude, string timeZoneId) =>
        Date == date
        && Latitude.Equals(latitude)
        && Longitude.Equals(longitude)
        && (ReferenceEquals(TimeZoneId, timeZoneId) || string.Equals(TimeZoneId, timeZoneId, StringComparison.Ordinal));
}
