using System.Collections.Concurrent;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The directory as of one version stamp; immutable apart from its memo of derived payloads.</summary>
public sealed class DirectorySnapshot(string stamp, IReadOnlyList<DirectoryEntry> entries)
{
    public string Stamp { get; } = stamp;
    public IReadOnlyList<DirectoryEntry> Entries { get; } = entries;
    private readonly Dictionary<string, DirectoryEntry> _bySlug = entries.ToDictionary(e => e.Initiative.Slug, StringComparer.Ordinal);

    public DirectoryEntry? Find(string slug) => _bySlug.GetValueOrDefault(slug);

    /// <summary>Per-snapshot memo for derived payloads (e.g. the serialised GeoJSON of a minute).</summary>
    public ConcurrentDictionary<string, byte[]> Payloads { get; } = new(StringComparer.Ordinal);
}
