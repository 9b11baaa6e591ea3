using System.Collections.Frozen;
using System.Text.Json;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Kebab-case tokens for enumerations in URLs, files and JSON ("clothes-shoes").</summary>
public static class Tokens
{
    public static string Of<T>(T value) where T : struct, Enum => Cache<T>.ToToken[value];

    public static bool TryParse<T>(string? token, out T value) where T : struct, Enum =>
        Cache<T>.FromToken.TryGetValue((token ?? "").Trim(), out value);

    public static IEnumerable<string> All<T>() where T : struct, Enum => Cache<T>.ToToken.Values;

    private static class Cache<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, string> ToToken =
            Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly FrozenDictionary<string, T> FromToken =
            ToToken.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.OrdinalIgnoreCase);
    }
}
