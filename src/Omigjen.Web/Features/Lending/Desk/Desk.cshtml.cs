using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Lending.Desk;

/// <summary>
/// The lending desk on a phone (any member): find a booking by its code and hand it out, today's pickups with one
/// button each, the returns due today, and a walk-in loan (a unit, the borrower's name, an optional phone number and
/// when it comes back). A walk-in over a booked period is refused with 409 and what is free instead.
/// </summary>
public sealed class DeskModel(AppDbContext db, InitiativeAccess access, DeskService desk, Availability availability, MunicipalClock clock,
    DirectoryCache directory) : InitiativePageModel(db, access)
{
    /// <summary>Returns due today shown here; the rest are on the "out now" page.</summary>
    public const int ReturnsShown = 25;

    public sealed record UnitOption(int Id, string Label, int TypeId, string TypeName);

    public FormErrors Errors { get; } = new();
    public string? Notice { get; private set; }

    /// <summary>Why the action was refused (wrong state, none free), shown as a warning.</summary>
    public string? Problem { get; private set; }

    /// <summary>The code as typed in the search field.</summary>
    public string? CodeInput { get; private set; }
    public LendingBookingRow? Found { get; private set; }
    public bool Searched { get; private set; }

    public List<LendingBookingRow> Pickups { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public List<LendingBookingRow> Returns { get; private set; } = [];
    public int ReturnsTotal { get; private set; }
    public List<UnitOption> UnitOptions { get; private set; } = [];

    [BindProperty] public int? WalkInUnit { get; set; }
    [BindProperty, StringLength(100), SingleLine] public string? WalkInName { get; set; }
    [BindProperty, StringLength(TextLimits.Phone), SingleLine] public string? WalkInPhone { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? WalkInDate { get; set; }
    [BindProperty, StringLength(20), SingleLine] public string? WalkInTime { get; set; }

    public MunicipalClock Clock => clock;
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(string slug, string? kode, string? levert, string? utlant, CancellationToken ct)
    {
        if (kode is not null) await FindAsync(kode, ct);
        if (ReservationRules.NormalizeCode(levert) is { } handed)
            Notice = L.T($"Levert ut: {handed}. Husk å ta imot depositum hvis typen har det.", $"Handed out: {handed}. Remember to take the deposit if the type has one.");
        else if (ReservationRules.NormalizeCode(utlant) is { } walkIn)
            Notice = L.T($"Utlånet er registrert med koden {walkIn}.", $"The loan is registered with the code {walkIn}.");
        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>Hands out the booking with the code, when it is booked and its pickup day has come.</summary>
    public async Task<IActionResult> OnPostCheckOutAsync(string slug, string? code, CancellationToken ct)
    {
        var row = await FindAsync(code, ct);
        if (row is null)
        {
            Response.StatusCode = Errors.Any ? StatusCodes.Status400BadRequest : StatusCodes.Status404NotFound;
            await PrepareAsync(ct);
            return Page();
        }
        var result = await desk.CheckOutAsync(Initiative.Id, row.Code, DeskStaff.Of(User), ct);
        if (result.Outcome == DeskOutcome.NotFound) return NotFound();
        if (result.Outcome == DeskOutcome.TooEarly)
        {
            Problem = L.T($"Bestillingen {row.Code} skal hentes {LendingBookingRow.When(row.PickupAt, clock)}, og kan ikke leveres ut før den dagen.",
                $"The booking {row.Code} is for pickup on {LendingBookingRow.When(row.PickupAt, clock)} and cannot be handed out before that day.");
            return await ConflictAsync(ct);
        }
        if (result.Outcome == DeskOutcome.WrongState)
        {
            Found = (await LendingBookingRow.LoadAsync(Db, Initiative.Id, Db.Bookings.Where(b => b.Id == row.Id), ct)).FirstOrDefault() ?? row;
            Problem = WrongStateText(Found);
            return await ConflictAsync(ct);
        }
        return RedirectToPage(new { slug, levert = row.Code });
    }

    /// <summary>Lends a unit on the spot: checked out now, back by the date and time given.</summary>
    public async Task<IActionResult> OnPostWalkInAsync(string slug, CancellationToken ct)
    {
        if (WalkInUnit is null)
            Errors.Add("walkin-unit", "Enhet: velg hva som lånes ut.", "Unit: choose what is lent.");
        var name = WalkInName?.Trim() ?? "";
        if (name.Length == 0) Errors.Add("walkin-name", "Navn: skriv navnet til den som låner.", "Name: enter the borrower's name.");
        else if (name.Length > 100) Errors.Add("walkin-name", "Navn: høyst 100 tegn.", "Name: at most 100 characters.");
        // Stored as the SMS sender wants it (+47…), so reminders reach the borrower.
        var phone = string.IsNullOrWhiteSpace(WalkInPhone) ? null : Infrastructure.Sms.SmsNumbers.Normalize(WalkInPhone);
        if (!string.IsNullOrWhiteSpace(WalkInPhone) && phone is null)
            Errors.Add("walkin-phone", "Mobilnummer: skriv et mobilnummer med 8 sifre, for eksempel 912 34 567, eller med landskode (+47), eller la feltet stå tomt.",
                "Mobile number: enter a mobile number with 8 digits, for example 912 34 567, or with the country code (+47), or leave the field empty.");
        DateTimeOffset? returnBy = null;
        if (!DateInput.TryDate(WalkInDate, out var date, typed: true))
            Errors.Add("walkin-date", "Leveres tilbake, dato: skriv en dato, for eksempel 24.12.2026.", "Return date: enter a date, for example 24.12.2026.");
        if (!HoursText.TryParseTime(WalkInTime, allowMidnightEnd: false, out var at))
            Errors.Add("walkin-time", "Leveres tilbake, klokkeslett: skriv et klokkeslett, for eksempel 16:00.", "Return time: enter a time, for example 16:00.");
        else if (Errors.For("walkin-date") is null)
            returnBy = LocalTime.Instant(date.ToDateTime(at), clock.Zone);
        if (Errors.Any)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await PrepareAsync(ct);
            return Page();
        }

        var result = await desk.WalkInAsync(Initiative.Id, WalkInUnit!.Value, name, phone, returnBy!.Value, DeskStaff.Of(User), ct);
        switch (result.Outcome)
        {
            case DeskOutcome.Done:
                return RedirectToPage(new { slug, utlant = result.Booking!.Code });
            case DeskOutcome.NotFound:
                return NotFound();
            case DeskOutcome.NoneFree:
                Problem = await NoneFreeTextAsync(WalkInUnit.Value, returnBy.Value, result.Alternative, ct);
                return await ConflictAsync(ct);
            default:
                foreach (var p in result.Problems)
                {
                    var field = p.Field switch
                    {
                        "name" => "walkin-name",
                        "unit" => "walkin-unit",
                        _ => "walkin-date",
                    };
                    Errors.Add(field, p.Nb, p.En);
                }
                if (!Errors.Any) Errors.Add("walkin-unit", "Utlånet kunne ikke registreres.", "The loan could not be registered.");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                await PrepareAsync(ct);
                return Page();
        }
    }

    /// <summary>What is in the way of a walk-in, and what is free instead: other units for the same period, or a later start.</summary>
    private async Task<string> NoneFreeTextAsync(int unitId, DateTimeOffset returnBy, BookingAlternative? alternative, CancellationToken ct)
    {
        var now = clock.Now;
        var unit = await Db.LendingUnits.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Label, u.TypeId }).FirstAsync(ct);
        var nowUtc = now.UtcDateTime;
        var endUtc = returnBy.UtcDateTime;
        var blocking = await Db.Bookings.AsNoTracking()
            .Where(b => b.UnitId == unitId && BookingStatuses.Active.Contains(b.Status)
                && b.PickupAt < endUtc && nowUtc < b.ReturnBy)
            .OrderBy(b => b.PickupAt).Select(b => new { b.PickupAt, b.Status }).FirstOrDefaultAsync(ct);
        var free = await availability.FreeUnitsQuery(unit.TypeId, null, new BookingPeriod(now, returnBy)).Select(u => u.Label).Take(10).ToListAsync(ct);
        var free2 = free.Concat(alternative?.OtherLabels ?? []).Distinct().ToList();

        string nb, en;
        if (blocking is null) (nb, en) = ($"Enheten «{unit.Label}» er ikke ledig i perioden.", $"The unit “{unit.Label}” is not free in the period.");
        else if (blocking.Status == BookingStatus.CheckedOut) (nb, en) = ($"Enheten «{unit.Label}» er utlånt nå.", $"The unit “{unit.Label}” is out now.");
        else
        {
            var when = LendingBookingRow.When(blocking.PickupAt, clock);
            (nb, en) = ($"Enheten «{unit.Label}» er bestilt fra {when}. Velg en tidligere innlevering eller en annen enhet.",
                $"The unit “{unit.Label}” is booked from {when}. Choose an earlier return or another unit.");
        }
        if (free2.Count > 0)
        {
            nb += $" Ledig for samme periode: {string.Join(", ", free2)}.";
            en += $" Free for the same period: {string.Join(", ", free2)}.";
        }
        else
        {
            nb += " Ingen andre enheter av typen er ledige for samme periode.";
            en += " No other unit of the type is free for the same period.";
        }
        return L.T(nb, en);
    }

    private async Task<IActionResult> ConflictAsync(CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        await PrepareAsync(ct);
        return Page();
    }

    /// <summary>Looks up a booking of this initiative by its code (any case, spaces and dashes ignored).</summary>
    private async Task<LendingBookingRow?> FindAsync(string? typed, CancellationToken ct)
    {
        Searched = true;
        CodeInput = typed;
        var code = ReservationRules.NormalizeCode(typed);
        if (code is null)
        {
            Errors.Add("code", "Kode: skriv de 6 tegnene i koden, for eksempel K7M2QX.", "Code: enter the 6 characters of the code, for example K7M2QX.");
            return null;
        }
        Found = (await LendingBookingRow.LoadAsync(Db, Initiative.Id, Db.Bookings.Where(b => b.Code == code), ct)).FirstOrDefault();
        if (Found is null)
            Problem = L.T($"Fant ingen booking med koden {code} hos {Initiative.Name}.", $"No booking with the code {code} at {Initiative.Name}.");
        return Found;
    }

    /// <summary>Why a booking cannot be handed out, from its state.</summary>
    public static string WrongStateText(LendingBookingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Status switch
        {
            BookingStatus.CheckedOut => L.T($"Bestillingen {row.Code} er allerede levert ut.", $"The booking {row.Code} is already handed out."),
            BookingStatus.Returned => L.T($"Bestillingen {row.Code} er allerede levert tilbake.", $"The booking {row.Code} is already returned."),
            BookingStatus.Cancelled => L.T($"Bestillingen {row.Code} er avbestilt og kan ikke leveres ut.", $"The booking {row.Code} is cancelled and cannot be handed out."),
            BookingStatus.NoShow => L.T($"Bestillingen {row.Code} ble ikke hentet i perioden og kan ikke leveres ut.", $"The booking {row.Code} was not picked up in its period and cannot be handed out."),
            BookingStatus.Offered => L.T($"Bestillingen {row.Code} er et tilbud fra ventelisten som ikke er takket ja til ennå.", $"The booking {row.Code} is an offer from the waiting list that has not been accepted yet."),
            BookingStatus.Lapsed => L.T($"Tilbudet {row.Code} gikk ut uten svar og kan ikke leveres ut.", $"The offer {row.Code} ran out unanswered and cannot be handed out."),
            _ => L.T($"Bestillingen {row.Code} kan ikke leveres ut nå.", $"The booking {row.Code} cannot be handed out now."),
        };
    }

    /// <summary>Today's lists, the units for a walk-in and the walk-in's default return.</summary>
    private async Task PrepareAsync(CancellationToken ct)
    {
        var id = Initiative.Id;
        var (start, end) = LendingBookingRow.DayInUtc(clock.Today, clock.Zone);
        var pickups = Db.Bookings.Where(b => b.Status == BookingStatus.Booked && b.PickupAt >= start && b.PickupAt < end && b.Unit!.Type!.InitiativeId == id);
        Paging = Paging.For(Request, await pickups.CountAsync(ct));
        Pickups = await LendingBookingRow.LoadAsync(Db, id, pickups.OrderBy(b => b.PickupAt).ThenBy(b => b.Id).Skip(Paging.Skip).Take(Paging.PageSize), ct);
        var returns = Db.Bookings.Where(b => b.Status == BookingStatus.CheckedOut && b.ReturnBy >= start && b.ReturnBy < end && b.Unit!.Type!.InitiativeId == id);
        ReturnsTotal = await returns.CountAsync(ct);
        Returns = await LendingBookingRow.LoadAsync(Db, id, returns.OrderBy(b => b.ReturnBy).ThenBy(b => b.Id).Take(ReturnsShown), ct);

        UnitOptions = await Db.LendingUnits.AsNoTracking()
            .Where(u => u.Type!.InitiativeId == id && !u.Type.Archived && u.State == LendingUnitState.Available
                && !Db.Bookings.Any(b => b.UnitId == u.Id && b.Status == BookingStatus.CheckedOut))
            .OrderBy(u => u.Type!.Name).ThenBy(u => u.TypeId).ThenBy(u => u.LabelKey).ThenBy(u => u.Id)
            .Select(u => new UnitOption(u.Id, u.Label, u.TypeId, u.Type!.Name))
            .ToListAsync(ct);

        if (WalkInDate is null && WalkInTime is null)
        {
            var (day, time) = await DefaultReturnAsync(ct);
            WalkInDate = HoursText.Input(day);
            WalkInTime = HoursText.Input(time);
        }
    }

    /// <summary>The next day the initiative is open, at its closing time; tomorrow at 12:00 when the hours are unknown.</summary>
    private async Task<(DateOnly Day, TimeOnly Time)> DefaultReturnAsync(CancellationToken ct)
    {
        var tomorrow = clock.Today.AddDays(1);
        var place = await LendingPlace.ForAsync(Db, directory, clock, Initiative.Slug, null, ct);
        if (place.Schedule is { } schedule)
        {
            for (var day = tomorrow; day < tomorrow.AddDays(7); day = day.AddDays(1))
            {
                var slots = BookingRules.PickupSlots(day, schedule, place.Context);
                if (slots.Count == 0) continue;
                var close = clock.ToLocal(slots[^1].To);
                if (DateOnly.FromDateTime(close.DateTime) != day) return (day, new TimeOnly(23, 59));
                return (day, TimeOnly.FromDateTime(close.DateTime));
            }
        }
        return (tomorrow, new TimeOnly(12, 0));
    }

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
