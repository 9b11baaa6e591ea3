using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>
/// The files stored for one photo: every width in <see cref="Widths"/> as WebP and as JPEG, named <c>{width}.{ext}</c> in the
/// store and served at <c>/bilder/{key}-{width}.{ext}</c>. A photo narrower than a width is never enlarged: that file has
/// the photo's own width, so every name exists for every photo and a <c>srcset</c> can always list all three.
/// </summary>
public static partial class PhotoVariants
{
    public static readonly IReadOnlyList<int> Widths = [320, 640, 1280];
    public const int Largest = 1280;

    /// <summary>File extension and content type of each stored format.</summary>
    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["webp"] = "image/webp",
        ["jpg"] = "image/jpeg",
    };

    /// <summary>A new random key (16 bytes as lower-case hex); keys never come from user input.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    public static string FileName(int width, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{width}.{extension}");

    public static bool IsFileName(string? name) => name is not null && FileNamePattern().IsMatch(name);

    /// <summary>The public address of one file.</summary>
    public static string Url(string key, int width, string extension) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/bilder/{key}-{width}.{extension}");

    /// <summary>All widths of one format for a <c>srcset</c>: the file's real width is named, so a small photo is never stretched.</summary>
    public static string SrcSet(string key, int largestWidth, string extension) =>
        string.Join(", ", Widths.Select(w => Url(key, w, extension) + " " +
            Math.Min(w, Math.Max(1, largestWidth)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "w").Distinct());

    /// <summary>Reads <c>{key}-{width}.{ext}</c> from a request path; false for anything else.</summary>
    public static bool TryParsePublicName(string? name, out string key, out string fileName, out string contentType)
    {
        key = fileName = contentType = "";
        if (name is null) return false;
        var match = PublicNamePattern().Match(name);
        if (!match.Success) return false;
        key = match.Groups["key"].Value;
        var extension = match.Groups["ext"].Value;
        fileName = match.Groups["width"].Value + "." + extension;
        contentType = ContentTypes[extension];
        return true;
    }

    [GeneratedRegex(@"^[0-9a-f]{32}\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"^(320|640|1280)\.(webp|jpg)\z", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(?<key>[0-9a-f]{32})-(?<width>320|640|1280)\.(?<ext>webp|jpg)\z", RegexOptions.CultureInvariant)]
    private static partial Regex PublicNamePattern();
}
