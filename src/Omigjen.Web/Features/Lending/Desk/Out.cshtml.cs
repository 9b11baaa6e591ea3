using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Desk;

/// <summary>
/// What is out now (any member), the latest return first so the overdue ones come first, marked with how many days
/// late; each is taken back with a note on its condition and, when needed, straight to maintenance. Filters: due
/// today (<c>?frist=i-dag</c>) and overdue (<c>?frist=forsinket</c>). Paged.
/// </summary>
public sealed class OutModel(AppDbContext db, InitiativeAccess access, DeskService desk, MunicipalClock clock)
    : InitiativePageModel(db, access)
{
    public const int MaxNoteLength = 1000;
    public const string DueToday = "i-dag";
    public const string Overdue = "forsinket";

    public List<LendingBookingRow> Loans { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int OutTotal { get; private set; }
    public int OverdueTotal { get; private set; }
    public string? Filter { get; private set; }
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }
    public FormErrors Errors { get; } = new();

    /// <summary>The note as typed when it was refused, by booking id.</summary>
    public Dictionary<int, string> TypedNotes { get; } = [];

    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, string? frist, string? mottatt, string? vedlikehold, int? flyttet, int? avlyst, CancellationToken ct)
    {
        if (ReservationRules.NormalizeCode(mottatt) is { } code)
        {
            Notice = vedlikehold == "1"
                ? L.T($"Tatt imot: {code}. Enheten er satt til vedlikehold.", $"Taken in: {code}. The unit is set to maintenance.")
                  + ((flyttet ?? 0) + (avlyst ?? 0) > 0 ? " " + L.T($"{flyttet ?? 0} kommende bestillinger flyttet, {avlyst ?? 0} avlyst; låntakerne har fått beskjed.", $"{flyttet ?? 0} coming bookings moved, {avlyst ?? 0} cancelled; the borrowers have been told.") : "")
                : L.T($"Tatt imot: {code}. Enheten er ledig igjen.", $"Taken in: {code}. The unit is free again.");
        }
        Filter = frist is DueToday or Overdue ? frist : null;
        await LoadLoansAsync(ct);
        return Page();
    }

    /// <summary>Takes a unit back with a note on its condition; optionally straight to maintenance.</summary>
    public async Task<IActionResult> OnPostCheckInAsync(string slug, int bookingId, string? note, bool toMaintenance, CancellationToken ct)
    {
        var id = Initiative.Id;
        var booking = await Db.Bookings.AsNoTracking().Where(b => b.Id == bookingId && b.Unit!.Type!.InitiativeId == id)
            .Select(b => new { b.Id, b.Code, b.Status }).FirstOrDefaultAsync(ct);
        if (booking is null) return NotFound();
        var cleanNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (cleanNote is { Length: > MaxNoteLength })
        {
            Errors.Add($"note-{booking.Id}", $"Tilstand ved innlevering: høyst {MaxNoteLength} tegn.", $"Condition at return: at most {MaxNoteLength} characters.");
            TypedNotes[booking.Id] = note!;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadLoansAsync(ct);
            return Page();
        }
        var result = await desk.CheckInAsync(id, booking.Id, cleanNote, toMaintenance, DeskStaff.Of(User), ct);
        if (result.Outcome == DeskOutcome.NotFound) return NotFound();
        if (result.Outcome == DeskOutcome.WrongState)
        {
            Problem = L.T($"Bestillingen {booking.Code} er ikke utlånt (den er allerede tatt imot, eller den er ikke hentet).",
                $"The booking {booking.Code} is not out (it is already taken in, or it was never picked up).");
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadLoansAsync(ct);
            return Page();
        }
        var query = toMaintenance
            ? string.Create(CultureInfo.InvariantCulture, $"&vedlikehold=1&flyttet={result.Moved}&avlyst={result.Cancelled}")
            : "";
        return Redirect(Url.Page("/Lending/Desk/Out", new { slug }) + $"?mottatt={booking.Code}{query}");
    }

    /// <summary>Whole local dates since the return was due: 0 when it was due earlier today, null when it is not late.</summary>
    public int? DaysLate(LendingBookingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.ReturnBy >= clock.Now) return null;
        return clock.Today.DayNumber - DateOnly.FromDateTime(clock.ToLocal(row.ReturnBy).DateTime).DayNumber;
    }

    /// <summary>"For sent i dag", "1 dag for sent", "3 dager for sent".</summary>
    public static string LateText(int days) => days switch
    {
        0 => L.T("For sent (skulle vært levert i dag)", "Late (was due today)"),
        1 => L.T("1 dag for sent", "1 day late"),
        _ => L.T($"{days} dager for sent", $"{days} days late"),
    };

    private async Task LoadLoansAsync(CancellationToken ct)
    {
        var id = Initiative.Id;
        var now = clock.Now.UtcDateTime;
        var all = Db.Bookings.Where(b => b.Status == BookingStatus.CheckedOut && b.Unit!.Type!.InitiativeId == id);
        OutTotal = await all.CountAsync(ct);
        OverdueTotal = await all.CountAsync(b => b.ReturnBy < now, ct);
        var query = all;
        if (Filter == Overdue) query = query.Where(b => b.ReturnBy < now);
        else if (Filter == DueToday)
        {
            var (start, end) = LendingBookingRow.DayInUtc(clock.Today, clock.Zone);
            query = query.Where(b => b.ReturnBy >= start && b.ReturnBy < end);
        }
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Loans = await LendingBookingRow.LoadAsync(Db, id, query.OrderBy(b => b.ReturnBy).ThenBy(b => b.Id).Skip(Paging.Skip).Take(Paging.PageSize), ct);
    }
}
