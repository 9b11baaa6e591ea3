using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Activities.SignUps.Notices;

/// <summary>The occasion is cancelled: to everyone signed up, with an .ics that removes it (CANCEL).</summary>
public sealed class OccasionCancelledNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.occasion.cancelled";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var message = Email($"Avlyst: {d.Series.Title} / Cancelled: {d.Series.Title}",
            [$"«{d.Series.Title}» hos {d.Organiser} {nb} er avlyst. Påmeldingen din gjelder ikke lenger.", "Kalenderfilen ved fjerner avtalen fra kalenderen din."],
            [$"“{d.Series.Title}” at {d.Organiser} {en} is cancelled. Your sign-up no longer applies.", "The attached calendar file removes it from your calendar."],
            link);
        return Task.FromResult<NoticeMessage?>(message with { Attachments = [Ics(d, notice, "CANCEL", link)] });
    }
}

/// <summary>The occasion is moved: to everyone signed up, with the earlier and the new time and an updated .ics (REQUEST).</summary>
public sealed class OccasionMovedNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.occasion.moved";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var (fromNb, fromEn) = When(data.PreviousStartUtc ?? d.Occasion.PreviousStartUtc ?? d.Occasion.StartUtc);
        var message = Email($"Flyttet: {d.Series.Title} / Moved: {d.Series.Title}",
            [$"«{d.Series.Title}» hos {d.Organiser} er flyttet fra {fromNb} til {nb}, {d.Place}.", "Påmeldingen din gjelder den nye tiden. Passer den ikke, meld deg av, så får en annen plassen."],
            [$"“{d.Series.Title}” at {d.Organiser} has moved from {fromEn} to {en}, {d.Place}.", "Your sign-up applies to the new time. If it does not suit you, cancel so someone else gets the place."],
            link);
        return Task.FromResult<NoticeMessage?>(message with { Attachments = [Ics(d, notice, "REQUEST", link)] });
    }
}

/// <summary>Something else about the occasion changed (place, description): to everyone signed up, with an updated .ics.</summary>
public sealed class OccasionChangedNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.occasion.changed";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var message = Email($"Endret: {d.Series.Title} / Changed: {d.Series.Title}",
            [$"Arrangøren har endret «{d.Series.Title}» {nb}, {d.Place}. Se detaljene i den vedlagte kalenderfilen."],
            [$"The organiser has changed “{d.Series.Title}” {en}, {d.Place}. See the details in the attached calendar file."],
            link);
        return Task.FromResult<NoticeMessage?>(message with { Attachments = [Ics(d, notice, "REQUEST", link)] });
    }
}

/// <summary>The day before: a reminder to everyone with a confirmed sign-up.</summary>
public sealed class SignUpReminderNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> m, IOptions<SiteOptions> site)
    : SignUpNotice(db, clock, links, m, site)
{
    public const string Name = "activities.signup.reminder";
    public override string Kind => Name;

    protected override bool StillTrue(SignUpNoticeDetails d) =>
        d.SignUp.Status == SignUpStatus.Confirmed && d.Occasion.Status != OccasionStatus.Cancelled;

    protected override Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct)
    {
        var (nb, en) = When(d.Occasion.StartUtc);
        var bringNb = string.IsNullOrWhiteSpace(d.Series.WhatToBring) ? [] : new[] { $"Ta med: {d.Series.WhatToBring}" };
        var bringEn = string.IsNullOrWhiteSpace(d.Series.WhatToBring) ? [] : new[] { $"Bring: {d.Series.WhatToBring}" };
        return Task.FromResult<NoticeMessage?>(Email($"Påminnelse: {d.Series.Title} / Reminder: {d.Series.Title}",
            [$"Påminnelse: «{d.Series.Title}» hos {d.Organiser} er {nb}, {d.Place}.", .. bringNb, "Kan du ikke komme likevel, meld deg av, så får en annen plassen."],
            [$"Reminder: “{d.Series.Title}” at {d.Organiser} is {en}, {d.Place}.", .. bringEn, "If you cannot come after all, cancel so someone else gets the place."],
            link));
    }
}
