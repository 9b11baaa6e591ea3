using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;

namespace Omigjen.Web.Features.Reservations;

/// <summary>
/// What the resident and the actor hear about a hold, in bokmål with English below. A failed send is logged and never
/// undoes the hold: the pages show the same information.
/// </summary>
public sealed partial class ReservationEmails(
    AppDbContext db, IEmailSender sender, MunicipalClock clock, IOptions<SiteOptions> site, IOptions<MunicipalityOptions> municipality,
    ILogger<ReservationEmails> logger)
{
    /// <summary>A new hold: the resident gets the code, the place, its hours and the deadline; the actor is told.</summary>
    public async Task SendHeldAsync(int reservationId, CancellationToken ct = default)
    {
        if (await LoadAsync(reservationId, ct) is not { } r) return;
        var (byNb, byEn) = Deadline(r);
        var hoursNb = r.HoursText(Language.Nb) ?? "Åpningstidene er ikke oppgitt.";
        var hoursEn = r.HoursText(Language.En) ?? "The opening hours are not given.";
        if (r.ResidentEmail is { } resident)
        {
            await SendAsync(resident, $"Reservert: {r.ItemTitle} – kode {r.Code} / Reserved: {r.ItemTitle} – code {r.Code}",
                [
                    $"Du har reservert «{r.ItemTitle}» hos {r.InitiativeName}.",
                    $"Hentekode: {r.Code}",
                    $"Hentes innen {byNb}.",
                    $"Sted: {r.Place}",
                    $"Åpningstider: {hoursNb}",
                    "Vis koden når du henter. Ombestemmer du deg, kan du avbestille under «Mine reservasjoner».",
                ],
                [
                    $"You have reserved “{r.ItemTitle}” at {r.InitiativeName}.",
                    $"Pickup code: {r.Code}",
                    $"Pick up by {byEn}.",
                    $"Place: {r.Place}",
                    $"Opening hours: {hoursEn}",
                    "Show the code when you pick it up. If you change your mind, cancel under “My holds”.",
                ],
                site.Value.Link("/konto/reservasjoner"), ct);
        }
        foreach (var actor in await ReservationView.ActorAddressesAsync(db, r.InitiativeId, ct))
        {
            await SendAsync(actor, $"Ny reservasjon: {r.ItemTitle} ({r.Code}) / New hold: {r.ItemTitle} ({r.Code})",
                [
                    $"{r.ResidentLabel} har reservert «{r.ItemTitle}» hos {r.InitiativeName}.",
                    $"Hentekode: {r.Code}",
                    $"Reservasjonen gjelder til {byNb}. Merk den som hentet eller frigi den i aktørportalen.",
                ],
                [
                    $"{r.ResidentLabel} has reserved “{r.ItemTitle}” at {r.InitiativeName}.",
                    $"Pickup code: {r.Code}",
                    $"The hold lasts until {byEn}. Mark it collected or release it in the actor portal.",
                ],
                HoldsLink(r), ct);
        }
    }

    /// <summary>The resident called the hold off: the actor is told the item is free again.</summary>
    public async Task SendCancelledAsync(int reservationId, CancellationToken ct = default)
    {
        if (await LoadAsync(reservationId, ct) is not { } r) return;
        foreach (var actor in await ReservationView.ActorAddressesAsync(db, r.InitiativeId, ct))
        {
            await SendAsync(actor, $"Reservasjon avbestilt: {r.ItemTitle} ({r.Code}) / Hold cancelled: {r.ItemTitle} ({r.Code})",
                [$"{r.ResidentLabel} har avbestilt reservasjonen {r.Code} av «{r.ItemTitle}». Varen er ledig igjen."],
                [$"{r.ResidentLabel} has cancelled the hold {r.Code} on “{r.ItemTitle}”. The item is available again."],
                HoldsLink(r), ct);
        }
    }

    /// <summary>The actor let the hold go: the resident is told.</summary>
    public async Task SendReleasedAsync(int reservationId, CancellationToken ct = default)
    {
        if (await LoadAsync(reservationId, ct) is not { } r || r.ResidentEmail is not { } resident) return;
        await SendAsync(resident, $"Reservasjonen er frigitt: {r.ItemTitle} / Your hold was released: {r.ItemTitle}",
            [$"{r.InitiativeName} har frigitt reservasjonen din {r.Code} av «{r.ItemTitle}». Spør dem gjerne hvis du lurer på hvorfor."],
            [$"{r.InitiativeName} has released your hold {r.Code} on “{r.ItemTitle}”. Feel free to ask them why."],
            site.Value.Link("/konto/reservasjoner"), ct);
    }

    /// <summary>The hold ran out: both sides are told. False when nothing could be sent to anyone.</summary>
    public async Task<bool> SendExpiredAsync(int reservationId, CancellationToken ct = default)
    {
        if (await LoadAsync(reservationId, ct) is not { } r) return true;
        var (byNb, byEn) = Deadline(r);
        var recipients = 0;
        var sent = 0;
        if (r.ResidentEmail is { } resident)
        {
            recipients++;
            if (await SendAsync(resident, $"Reservasjonen har gått ut: {r.ItemTitle} / Your hold has expired: {r.ItemTitle}",
                    [$"Reservasjonen din {r.Code} av «{r.ItemTitle}» hos {r.InitiativeName} gikk ut {byNb}, og varen er ledig for andre igjen."],
                    [$"Your hold {r.Code} on “{r.ItemTitle}” at {r.InitiativeName} expired {byEn}, and the item is available to others again."],
                    site.Value.Link("/konto/reservasjoner"), ct)) sent++;
        }
        foreach (var actor in await ReservationView.ActorAddressesAsync(db, r.InitiativeId, ct))
        {
            recipients++;
            if (await SendAsync(actor, $"Reservasjon utløpt: {r.ItemTitle} ({r.Code}) / Hold expired: {r.ItemTitle} ({r.Code})",
                    [$"Reservasjonen {r.Code} av «{r.ItemTitle}» ({r.ResidentLabel}) ble ikke hentet innen {byNb}. Varen er ledig igjen."],
                    [$"The hold {r.Code} on “{r.ItemTitle}” ({r.ResidentLabel}) was not collected by {byEn}. The item is available again."],
                    HoldsLink(r), ct)) sent++;
        }
        return recipients == 0 || sent > 0;
    }

    private string HoldsLink(ReservationView r) => site.Value.Link($"/portal/{Uri.EscapeDataString(r.InitiativeSlug)}/reservasjoner");

    private (string Nb, string En) Deadline(ReservationView r) => ReservationRules.Describe(clock.ToLocal(LocalTime.Utc(r.ExpiresAt)));

    private async Task<ReservationView?> LoadAsync(int reservationId, CancellationToken ct) =>
        (await ReservationView.LoadAsync(db, db.Reservations.Where(x => x.Id == reservationId), ct)).FirstOrDefault();

    private async Task<bool> SendAsync(string to, string subject, string[] nb, string[] en, string link, CancellationToken ct)
    {
        try
        {
            await sender.SendAsync(BilingualEmail.Build(to, subject, nb, en, link, municipality.Value), ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(logger, subject, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An e-mail about a hold could not be sent: {Subject}")]
    private static partial void LogSendFailed(ILogger logger, string subject, Exception exception);
}
