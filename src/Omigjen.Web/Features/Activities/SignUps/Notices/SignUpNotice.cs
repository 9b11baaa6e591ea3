using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.Calendar;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Activities.SignUps.Notices;

/// <summary>A sign-up with its occasion, series and organiser, read when a notice about it is sent.</summary>
public sealed record SignUpNoticeDetails(ActivitySignUp SignUp, ActivityOccasion Occasion, ActivitySeries Series, string Organiser)
{
    public string Place => Series.Address ?? Organiser;
}

/// <summary>
/// The base of the sign-up notices: reads the sign-up at send time (a notice about one that is gone is dropped), and
/// makes the link: for an account "Mine påmeldinger", without an account a fresh link to the sign-up (only its hash is
/// stored, so the newest e-mail's link is the one that works).
/// </summary>
public abstract class SignUpNotice(AppDbContext db, MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality, IOptions<SiteOptions> site)
    : NoticeTemplate<SignUpNoticeData>
{
    protected override async Task<NoticeMessage?> RenderAsync(SignUpNoticeData data, Notice notice, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(data);
        var signUp = await db.ActivitySignUps.AsNoTracking().FirstOrDefaultAsync(s => s.Id == data.SignUpId, ct);
        var occasion = await db.ActivityOccasions.AsNoTracking().Include(o => o.Series).FirstOrDefaultAsync(o => o.Id == data.OccasionId, ct);
        if (signUp is null || occasion?.Series is null) return null;
        var organiser = await db.Initiatives.AsNoTracking().Where(i => i.Id == occasion.InitiativeId).Select(i => i.Name).FirstOrDefaultAsync(ct) ?? "";
        var d = new SignUpNoticeDetails(signUp, occasion, occasion.Series, organiser);
        if (!StillTrue(d)) return null;
        return await RenderAsync(d, data, notice, await LinkAsync(signUp, ct), ct);
    }

    /// <summary>False when the notice no longer applies at send time (it is then dropped).</summary>
    protected virtual bool StillTrue(SignUpNoticeDetails d) => true;

    protected abstract Task<NoticeMessage?> RenderAsync(SignUpNoticeDetails d, SignUpNoticeData data, Notice notice, string link, CancellationToken ct);

    private async Task<string> LinkAsync(ActivitySignUp signUp, CancellationToken ct)
    {
        if (signUp.UserId is not null) return links.Page("/Activities/SignUps/Mine");
        var token = SignUpTokens.New();
        var hash = SignUpTokens.Hash(token);
        await db.ActivitySignUps.Where(s => s.Id == signUp.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.TokenHash, hash), ct);
        return links.Page("/Activities/SignUps/Link", new { token });
    }

    protected (string Nb, string En) When(DateTime utc)
    {
        var local = clock.ToLocal(utc);
        return (TimeText.DayAndTime(local, english: false), TimeText.DayAndTime(local, english: true));
    }

    protected string Host => new Uri(site.Value.PublicBaseUrl).Host;

    /// <summary>The occasion's .ics, made now but stamped with the time the notice was written.</summary>
    protected EmailAttachment Ics(SignUpNoticeDetails d, Notice notice, string method, string link)
    {
        ArgumentNullException.ThrowIfNull(d);
        ArgumentNullException.ThrowIfNull(notice);
        var bytes = OccasionCalendar.Single(d.Series, d.Occasion, d.Place, link, Host, method, notice.CreatedAt);
        return new EmailAttachment(method == "CANCEL" ? "avlyst.ics" : "aktivitet.ics", $"text/calendar; charset=utf-8; method={method}", bytes);
    }

    protected NoticeMessage Email(string subject, IEnumerable<string> nb, IEnumerable<string> en, string link) =>
        BilingualEmail.Message(subject, nb, en, link, municipality.Value);

    protected static string PlacesNb(ActivitySignUp s) => s.Guests == 0 ? "1 plass" : $"{s.Places} plasser (du og {s.Guests} gjester)";

    protected static string PlacesEn(ActivitySignUp s) => s.Guests == 0 ? "1 place" : $"{s.Places} places (you and {s.Guests} guests)";
}
