using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake.Pickups.Notices;

/// <summary>The cancellation as it was made, for the e-mail to the other side.</summary>
public sealed record PickupCancelledData(long PickupId, DateOnly Date, string Station, string StationSlug, string Partner, string PartnerSlug, PickupSide By,
                                         string Reason);

/// <summary>To the partner's members when the station cancels a pickup, or to the station's staff when the partner does: which, and why.</summary>
public sealed class PickupCancelledNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<PickupCancelledData>
{
    public const string Name = "intake.pickup.cancelled";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(PickupCancelledData d, Notice notice, CancellationToken ct)
    {
        var day = d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var byStation = d.By == PickupSide.Station;
        var link = byStation
            ? links.Page("/Intake/Partners/Portal", new { slug = d.PartnerSlug })
            : links.Page("/Intake/Allocation/Handover", new { slug = d.StationSlug });
        return Task.FromResult<NoticeMessage?>(BilingualEmail.Message($"Henting avlyst {day} / Pickup cancelled {day}",
            [byStation ? $"{d.Station} har avlyst hentingen {day}." : $"{d.Partner} har avlyst hentingen på {d.Station} {day}.",
             $"Grunn: {d.Reason}", "Partiene som ventet på hentingen, er lyst ut til alle partnere."],
            [byStation ? $"{d.Station} has cancelled the pickup on {day}." : $"{d.Partner} has cancelled the pickup at {d.Station} on {day}.",
             $"Reason: {d.Reason}", "The lots that waited for the pickup are announced to every partner."],
            link, municipality.Value));
    }
}
