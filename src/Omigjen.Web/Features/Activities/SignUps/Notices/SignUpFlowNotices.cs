using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Activities.SignUps.Notices;

/// <summary>Without an account: follow the link to confirm the sign-up (nothing is held until then).</summary>
public sealed class ConfirmSignUpNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.signup.confirm";
    public override string Kind => Name;

    protected override bool StillTrue(SignUpNoticeDetails d) => d.SignUp.Status == SignUpStatus.Unconfirmed;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        return Task.FromResult<NoticeMessage?>(Email($"Bekreft påmeldingen: {d.Series.Title} / Confirm your sign-up: {d.Series.Title}",
            [$"Du har meldt deg på «{d.Series.Title}» hos {d.Organiser}, {nb}.", "Åpne lenken og trykk «Bekreft» for å få plass. Uten bekreftelse holdes ingen plass av."],
            [$"You signed up for “{d.Series.Title}” at {d.Organiser}, {en}.", "Open the link and press “Confirm” to get your place. Without confirmation no place is held."],
            link));
    }
}

/// <summary>The places are yours: with the occasion's .ics (REQUEST).</summary>
public sealed class SignUpConfirmedNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.signup.confirmed";
    public override string Kind => Name;

    protected override bool StillTrue(SignUpNoticeDetails d) => d.SignUp.Status == SignUpStatus.Confirmed;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var s = d.SignUp;
        var (roleNb, roleEn) = s.Role switch
        {
            SignUpRole.Fixer => ("som fikser", "as a fixer"),
            SignUpRole.Host => ("som vert", "as a host"),
            _ => (PlacesNb(s), PlacesEn(s)),
        };
        var message = Email($"Påmeldt: {d.Series.Title} / Signed up: {d.Series.Title}",
            [$"Du er påmeldt «{d.Series.Title}» hos {d.Organiser}, {nb}, {d.Place} ({roleNb}).", "Kalenderfilen ligger ved. Kan du ikke komme, meld deg av, så får en annen plassen."],
            [$"You are signed up for “{d.Series.Title}” at {d.Organiser}, {en}, {d.Place} ({roleEn}).", "The calendar file is attached. If you cannot come, cancel so someone else gets the place."],
            link);
        return Task.FromResult<NoticeMessage?>(message with { Attachments = [Ics(d, notice, "REQUEST", link)] });
    }
}

/// <summary>Full: on the waiting list at a position.</summary>
public sealed class SignUpWaitingNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.signup.waiting";
    public override string Kind => Name;

    protected override bool StillTrue(SignUpNoticeDetails d) => d.SignUp.Status == SignUpStatus.Waiting;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var p = d.SignUp.WaitPosition;
        return Task.FromResult<NoticeMessage?>(Email($"På venteliste: {d.Series.Title} / On the waiting list: {d.Series.Title}",
            [$"«{d.Series.Title}» {nb} er fullt. Du står som nummer {p} på ventelisten.", "Blir det ledig, får du tilbud om plassen på e-post og må takke ja innen fristen."],
            [$"“{d.Series.Title}” {en} is full. You are number {p} on the waiting list.", "If places free up, you are offered them by e-mail and must accept before the deadline."],
            link));
    }
}

/// <summary>From the waiting list: places are held until the deadline; accept before it.</summary>
public sealed class SignUpOfferedNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.signup.offered";
    public override string Kind => Name;

    protected override bool StillTrue(SignUpNoticeDetails d) => d.SignUp.Status == SignUpStatus.Offered;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var (deadlineNb, deadlineEn) = When(d.SignUp.OfferExpiresAt ?? d.Occasion.StartUtc);
        return Task.FromResult<NoticeMessage?>(Email($"Ledig plass: {d.Series.Title} / A place for you: {d.Series.Title}",
            [$"Det er blitt ledig på «{d.Series.Title}» {nb}: {PlacesNb(d.SignUp)} holdes av for deg.", $"Takk ja innen {deadlineNb}, ellers går plassen videre til nestemann på ventelisten."],
            [$"Places have freed up on “{d.Series.Title}” {en}: {PlacesEn(d.SignUp)} are held for you.", $"Accept by {deadlineEn}, or the place goes to the next person on the waiting list."],
            link));
    }
}
