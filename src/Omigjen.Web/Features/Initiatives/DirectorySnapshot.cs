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

    /// <summary>Per-snapshot memo for derived payloads (e.g. the serialised GeoJSON of a minute).</summary>
    public ConcurrentDictionary<string, byte[]> Payloads { get; } = new(StringComparer.Ordinal);
}
