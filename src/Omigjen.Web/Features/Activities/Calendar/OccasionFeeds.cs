using System.Buffers;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Calendar;

/// <summary>A built feed: its bytes and an ETag from their hash.</summary>
public sealed record FeedFile(byte[] Content, string ETag);

/// <summary>
/// The subscribable calendars of the next 12 months: all activities, one initiative's, one kind's. A feed is built once
/// per data version (<see cref="ActivityDataVersion"/>) and local date, and kept at most <see cref="Lifetime"/> (writes
/// made by another node are seen then); concurrent requests for the same feed wait for the one build.
/// </summary>
public sealed class OccasionFeeds(IServiceScopeFactory scopes, ActivityDataVersion version, MunicipalClock clock, LinkGenerator links,
    IOptions<SiteOptions> site)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int Months = 12;

    private sealed record Entry(Task<FeedFile?> File, DateTimeOffset Expires);

    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    /// <summary>The feed for <paramref name="initiativeSlug"/> or <paramref name="kind"/> (or all when both are null); null for an unknown initiative.</summary>
    public Task<FeedFile?> GetAsync(string? initiativeSlug, ActivityKind? kind)
    {
        var key = $"{initiativeSlug}|{kind}|{version.Current}|{clock.Today:yyyy-MM-dd}";
        var now = clock.Now;
        if (_cache.TryGetValue(key, out var entry) && entry.Expires > now && !entry.File.IsFaulted) return entry.File;
        foreach (var old in _cache.Where(e => e.Value.Expires <= now || !e.Key.EndsWith($"|{version.Current}|{clock.Today:yyyy-MM-dd}", StringComparison.Ordinal)))
            _cache.TryRemove(old);
        var fresh = new Entry(BuildAsync(initiativeSlug, kind), now + Lifetime);
        return _cache.AddOrUpdate(key, fresh, (_, existing) => existing.Expires > now && !existing.File.IsFaulted ? existing : fresh).File;
    }

    private async Task<FeedFile?> BuildAsync(string? slug, ActivityKind? kind)
    {
        await Task.Yield();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var initiatives = db.Initiatives.AsNoTracking().Public();
        string name;
        int? initiativeId = null;
        if (slug is not null)
        {
            var one = await initiatives.Where(i => i.Slug == slug).Select(i => new { i.Id, i.Name }).FirstOrDefaultAsync();
            if (one is null) return null;
            initiativeId = one.Id;
            name = $"{one.Name}: aktiviteter / activities";
        }
        else name = kind is { } k ? $"Hva skjer: {ActivityText.Kind(k).Nb} / {ActivityText.Kind(k).En}" : "Hva skjer / What's on";

        var nowUtc = clock.Now.UtcDateTime;
        var until = nowUtc.AddMonths(Months);
        var earliest = nowUtc - ActivityOccasion.LongestSpan;
        var occasions = db.ActivityOccasions.AsNoTracking().OfPublicInitiatives(db)
            .Where(o => o.EndUtc > nowUtc && o.StartUtc > earliest && o.StartUtc < until);
        if (initiativeId is { } id) occasions = occasions.Where(o => o.InitiativeId == id);
        if (kind is { } kk) occasions = occasions.Where(o => o.Kind == kk);

        var seriesIds = occasions.Select(o => o.SeriesId).Distinct();
        var series = await db.ActivitySeries.AsNoTracking().Where(s => seriesIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
        var initiativeIds = series.Values.Select(s => s.InitiativeId).Distinct().ToList();
        var places = await ActivityPlaces.ForInitiativesAsync(db, initiativeIds, clock.Today);

        var host = new Uri(site.Value.PublicBaseUrl).Host;
        var path = links.GetPathByPage("/Activities/WhatsOn/Occasion", values: new { id = 0L }) ?? "/aktiviteter/0";
        var linkPrefix = site.Value.Link(path[..^1]);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var w = new IcsWriter(buffer);
        OccasionCalendar.Begin(w, "PUBLISH", name);
        await foreach (var o in occasions.OrderBy(o => o.StartUtc).ThenBy(o => o.Id).AsAsyncEnumerable())
        {
            if (!series.TryGetValue(o.SeriesId, out var s)) continue;
            var place = s.Address ?? (places.TryGetValue(s.InitiativeId, out var p) ? p : "");
            OccasionCalendar.Event(w, s, o, place, linkPrefix + o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), host, o.UpdatedAt);
        }
        w.Raw("END:VCALENDAR");
        var bytes = buffer.WrittenSpan.ToArray();
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12)) + "\"";
        return new FeedFile(bytes, etag);
    }
}
