namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// The address to go back to after signing in or up. Only a path on this site is ever followed (the rule of
/// <c>Url.IsLocalUrl</c>, control characters included, so <c>LocalRedirect</c> never throws): "//evil.example" and
/// "/\evil.example" are other sites to a browser.
/// </summary>
public static class ReturnAddress
{
    public const string Fallback = "/konto";

    /// <summary><paramref name="url"/> when it is a path on this site, otherwise null.</summary>
    public static string? LocalOrNull(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl)
            ? url
            : null;

    /// <summary><paramref name="url"/> when it is a path on this site, otherwise the account page.</summary>
    public static string Safe(string? url) => LocalOrNull(url) ?? Fallback;

    /// <summary>"?ReturnUrl=…" for a path on this site, or "" (for links between the sign-in and sign-up pages).</summary>
    public static string Query(string? url) => LocalOrNull(url) is { } local ? "?ReturnUrl=" + Uri.EscapeDataString(local) : "";
}
