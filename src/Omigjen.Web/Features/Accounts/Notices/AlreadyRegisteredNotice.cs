using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Accounts.Notices;

public sealed record AlreadyRegisteredData;

/// <summary>Tells the owner of an address that someone tried to sign up with it, without revealing that to the one who tried.</summary>
public sealed class AlreadyRegisteredNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<AlreadyRegisteredData>
{
    public const string Name = "account.already-registered";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(AlreadyRegisteredData data, Notice notice, CancellationToken ct) =>
        Task.FromResult<NoticeMessage?>(BilingualEmail.Message("Du har allerede en konto / You already have an account",
            ["Noen prøvde å registrere en ny konto med denne e-postadressen, som allerede har en konto. Har du glemt passordet, kan du lage nytt her:"],
            ["Someone tried to sign up with this e-mail address, which already has an account. If you forgot your password, set a new one here:"],
            links.Page("/Accounts/ForgotPassword"), municipality.Value));
}
