using Microsoft.AspNetCore.Identity;

namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// Does the password hashing that a known address would cost, for an address without an account, so the time of a
/// sign-in or sign-up answer does not tell whether the address is registered.
/// </summary>
public sealed class SignInTiming(IPasswordHasher<AppUser> hasher)
{
    private static readonly AppUser Nobody = new() { UserName = "nobody@omigjen.invalid" };
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(Nobody, Guid.NewGuid().ToString("N")));

    /// <summary>Verifies <paramref name="password"/> against a hash no password matches: the cost of a wrong password.</summary>
    public void VerifyAgainstNobody(string password) => hasher.VerifyHashedPassword(Nobody, _hash.Value, password ?? "");

    /// <summary>Hashes <paramref name="password"/> and throws the result away: the cost of creating an account.</summary>
    public void HashForNobody(string password) => hasher.HashPassword(Nobody, password ?? "");
}
