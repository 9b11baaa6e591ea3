using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Allocation.Notices;

/// <summary>The decision as it was made, for the e-mail to the members of the partner that got the lot.</summary>
public sealed record LotAllocatedData(long LotId, string Station, string StationAddress, string CategoryNb, string CategoryEn, int Count, decimal WeightKg,
                                      string ReasonNb, string ReasonEn, string PartnerSlug);

/// <summary>To each member of the partner that got an extra lot: what, where, why, and that the station confirms the pickup.</summary>
public sealed class LotAllocatedNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<LotAllocatedData>
{
    public const string Name = "intake.lot.allocated";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(LotAllocatedData d, Notice notice, CancellationToken ct)
    {
        var kg = LotForm.Number(d.WeightKg);
        var link = links.Page("/Intake/Partners/Portal", new { slug = d.PartnerSlug });
        return Task.FromResult<NoticeMessage?>(BilingualEmail.Message($"Dere fikk partiet: {d.CategoryNb} / You got the lot: {d.CategoryEn}",
            [$"Dere fikk partiet {d.Count} × {d.CategoryNb}, cirka {kg} kg, på {d.Station} ({d.StationAddress}).", d.ReasonNb,
             "Hent det i stasjonens åpningstid. Stasjonen bekrefter hentingen."],
            [$"You got the lot {d.Count} × {d.CategoryEn}, about {kg} kg, at {d.Station} ({d.StationAddress}).", d.ReasonEn,
             "Collect it during the station's opening hours. The station confirms the pickup."],
            link, municipality.Value));
    }
}
