using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Accounts;

/// <summary>The account e-mails, in bokmål with English below, with links built from Site:PublicBaseUrl.</summary>
public sealed class AccountEmails(UserManager<AppUser> users, IEmailSender sender, IOptions<SiteOptions> site, IOptions<MunicipalityOptions> municipality)
{
    public const string OneTimeSignInPurpose = "one-time-sign-in";

    /// <summary>
    /// Queued work: the confirmation e-mail to the account <paramref name="userId"/>, if it still needs one. The link
    /// carries <paramref name="returnUrl"/> when it is a path on this site, so the person ends where they began.
    /// </summary>
    public static async Task SendConfirmationToAsync(IServiceProvider services, string userId, string? returnUrl, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByIdAsync(userId) is { EmailConfirmed: false } user)
            await services.GetRequiredService<AccountEmails>().SendConfirmationAsync(user, returnUrl, ct);
    }

    /// <summary>Queued work: a reset link to <paramref name="email"/> when it has an account, with the audit entry; nothing otherwise.</summary>
    public static async Task SendPasswordResetToAsync(IServiceProvider services, string email, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email) is not { } user) return;
        await services.GetRequiredService<AccountEmails>().SendPasswordResetAsync(user, ct);
        await services.GetRequiredService<AuditLog>().WriteAsync("password-reset-requested", user.Id, email, ct: ct);
    }

    public async Task SendConfirmationAsync(AppUser user, string? returnUrl = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var back = ReturnAddress.LocalOrNull(returnUrl) is { } local ? "&returnUrl=" + Uri.EscapeDataString(local) : "";
        var link = site.Value.Link($"/konto/bekreft-epost?bruker={Uri.EscapeDataString(user.Id)}&kode={token}{back}");
        await SendAsync(user.Email!, "Bekreft e-postadressen din / Confirm your e-mail address",
            "Velkommen til OMigjen. Bekreft e-postadressen din ved å åpne denne lenken:",
            "Welcome to OMigjen. Confirm your e-mail address by opening this link:", link, ct);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = site.Value.Link($"/konto/nytt-passord?bruker={Uri.EscapeDataString(user.Id)}&kode={token}");
        await SendAsync(user.Email!, "Nytt passord / New password",
            "Noen ba om å lage nytt passord for kontoen din i OMigjen. Var det deg, åpne lenken (gyldig i 24 timer). Hvis ikke, kan du se bort fra denne e-posten.",
            "Someone asked to set a new password for your OMigjen account. If it was you, open the link (valid for 24 hours). If not, ignore this e-mail.",
            link, ct);
    }

    /// <summary>Tells the owner of an address that someone tried to sign up with it, without revealing that to the one who tried.</summary>
    public Task SendAlreadyRegisteredAsync(string email, CancellationToken ct = default) =>
        SendAsync(email, "Du har allerede en konto / You already have an account",
            "Noen prøvde å registrere en ny konto med denne e-postadressen, som allerede har en konto. Har du glemt passordet, kan du lage nytt her:",
            "Someone tried to sign up with this e-mail address, which already has an account. If you forgot your password, set a new one here:",
            site.Value.Link("/konto/glemt-passord"), ct);

    /// <summary>A link that signs the person in once: it becomes invalid when used (the security stamp changes) or after 24 hours.</summary>
    public async Task<string> CreateOneTimeSignInLinkAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, OneTimeSignInPurpose);
        var encoded = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return site.Value.Link($"/konto/engangslenke?bruker={Uri.EscapeDataString(user.Id)}&kode={encoded}");
    }

    public Task SendAsync(string to, string subject, string nb, string en, string link, CancellationToken ct = default)
    {
        var m = municipality.Value;
        var text = $"{nb}\n\n{link}\n\n---\n{en}\n\n{link}\n\n{m.Name} · {m.ContactEmail}\n";
        var e = HtmlEncoder.Default;
        var html = $"{EmailHtml.Paragraphs(nb)}<p><a href=\"{e.Encode(link)}\">{e.Encode(link)}</a></p><hr><div lang=\"en\">{EmailHtml.Paragraphs(en)}</div>"
                   + $"<p>{e.Encode(m.Name)} · {e.Encode(m.ContactEmail)}</p>";
        return sender.SendAsync(new EmailMessage(to, subject, text) { HtmlBody = html }, ct);
    }
}
