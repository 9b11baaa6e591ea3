using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Allocation.Notices;

/// <summary>The lot as it was announced, for the e-mail to a partner's members.</summary>
public sealed record LotAnnouncedData(long LotId, string Station, string CategoryNb, string CategoryEn, int Count, decimal WeightKg, DateTime ClaimsCloseAtUtc,
                                      string PartnerSlug);

/// <summary>To each member of each eligible partner: an extra lot is offered, claim it by the deadline.</summary>
public sealed class LotAnnouncedNotice(MunicipalClock clock, NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<LotAnnouncedData>
{
    public const string Name = "intake.lot.announced";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LotAnnouncedData d, Notice notice, CancellationToken ct)
    {
        var closes = clock.ToLocal(d.ClaimsCloseAtUtc);
        var kg = LotForm.Number(d.WeightKg);
        var link = links.Page("/Intake/Partners/Portal", new { slug = d.PartnerSlug });
        return Task.FromResult<NoticeMessage?>(BilingualEmail.Message($"Ekstra parti: {d.CategoryNb} / Extra lot: {d.CategoryEn}",
            [$"{d.Station} har et ekstra parti: {d.Count} × {d.CategoryNb}, cirka {kg} kg.",
             $"Vil dere ha det, meld interesse innen {TimeText.DayAndTime(closes, english: false)}. Partiet fordeles etter regelen som står på siden."],
            [$"{d.Station} has an extra lot: {d.Count} × {d.CategoryEn}, about {kg} kg.",
             $"If you want it, claim it by {TimeText.DayAndTime(closes, english: true)}. The lot is allocated by the rule stated on the page."],
            link, municipality.Value));
    }
}
