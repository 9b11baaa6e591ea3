using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts.Notices;

/// <summary>Nothing but the address typed in, which is the recipient.</summary>
public sealed record PasswordResetData;

/// <summary>
/// A reset link, when the address typed in has an account (with the audit entry); otherwise the notice is dropped.
/// The look-up happens here, after the answer, so the request takes as long whether or not the account exists.
/// </summary>
public sealed class PasswordResetNotice(UserManager<AppUser> users, AuditLog audit, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : NoticeTemplate<PasswordResetData>
{
    public const string Name = "account.password-reset";
    public override string Kind => Name;

    protected override async Task<NoticeMessage?> RenderAsync(PasswordResetData data, Notice notice, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(notice.Recipient) is not { } user) return null;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        var link = links.Page("/Accounts/ResetPassword", new { bruker = user.Id, kode = token });
        await audit.WriteAsync("password-reset-requested", user.Id, notice.Recipient, ct: ct);
        return BilingualEmail.Message("Nytt passord / New password",
            ["Noen ba om å lage nytt passord for kontoen din i OMigjen. Var det deg, åpne lenken (gyldig i 24 timer). Hvis ikke, kan du se bort fra denne e-posten."],
            ["Someone asked to set a new password for your OMigjen account. If it was you, open the link (valid for 24 hours). If not, ignore this e-mail."],
            link, municipality.Value);
    }
}
