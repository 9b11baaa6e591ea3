using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Email;

namespace Omigjen.Web.Features.Accounts;

/// <summary>Sign-in links made for the command line; the account e-mails themselves are notices (see <c>Accounts/Notices</c>).</summary>
public sealed class AccountEmails(UserManager<AppUser> users, IOptions<SiteOptions> site)
{
    public const string OneTimeSignInPurpose = "one-time-sign-in";

    /// <summary>A link that signs the person in once: it becomes invalid when used (the security stamp changes) or after 24 hours.</summary>
    public async Task<string> CreateOneTimeSignInLinkAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultProvider, OneTimeSignInPurpose);
        var encoded = WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(token));
        return site.Value.Link($"/konto/engangslenke?bruker={Uri.EscapeDataString(user.Id)}&kode={encoded}");
    }
}
