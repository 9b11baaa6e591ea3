using System.Collections.Concurrent;
using System.Globalization;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The directory as of one version stamp; immutable apart from its memo of derived payloads.</summary>
public sealed class DirectorySnapshot(string stamp, IReadOnlyList<DirectoryEntry> entries)
{
    public string Stamp { get; } = stamp;
    /// <summary>In Norwegian name order (æ, ø, å last), so the default sort costs nothing per request.</summary>
    public IReadOnlyList<DirectoryEntry> Entries { get; } =
        entries.OrderBy(e => e.Initiative.Name, StringComparer.Create(CultureInfo.GetCultureInfo("nb-NO"), true)).ToList();
    private readonly Dictionary<string, DirectoryEntry> _bySlug = entries.ToDictionary(e => e.Initiative.Slug, StringComparer.Ordinal);

    public DirectoryEntry? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    private readonly ConcurrentDictionary<(OpenWhen, long), bool[]> _openMatches = new();

    /// <summary>
    /// Which entries match an "open when?" filter, memoised per minute: the opening-hours library works to the minute,
    /// so the answer for "now" cannot change within one, and many requests share it.
    /// </summary>
    public bool[] OpenMatches(OpenWhen when, DateTime? at, DateTimeOffset now, TimeZoneInfo zone)
    {
        var minute = when == OpenWhen.At && at is { } a ? OpenWhenRules.ToInstant(a, zone).ToUnixTimeSeconds() / 60 : now.ToUnixTimeSeconds() / 60;
        if (_openMatches.Count > 512) _openMatches.Clear(); // many distinct "at" times: keep the memo bounded
        return _openMatches.GetOrAdd((when, minute), _ =>
        {
            var minuteStart = DateTimeOffset.FromUnixTimeSeconds(now.ToUnixTimeSeconds() / 60 * 60);
            var result = new bool[Entries.Count];
            for (var i = 0; i < result.Length; i++) result[i] = OpenWhenRules.Matches(Entries[i], when, at, minuteStart, zone);
            return result;
        });
    }

    private readonly ConcurrentDictionary<(string Slug, string Lang, long Minute), string> _statusTexts = new();

    /// <summary>
    /// The entry's "open now, closes at 17" line, memoised per minute and language: finding the next change can search
    /// far ahead (a 24/7 place has none), and a page shows the same entries to many people.
    /// </summary>
    public string StatusTextFor(DirectoryEntry entry, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (_statusTexts.Count > 50_000) _statusTexts.Clear(); // one minute's worth is plenty
        return _statusTexts.GetOrAdd((entry.Initiative.Slug, Infrastructure.L.Lang, now.ToUnixTimeSeconds() / 60),
            static (_, a) => StatusText.For(a.entry, a.now, a.zone), (entry, now, zone));
    }
}
