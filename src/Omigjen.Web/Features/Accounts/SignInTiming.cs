using Microsoft.AspNetCore.Identity;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// Does the password hashing that a known address would cost, for an address without an account, so the time of a
/// sign-in or sign-up answer does not tell whether the address is registered.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody@omigjen.invalid" };
    private static string? s_hash;

    /// <summary>Verifies <paramref name="password"/> against a hash no password matches: the cost of a wrong password.</summary>
    public void VerifyAgainstNobody(string password)
    {
        // Made once per process; two requests racing here both make a valid hash, and either one serves.
        var hash = s_hash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(Nobody, hash, password ?? "");
    }

    /// <summary>Hashes <paramref name="password"/> and throws the result away: the cost of creating an account.</summary>
    public void HashForNobody(string password) => hasher.HashPassword(Nobody, password ?? "");
}
