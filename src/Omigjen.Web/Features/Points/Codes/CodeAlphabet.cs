using System.Security.Cryptography;
using System.Text;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// Codes a person reads aloud or types from a phone: capitals and digits without the ones mistaken for each other
/// (0/O, 1/I/L), from a cryptographic random source. Eight characters of 31 give 31^8 ≈ 8.5·10^11 codes; with a few
/// thousand open at once and wrong guesses rate-limited, guessing one is hopeless.
/// </summary>
public static class CodeAlphabet
{
    public const string Letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int ClaimLength = 8;
    public const int VoucherLength = 12;

    public static string New(int length) => RandomNumberGenerator.GetString(Letters, length);

    /// <summary>The code as typed, upper-cased and without spaces and dashes; null when it cannot be a code of this length.</summary>
    public static string? Normalize(string? typed, int length)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 4 * length) return null;
        var sb = new StringBuilder(length);
        foreach (var c in typed)
        {
            if (c is ' ' or '-' or '\u00A0') continue;
            var upper = char.ToUpperInvariant(c);
            if (!Letters.Contains(upper, StringComparison.Ordinal)) return null;
            sb.Append(upper);
        }
        return sb.Length == length ? sb.ToString() : null;
    }

    /// <summary>The stored form of a claim code.</summary>
    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(code)));

    /// <summary>"ABCD EFGH": easier to read out.</summary>
    public static string Grouped(string code) => code.Length <= 4 ? code : string.Join(' ', code.Chunk(4).Select(c => new string(c)));
}
