using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Email;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Features.Lending;

/// <summary>
/// A booking with what a message about it needs: the type and terms, the unit, the place and the borrower.
/// <paramref name="OfferNeverAccepted"/>: the booking was a waiting-list offer the resident never took (declined, lapsed or withdrawn).
/// </summary>
public sealed record LendingBookingDetails(
    Booking Booking, string TypeName, LendingPriceKind PriceKind, int PriceNok, int? DepositNok, bool SelfService, string UnitLabel,
    int InitiativeId, string InitiativeSlug, string InitiativeName, string? PlaceName, string? Address, string? PostalCode, string? City,
    double? Latitude, double? Longitude, string? BorrowerEmail, string? BorrowerDisplayName,
    bool OfferNeverAccepted)
{

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Langrennski, klassisk (150 cm)".</summary>
    public string Title => $"{TypeName} ({UnitLabel})";

    /// <summary>The place in one line: "Navn, Adresse, 1384 Asker".</summary>
    public string Place
    {
        get
        {
            var town = string.Join(" ", new[] { PostalCode, City }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return string.Join(", ", new[] { InitiativeName, PlaceName, Address, town }.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct());
        }
    }

    /// <summary>Who borrows, for the staff: the first name, else the e-mail address, else the walk-in's name.</summary>
    public string BorrowerLabel =>
        BorrowerDisplayName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
        ?? BorrowerEmail ?? Booking.BorrowerName ?? "Ukjent / Unknown";

    /// <summary>"for Ola (9 år)", or null without a co-borrower.</summary>
    public string? CoBorrowerNb => Booking.CoBorrowerName is { } name
        ? Booking.CoBorrowerAge is { } age ? $"for {name} ({age} år)" : $"for {name}" : null;

    /// <summary>"for Ola (age 9)", or null without a co-borrower.</summary>
    public string? CoBorrowerEn => Booking.CoBorrowerName is { } name
        ? Booking.CoBorrowerAge is { } age ? $"for {name} (age {age})" : $"for {name}" : null;

    public string TermsNb
    {
        get
        {
            var price = LendingLabels.Price(PriceKind, PriceNok, english: false);
            var deposit = LendingLabels.Deposit(DepositNok, english: false) is { } d ? $", depositum {d} (betales ved henting, tilbake ved levering)" : "";
            return price + deposit + ".";
        }
    }

    public string TermsEn
    {
        get
        {
            var price = LendingLabels.Price(PriceKind, PriceNok, english: true);
            var deposit = LendingLabels.Deposit(DepositNok, english: true) is { } d ? $", deposit {d} (paid at pickup, returned when you bring it back)" : "";
            return price + deposit + ".";
        }
    }

    /// <summary>A local time in words: ("lørdag 5. desember kl. 10.00", "Saturday 5 December at 10:00").</summary>
    public static (string Nb, string En) When(DateTimeOffset local) =>
        (local.ToString("dddd d. MMMM 'kl.' HH'.'mm", Nb), local.ToString("dddd d MMMM 'at' HH':'mm", En));

    /// <summary>The booking with its type, unit, place and borrower; null when there is no such booking.</summary>
    public static async Task<LendingBookingDetails?> LoadAsync(AppDbContext db, int bookingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var booking = await db.Bookings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookingId, ct);
        if (booking is null) return null;
        var unitLabel = await db.LendingUnits.AsNoTracking().Where(u => u.Id == booking.UnitId).Select(u => u.Label).FirstOrDefaultAsync(ct) ?? "";
        var type = await db.LendingTypes.AsNoTracking().Where(t => t.Id == booking.TypeId)
            .Select(t => new
            {
                t.Name, t.PriceKind, t.PriceNok, t.DepositNok, t.SelfService, t.Latitude, t.Longitude, t.InitiativeId,
                InitiativeSlug = t.Initiative!.Slug, InitiativeName = t.Initiative.Name,
            })
            .FirstOrDefaultAsync(ct);
        if (type is null) return null;
        var location = await db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == type.InitiativeId).OrderBy(l => l.Id)
            .Select(l => new { l.Name, l.Address, l.PostalCode, l.City }).FirstOrDefaultAsync(ct);
        var user = booking.UserId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == booking.UserId)
            .Select(u => new { u.Email, u.DisplayName }).FirstOrDefaultAsync(ct);
        var neverAccepted = booking.WaitlistEntryId is { } entryId
            && !await db.WaitlistEntries.AnyAsync(w => w.Id == entryId && w.Status == WaitlistStatus.Accepted, ct);
        return new(booking, type.Name, type.PriceKind, type.PriceNok, type.DepositNok, type.SelfService, unitLabel,
            type.InitiativeId, type.InitiativeSlug, type.InitiativeName, location?.Name, location?.Address, location?.PostalCode, location?.City,
            type.Latitude, type.Longitude, user?.Email, user?.DisplayName, neverAccepted);
    }
}

