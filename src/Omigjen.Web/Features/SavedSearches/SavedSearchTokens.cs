using System.Security.Cryptography;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>Secrets for the feed and unsubscribe links: 128 random bits, hex, never derived from anything guessable.</summary>
public static class SavedSearchTokens
{
    public static string New() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    /// <summary>True for a string that could be a token, so lookups with anything else stop before the database.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 32 } && token.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');
}
