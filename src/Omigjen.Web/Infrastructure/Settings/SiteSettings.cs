using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Infrastructure.Settings;

/// <summary>The switchable parts of the site, by key (stored in <see cref="MunicipalitySettings.DisabledModules"/>).</summary>
public static class SiteModules
{
    public const string PortalRegistration = "portal-registration";
    public const string Claims = "claims";

    /// <summary>Every module an administrator can switch, with its name in bokmål and English.</summary>
    public static IReadOnlyList<(string Key, string Nb, string En)> All { get; } =
    [
        (PortalRegistration, "Registrering av nye tiltak", "Registration of new initiatives"),
        (Claims, "Overta eksisterende oppføring", "Take over an existing entry"),
    ];
}

/// <summary>What the site uses: the administrator's settings where set, configuration otherwise.</summary>
public sealed class EffectiveSettings
{
    private readonly HashSet<string> _disabled;

    public EffectiveSettings(string name, string contactEmail, string? contactPhone, double mapCenterLatitude, double mapCenterLongitude, int zoom,
        IEnumerable<string> disabledModules)
    {
        Name = name;
        ContactEmail = contactEmail;
        ContactPhone = contactPhone;
        MapCenterLatitude = mapCenterLatitude;
        MapCenterLongitude = mapCenterLongitude;
        Zoom = zoom;
        _disabled = new HashSet<string>(disabledModules, StringComparer.Ordinal);
    }

    public string Name { get; }
    public string ContactEmail { get; }
    public string? ContactPhone { get; }
    public double MapCenterLatitude { get; }
    public double MapCenterLongitude { get; }
    public int Zoom { get; }

    /// <summary>Every module is on unless an administrator switched it off.</summary>
    public bool IsModuleOn(string key) => !_disabled.Contains(key);

    internal static EffectiveSettings Merge(MunicipalitySettings? row, MunicipalityOptions municipality, MapOptions map) => new(
        Blank(row?.Name) ?? municipality.Name,
        Blank(row?.ContactEmail) ?? municipality.ContactEmail,
        Blank(row?.ContactPhone) ?? Blank(municipality.ContactPhone),
        row?.MapCenterLatitude ?? map.CenterLatitude,
        row?.MapCenterLongitude ?? map.CenterLongitude,
        row?.MapZoom ?? map.Zoom,
        row?.DisabledModules ?? []);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}

/// <summary>
/// The municipality settings row merged over configuration, kept for a few seconds so every page (the layout shows
/// the name and contact) does not ask the database. <see cref="Invalidate"/> after a save makes the change show at once.
/// </summary>
public sealed partial class SiteSettings(IOptions<MunicipalityOptions> municipality, IOptions<MapOptions> map, ILogger<SiteSettings> logger)
{
    private const long KeepMs = 5000;
    private sealed record Cached(EffectiveSettings Settings, long LoadedAt, long Generation);

    private volatile Cached? _cached;
    private long _generation;

    public async Task<EffectiveSettings> GetAsync(AppDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var generation = Interlocked.Read(ref _generation);
        var cached = _cached;
        if (cached is not null && cached.Generation == generation && Environment.TickCount64 - cached.LoadedAt < KeepMs) return cached.Settings;

        MunicipalitySettings? row;
        try
        {
            row = await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct);
        }
        catch (DbException e)
        {
            // The error page uses the layout too: without a database it still shows, with the configured values.
            LogUnavailable(logger, e);
            return EffectiveSettings.Merge(null, municipality.Value, map.Value);
        }
        var settings = EffectiveSettings.Merge(row, municipality.Value, map.Value);
        // A save that happened while this read ran wins: keep only what was read after the latest invalidation.
        if (Interlocked.Read(ref _generation) == generation) _cached = new Cached(settings, Environment.TickCount64, generation);
        return settings;
    }

    /// <summary>After a save: the next request reads the row again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _cached = null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Municipality settings could not be read; using configuration")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);
}
