using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts.Notices;

/// <summary>The account and where the person was going; the link itself is made at send time and never stored.</summary>
public sealed record ConfirmEmailData(string UserId, string? ReturnUrl);

/// <summary>
/// "Confirm your e-mail address", with a link that confirms it and brings the person back to where they began. Not sent
/// when the address was confirmed meanwhile.
/// </summary>
public sealed class ConfirmEmailNotice(UserManager<AppUser> users, NoticeLinks links, IOptions<MunicipalityOptions> municipality)
    : NoticeTemplate<ConfirmEmailData>
{
    public const string Name = "account.confirm-email";
    public override string Kind => Name;

    protected override async Task<NoticeMessage?> RenderAsync(ConfirmEmailData data, Notice notice, CancellationToken ct)
    {
        if (await users.FindByIdAsync(data.UserId) is not { EmailConfirmed: false } user) return null;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = links.Page("/Accounts/ConfirmEmail", new { bruker = user.Id, kode = token, returnUrl = ReturnAddress.LocalOrNull(data.ReturnUrl) });
        return BilingualEmail.Message("Bekreft e-postadressen din / Confirm your e-mail address",
            ["Velkommen til OMigjen. Bekreft e-postadressen din ved å åpne denne lenken:"],
            ["Welcome to OMigjen. Confirm your e-mail address by opening this link:"], link, municipality.Value);
    }
}
