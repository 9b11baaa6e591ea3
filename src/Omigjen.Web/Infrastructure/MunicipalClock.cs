using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure;

/// <summary>The current instant (from <see cref="TimeProvider"/>, replaceable in tests) and the municipality's time zone.</summary>
public sealed class MunicipalClock(TimeProvider time, IOptions<MunicipalityOptions> options)
{
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public string ZoneId => options.Value.TimeZone;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateTimeOffset LocalNow => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateOnly Today => DateOnly.FromDateTime(LocalNow.DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>
    /// A time read from the database, which is UTC by convention (<see cref="Data.UtcDateTimeConverter"/>), in local time.
    /// Any other kind is refused rather than guessed at.
    /// </summary>
    public DateTimeOffset ToLocal(DateTime utc) => utc.Kind == DateTimeKind.Utc
        ? ToLocal(new DateTimeOffset(utc))
        : throw new ArgumentException($"Expected a UTC time, got {utc.Kind}: {utc:O}.", nameof(utc));
}
