using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>The secret in the links to a sign-up made without an account; only its SHA-256 is stored (TokenHash).</summary>
public static class SignUpTokens
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(24));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