/// <summary>
/// What borrowers and staff hear about bookings: e-mail (with an .ics calendar attachment where a time is agreed) and,
/// where the borrower gave a mobile number, SMS. Every e-mail is in bokmål with English below. A failed send is logged
/// and never undoes the change: the pages show the same information.
/// </summary>
public sealed partial class LendingNotices(
    AppDbContext db, IEmailSender email, ISmsSender sms, LendingCalendar calendar, TimeProvider time, MunicipalClock clock,
    IOptions<SiteOptions> site, IOptions<MunicipalityOptions> municipality, ILogger<LendingNotices> logger)
{
    /// <summary>A new booking, or an accepted offer: confirmation with the code, place, times and an .ics.</summary>
    public Task BookedAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(BookedAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        if (d.BorrowerEmail is { } to)
        {
            var now = time.GetUtcNow();
            var ics = calendar.Create(d, LendingCalendarMethod.Request, LendingCalendar.Sequence(d.Booking.CreatedAt, now), now);
            await SendEmailAsync(to, $"Bestilt: {d.Title} – kode {d.Booking.Code} / Booked: {d.Title} – code {d.Booking.Code}",
                [
                    $"Du har bestilt {d.Title} hos {d.InitiativeName}{Suffix(d.CoBorrowerNb)}.",
                    .. Summary(d, pickupNb, returnNb, nb: true),
                    "Vis koden når du henter. Kalenderfilen i vedlegget legger lånet i kalenderen din. Du kan endre eller avbestille bestillingen her:",
                ],
                [
                    $"You have booked {d.Title} at {d.InitiativeName}{Suffix(d.CoBorrowerEn)}.",
                    .. Summary(d, pickupEn, returnEn, nb: false),
                    "Show the code when you pick it up. The attached calendar file puts the loan in your calendar. You can change or cancel the booking here:",
                ],
                BookingLink(d), ics.ToAttachment(), ct);
        }
        await TellStaffAsync(d, $"Ny booking: {d.Title} ({d.Booking.Code}) / New booking: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har bestilt {d.Title}{Suffix(d.CoBorrowerNb)}. Henting {pickupNb}, levering innen {returnNb}. Kode: {d.Booking.Code}."],
            [$"{d.BorrowerLabel} has booked {d.Title}{Suffix(d.CoBorrowerEn)}. Pickup {pickupEn}, return by {returnEn}. Code: {d.Booking.Code}."],
            DeskLink(d), ct);
    });

    /// <summary>The resident moved the booking: new times and an updated .ics (same UID, higher SEQUENCE).</summary>
    public Task ChangedAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(ChangedAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        if (d.BorrowerEmail is { } to)
        {
            var now = time.GetUtcNow();
            var ics = calendar.Create(d, LendingCalendarMethod.Request, LendingCalendar.Sequence(d.Booking.CreatedAt, now, minimum: 1), now);
            await SendEmailAsync(to, $"Endret: {d.Title} – kode {d.Booking.Code} / Changed: {d.Title} – code {d.Booking.Code}",
                [
                    $"Bestillingen din av {d.Title} hos {d.InitiativeName} er endret. Dette gjelder nå:",
                    .. Summary(d, pickupNb, returnNb, nb: true),
                    "Kalenderfilen i vedlegget oppdaterer lånet i kalenderen din.",
                ],
                [
                    $"Your booking of {d.Title} at {d.InitiativeName} has been changed. This is what applies now:",
                    .. Summary(d, pickupEn, returnEn, nb: false),
                    "The attached calendar file updates the loan in your calendar.",
                ],
                BookingLink(d), ics.ToAttachment(), ct);
        }
        await TellStaffAsync(d, $"Endret booking: {d.Title} ({d.Booking.Code}) / Booking changed: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har endret bestillingen {d.Booking.Code}: henting {pickupNb}, levering innen {returnNb}."],
            [$"{d.BorrowerLabel} has changed the booking {d.Booking.Code}: pickup {pickupEn}, return by {returnEn}."],
            DeskLink(d), ct);
    });

    /// <summary>The booking was cancelled, by the resident or because the unit went to maintenance: an .ics with METHOD:CANCEL.</summary>
    public Task CancelledAsync(int bookingId, bool byStaff, CancellationToken ct = default) => SafelyAsync(nameof(CancelledAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var again = site.Value.Link($"/utlan/{d.Booking.TypeId}");
        if (d.OfferNeverAccepted)
        {
            // A declined offer needs no message; a withdrawn one does (the resident was counting on it).
            if (!byStaff) return;
            if (d.BorrowerEmail is { } offeredTo)
            {
                await SendEmailAsync(offeredTo, $"Tilbudet er trukket tilbake: {d.Title} / The offer was withdrawn: {d.Title}",
                    [
                        $"{d.Title} hos {d.InitiativeName} må dessverre til vedlikehold, så tilbudet du fikk ({pickupNb} – {returnNb}) er trukket tilbake.",
                        "Du står fortsatt på ventelisten og får et nytt tilbud når noe blir ledig. Se også om noe annet er ledig:",
                    ],
                    [
                        $"Unfortunately {d.Title} at {d.InitiativeName} has to go to maintenance, so the offer you got ({pickupEn} – {returnEn}) is withdrawn.",
                        "You are still on the waiting list and will get a new offer when something frees up. See also whether something else is available:",
                    ],
                    again, null, ct);
            }
            await SendSmsAsync(d, $"OMigjen: Tilbudet om {d.Title} er trukket tilbake (vedlikehold). / The offer was withdrawn (maintenance). {again}", ct);
            return;
        }

        var now = time.GetUtcNow();
        var ics = calendar.Create(d, LendingCalendarMethod.Cancel, LendingCalendar.Sequence(d.Booking.CreatedAt, now, minimum: 2), now);
        if (byStaff)
        {
            if (d.BorrowerEmail is { } to)
            {
                await SendEmailAsync(to, $"Bestillingen er avbestilt: {d.Title} / Your booking was cancelled: {d.Title}",
                    [
                        $"{d.Title} hos {d.InitiativeName} må til vedlikehold, og det var ingen annen av samme størrelse ledig. Vi har derfor dessverre måttet avbestille bestillingen din {d.Booking.Code} ({pickupNb} – {returnNb}).",
                        "Kalenderfilen i vedlegget fjerner lånet fra kalenderen din. Bestill gjerne på nytt – kanskje en annen størrelse eller andre datoer passer:",
                    ],
                    [
                        $"{d.Title} at {d.InitiativeName} has to go to maintenance, and no other unit of the same size was free. We have therefore had to cancel your booking {d.Booking.Code} ({pickupEn} – {returnEn}). We are sorry.",
                        "The attached calendar file removes the loan from your calendar. Feel free to book again – another size or other dates may suit:",
                    ],
                    again, ics.ToAttachment(), ct);
            }
            await SendSmsAsync(d, $"OMigjen: Bestillingen {d.Booking.Code} av {d.Title} er avbestilt fordi utstyret må til vedlikehold. / Your booking was cancelled (maintenance). Bestill på nytt / book again: {again}", ct);
            return;
        }

        if (d.BorrowerEmail is { } resident)
        {
            await SendEmailAsync(resident, $"Avbestilt: {d.Title} – kode {d.Booking.Code} / Cancelled: {d.Title} – code {d.Booking.Code}",
                [
                    $"Du har avbestilt bestillingen {d.Booking.Code} av {d.Title} hos {d.InitiativeName} ({pickupNb} – {returnNb}).",
                    "Kalenderfilen i vedlegget fjerner lånet fra kalenderen din.",
                ],
                [
                    $"You have cancelled the booking {d.Booking.Code} of {d.Title} at {d.InitiativeName} ({pickupEn} – {returnEn}).",
                    "The attached calendar file removes the loan from your calendar.",
                ],
                again, ics.ToAttachment(), ct);
        }
        await TellStaffAsync(d, $"Avbestilt: {d.Title} ({d.Booking.Code}) / Cancelled: {d.Title} ({d.Booking.Code})",
            [$"{d.BorrowerLabel} har avbestilt bestillingen {d.Booking.Code} ({pickupNb} – {returnNb}). Enheten er ledig igjen."],
            [$"{d.BorrowerLabel} has cancelled the booking {d.Booking.Code} ({pickupEn} – {returnEn}). The unit is available again."],
            DeskLink(d), ct);
    });

    /// <summary>The booking was moved to another unit of the same size (its unit went to maintenance).</summary>
    public Task MovedAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(MovedAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d || d.BorrowerEmail is not { } to) return;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var what = d.Booking.Status == BookingStatus.Offered ? ("tilbudet", "the offer") : ("bestillingen", "the booking");
        await SendEmailAsync(to, $"Ny enhet for {d.Booking.Code}: {d.Title} / New unit for {d.Booking.Code}: {d.Title}",
            [
                $"Enheten du skulle låne hos {d.InitiativeName}, måtte til vedlikehold. Vi har byttet til en annen av samme størrelse ({d.UnitLabel}).",
                $"Alt annet i {what.Item1} er som før: kode {d.Booking.Code}, henting {pickupNb}, levering innen {returnNb}.",
            ],
            [
                $"The unit you were going to borrow at {d.InitiativeName} had to go to maintenance. We have swapped it for another of the same size ({d.UnitLabel}).",
                $"Everything else about {what.Item2} is as before: code {d.Booking.Code}, pickup {pickupEn}, return by {returnEn}.",
            ],
            d.Booking.Status == BookingStatus.Offered ? site.Value.Link("/konto/utlan") : BookingLink(d), null, ct);
    });

    /// <summary>A unit freed up for someone on the waiting list: accept before the offer runs out.</summary>
    public Task OfferedAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(OfferedAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var deadline = d.Booking.OfferExpiresAt is { } expires ? LendingBookingDetails.When(clock.ToLocal(LocalTime.Utc(expires))) : ("snart", "soon");
        var link = site.Value.Link("/konto/utlan");
        if (d.BorrowerEmail is { } to)
        {
            await SendEmailAsync(to, $"Ledig fra ventelisten: {d.Title} / Available from the waiting list: {d.Title}",
                [
                    $"{d.Title} hos {d.InitiativeName} er ledig for perioden du ventet på: henting {pickupNb}, levering innen {returnNb}.",
                    $"Den holdes av for deg til {deadline.Item1}. Takk ja innen da under «Mine utlån», ellers går den videre til nestemann.",
                    $"Vilkår: {d.TermsNb}",
                ],
                [
                    $"{d.Title} at {d.InitiativeName} is available for the period you were waiting for: pickup {pickupEn}, return by {returnEn}.",
                    $"It is held for you until {deadline.Item2}. Accept it by then under “My loans”, or it goes to the next person.",
                    $"Terms: {d.TermsEn}",
                ],
                link, null, ct);
        }
        await SendSmsAsync(d, $"OMigjen: {d.Title} er ledig {pickupNb}. Takk ja innen {deadline.Item1}. / Available for you; accept by {deadline.Item2}. {link}", ct);
    });

    /// <summary>The offer ran out.</summary>
    public Task OfferLapsedAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(OfferLapsedAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d || d.BorrowerEmail is not { } to) return;
        var (pickupNb, pickupEn, _, _) = Times(d);
        await SendEmailAsync(to, $"Tilbudet har gått ut: {d.Title} / The offer has expired: {d.Title}",
            [$"Du takket ikke ja i tide til {d.Title} hos {d.InitiativeName} (henting {pickupNb}), så den har gått videre. Du kan bestille eller sette deg på ventelisten igjen:"],
            [$"You did not accept {d.Title} at {d.InitiativeName} (pickup {pickupEn}) in time, so it has gone to someone else. You can book or join the waiting list again:"],
            site.Value.Link($"/utlan/{d.Booking.TypeId}"), null, ct);
    });

    /// <summary>The day before pickup: e-mail and, with a mobile number, SMS. False when nothing could be sent to anyone.</summary>
    public Task<bool> PickupReminderAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(PickupReminderAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return true;
        var (pickupNb, pickupEn, returnNb, returnEn) = Times(d);
        var tally = new Tally();
        if (d.BorrowerEmail is { } to)
        {
            tally.Add(await SendEmailAsync(to, $"Påminnelse: hent {d.Title} / Reminder: pick up {d.Title}",
                [
                    $"Husk å hente {d.Title} hos {d.InitiativeName} {pickupNb}{Suffix(d.CoBorrowerNb)}.",
                    .. Summary(d, pickupNb, returnNb, nb: true),
                    "Kan du ikke likevel? Avbestill, så får andre låne:",
                ],
                [
                    $"Remember to pick up {d.Title} at {d.InitiativeName} {pickupEn}{Suffix(d.CoBorrowerEn)}.",
                    .. Summary(d, pickupEn, returnEn, nb: false),
                    "Can't make it after all? Cancel, so others can borrow it:",
                ],
                BookingLink(d), null, ct));
        }
        tally.Add(await SendSmsAsync(d, $"OMigjen: Husk å hente {d.Title} hos {d.InitiativeName} {pickupNb}. Kode {d.Booking.Code}. / Pick up {pickupEn}, code {d.Booking.Code}.", ct));
        return tally.Ok;
    });

    /// <summary>The day before the return deadline. False when nothing could be sent to anyone.</summary>
    public Task<bool> ReturnReminderAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(ReturnReminderAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return true;
        var (_, _, returnNb, returnEn) = Times(d);
        var tally = new Tally();
        if (d.BorrowerEmail is { } to)
        {
            tally.Add(await SendEmailAsync(to, $"Påminnelse: lever {d.Title} / Reminder: return {d.Title}",
                [
                    $"Husk å levere {d.Title} til {d.InitiativeName} innen {returnNb}.",
                    $"Sted: {d.Place}",
                    "Takk for at du leverer i tide – da kan neste låner hente som avtalt.",
                ],
                [
                    $"Remember to return {d.Title} to {d.InitiativeName} by {returnEn}.",
                    $"Place: {d.Place}",
                    "Thank you for returning it on time – then the next borrower can pick it up as agreed.",
                ],
                BookingLink(d), null, ct));
        }
        tally.Add(await SendSmsAsync(d, $"OMigjen: Husk å levere {d.Title} til {d.InitiativeName} innen {returnNb}. / Return by {returnEn}.", ct));
        return tally.Ok;
    });

    /// <summary>The return deadline passed: the borrower (e-mail and SMS) and the staff are told. False when nothing could be sent to anyone.</summary>
    public Task<bool> OverdueAsync(int bookingId, CancellationToken ct = default) => SafelyAsync(nameof(OverdueAsync), bookingId, async () =>
    {
        if (await LoadAsync(bookingId, ct) is not { } d) return true;
        var (_, _, returnNb, returnEn) = Times(d);
        var tally = new Tally();
        if (d.BorrowerEmail is { } to)
        {
            tally.Add(await SendEmailAsync(to, $"Ikke levert: {d.Title} / Not returned: {d.Title}",
                [
                    $"{d.Title} skulle vært levert til {d.InitiativeName} innen {returnNb}. Lever så snart du kan – andre venter kanskje på den.",
                    $"Sted: {d.Place}",
                    "Har noe skjedd med utstyret, si fra til utlånsstedet.",
                ],
                [
                    $"{d.Title} was due back at {d.InitiativeName} by {returnEn}. Please return it as soon as you can – others may be waiting for it.",
                    $"Place: {d.Place}",
                    "If something has happened to it, let the lending place know.",
                ],
                BookingLink(d), null, ct));
        }
        tally.Add(await SendSmsAsync(d, $"OMigjen: {d.Title} skulle vært levert til {d.InitiativeName} innen {returnNb}. Lever så snart du kan. / Overdue: please return it.", ct));
        var contact = string.Join(", ", new[] { d.BorrowerEmail, d.Booking.Phone }.Where(c => !string.IsNullOrWhiteSpace(c) && c != d.BorrowerLabel));
        var reach = contact.Length == 0 ? "" : $" ({contact})";
        tally.Add(await TellStaffAsync(d, $"Ikke levert: {d.Title} ({d.Booking.Code}) / Overdue: {d.Title} ({d.Booking.Code})",
            [$"{d.Title} ({d.Booking.Code}), lånt av {d.BorrowerLabel}{reach}, skulle vært levert innen {returnNb}."],
            [$"{d.Title} ({d.Booking.Code}), borrowed by {d.BorrowerLabel}{reach}, was due back by {returnEn}."],
            site.Value.Link($"/portal/{Uri.EscapeDataString(d.InitiativeSlug)}/utlan/utlant"), ct));
        return tally.Ok;
    });

    /// <summary>Counts recipients and deliveries: fine when nobody was to be told, or someone was.</summary>
    private sealed class Tally
    {
        private int _tried;
        private int _sent;

        public void Add(bool? sent)
        {
            if (sent is null) return;
            _tried++;
            if (sent.Value) _sent++;
        }

        public bool Ok => _tried == 0 || _sent > 0;
    }

    private Task<LendingBookingDetails?> LoadAsync(int bookingId, CancellationToken ct) => LendingBookingDetails.LoadAsync(db, bookingId, ct);

    private (string PickupNb, string PickupEn, string ReturnNb, string ReturnEn) Times(LendingBookingDetails d)
    {
        var (pickupNb, pickupEn) = LendingBookingDetails.When(clock.ToLocal(LocalTime.Utc(d.Booking.PickupAt)));
        var (returnNb, returnEn) = LendingBookingDetails.When(clock.ToLocal(LocalTime.Utc(d.Booking.ReturnBy)));
        return (pickupNb, pickupEn, returnNb, returnEn);
    }

    private static string Suffix(string? text) => text is null ? "" : " " + text;

    private static IEnumerable<string> Summary(LendingBookingDetails d, string pickup, string returnBy, bool nb)
    {
        yield return (nb ? "Hentekode: " : "Pickup code: ") + d.Booking.Code;
        yield return (nb ? "Hentes: " : "Pick up: ") + pickup;
        yield return (nb ? "Leveres innen: " : "Return by: ") + returnBy;
        yield return (nb ? "Sted: " : "Place: ") + d.Place;
        yield return (nb ? "Vilkår: " : "Terms: ") + (nb ? d.TermsNb : d.TermsEn);
        if (d.SelfService)
        {
            yield return nb ? "Du henter og leverer selv, uten betjening." : "You pick it up and return it yourself; no staff is present.";
        }
    }

    private string BookingLink(LendingBookingDetails d) => site.Value.Link($"/konto/utlan/{d.Booking.Id}");

    private string DeskLink(LendingBookingDetails d) => site.Value.Link($"/portal/{Uri.EscapeDataString(d.InitiativeSlug)}/utlan/skranke");

    /// <summary>One e-mail to each owner and editor (or the entry's contact address); null when there is nobody to tell.</summary>
    private async Task<bool?> TellStaffAsync(LendingBookingDetails d, string subject, string[] nb, string[] en, string link, CancellationToken ct)
    {
        var addresses = await ReservationView.ActorAddressesAsync(db, d.InitiativeId, ct);
        if (addresses.Count == 0) return null;
        var sent = false;
        foreach (var address in addresses)
            sent |= await SendEmailAsync(address, subject, nb, en, link, null, ct);
        return sent;
    }

    /// <summary>An SMS to the booking's mobile number; null when it has none, false when it is unusable or the send failed.</summary>
    private async Task<bool?> SendSmsAsync(LendingBookingDetails d, string text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(d.Booking.Phone)) return null;
        if (SmsNumbers.Normalize(d.Booking.Phone) is not { } number)
        {
            LogBadNumber(logger, d.Booking.Id);
            return false;
        }
        try
        {
            await sms.SendAsync(new SmsMessage(number, text), ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSmsFailed(logger, d.Booking.Id, e);
            return false;
        }
    }

    private async Task<bool> SendEmailAsync(string to, string subject, IEnumerable<string> nb, IEnumerable<string> en, string link,
                                            EmailAttachment? attachment, CancellationToken ct)
    {
        var message = BilingualEmail.Build(to, subject, nb, en, link, municipality.Value);
        try
        {
            await email.SendAsync(message with
            {
                Attachments = attachment is null ? [] : [attachment],
            }, ct);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSendFailed(logger, subject, ex);
            return false;
        }
    }

    /// <summary>Runs a notice; anything that goes wrong is logged, never thrown at the booking that was already saved.</summary>
    private async Task SafelyAsync(string notice, int bookingId, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNoticeFailed(logger, notice, bookingId, e);
        }
    }

    private async Task<bool> SafelyAsync(string notice, int bookingId, Func<Task<bool>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNoticeFailed(logger, notice, bookingId, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An e-mail about a booking could not be sent: {Subject}")]
    private static partial void LogSendFailed(ILogger logger, string subject, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An SMS about booking {BookingId} could not be sent")]
    private static partial void LogSmsFailed(ILogger logger, int bookingId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Booking {BookingId} has a phone number that is not a usable mobile number; no SMS sent")]
    private static partial void LogBadNumber(ILogger logger, int bookingId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notice {Notice} for booking {BookingId} failed")]
    private static partial void LogNoticeFailed(ILogger logger, string notice, int bookingId, Exception exception);
}

public static class LendingNoticesSetup
{
    /// <summary>Registers <see cref="LendingNotices"/>, <see cref="LendingCalendar"/> and the SMS sender.</summary>
    public static IServiceCollection AddLendingNotices(this IServiceCollection services)
    {
        services.AddSms();
        services.AddScoped<LendingCalendar>();
        return services.AddScoped<LendingNotices>();
    }
}
