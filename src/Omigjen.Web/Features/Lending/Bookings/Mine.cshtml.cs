using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Lending.Waitlist;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>One booking in the resident's lists.</summary>
public sealed record LoanRow(
    int Id, string Code, BookingStatus Status, DateTime PickupAt, DateTime ReturnBy, DateTime? OfferExpiresAt,
    int TypeId, string TypeName, string UnitLabel, string InitiativeName, string? CoBorrowerName, int? CoBorrowerAge);

/// <summary>One waiting-list entry of the resident.</summary>
public sealed record WaitRow(int Id, int TypeId, string TypeName, string? SizeLabel, string InitiativeName, DateTime PickupAt, DateTime ReturnBy);

/// <summary>
/// The resident's loans: offers from the waiting list to answer (with the deadline), coming and current loans, the
/// waiting lists they are on, and earlier loans (paged).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class MineModel(AppDbContext db, BookingService booking, WaitlistService waitlist, MunicipalClock clock) : PageModel
{
    /// <summary>How many waiting-list entries the page lists (a resident rarely waits for more).</summary>
    public const int MaxWaiting = 50;

    public List<LoanRow> Offers { get; private set; } = [];
    public List<LoanRow> Current { get; private set; } = [];
    public List<WaitRow> Waiting { get; private set; } = [];
    public int WaitingTotal { get; private set; }
    public List<LoanRow> Earlier { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var q = Request.Query;
        if (q.ContainsKey("venteliste"))
            Notice = L.T("Du står på ventelisten. Blir en enhet ledig for perioden din, får du et tilbud på e-post som du må svare på innen fristen.",
                         "You are on the waiting list. If a unit becomes free for your period, you get an offer by e-mail that you must answer before the deadline.");
        else if (q.ContainsKey("avbestilt")) Notice = L.T("Bestillingen er avbestilt.", "The booking is cancelled.");
        else if (q.ContainsKey("avslatt")) Notice = L.T("Du takket nei til tilbudet.", "You declined the offer.");
        else if (q.ContainsKey("forlatt")) Notice = L.T("Du står ikke lenger på ventelisten.", "You are no longer on the waiting list.");
        await LoadAsync(userId, ct);
        return Page();
    }

    /// <summary>Takes an offer from the waiting list: it becomes an ordinary booking.</summary>
    public async Task<IActionResult> OnPostAcceptAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = (await waitlist.AcceptOfferAsync(id, userId, ct)).Outcome;
        if (outcome == WaitlistOutcome.Done) return RedirectToPage("/Lending/Bookings/MyBooking", new { id, godtatt = 1 });
        if (outcome == WaitlistOutcome.NotFound) return NotFound();
        return await ConflictAsync(userId, L.T("Tilbudet har gått ut eller er allerede besvart.", "The offer has run out or has already been answered."), ct);
    }

    /// <summary>Declines an offer: the unit goes to the next in line.</summary>
    public async Task<IActionResult> OnPostDeclineAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var status = await db.Bookings.AsNoTracking().Where(b => b.Id == id && b.UserId == userId).Select(b => (BookingStatus?)b.Status).FirstOrDefaultAsync(ct);
        if (status is null) return NotFound();
        if (status == BookingStatus.Offered && (await booking.CancelAsync(id, userId, ct)).Outcome == BookingOutcome.Done)
            return RedirectToPage("/Lending/Bookings/Mine", new { avslatt = 1 });
        return await ConflictAsync(userId, L.T("Tilbudet har gått ut eller er allerede besvart.", "The offer has run out or has already been answered."), ct);
    }

    /// <summary>Leaves a waiting list.</summary>
    public async Task<IActionResult> OnPostLeaveAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = (await waitlist.LeaveAsync(id, userId, ct)).Outcome;
        if (outcome == WaitlistOutcome.Done) return RedirectToPage("/Lending/Bookings/Mine", new { forlatt = 1 });
        if (outcome == WaitlistOutcome.NotFound) return NotFound();
        return await ConflictAsync(userId, L.T("Du står ikke lenger på denne ventelisten (du har fått et tilbud, eller perioden har vært).",
                                               "You are no longer on this waiting list (you have had an offer, or the period has passed)."), ct);
    }

    /// <summary>An unknown <c>handler</c> (a GET of a POST-only action) is not found, rather than a page without data.</summary>
    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is null) context.Result = NotFound();
    }

    private async Task<IActionResult> ConflictAsync(string userId, string problem, CancellationToken ct)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(userId, ct);
        return Page();
    }

    private async Task LoadAsync(string userId, CancellationToken ct)
    {
        var mine = db.Bookings.AsNoTracking().Where(b => b.UserId == userId);
        Offers = await Rows(mine.Where(b => b.Status == BookingStatus.Offered).OrderBy(b => b.OfferExpiresAt).ThenBy(b => b.Id)).ToListAsync(ct);
        Current = await Rows(mine.Where(b => BookingStatuses.Confirmed.Contains(b.Status))
            .OrderBy(b => b.PickupAt).ThenBy(b => b.Id)).ToListAsync(ct);
        var earlier = mine.Where(b => b.Status == BookingStatus.Returned || b.Status == BookingStatus.Cancelled || b.Status == BookingStatus.Lapsed);
        Paging = Paging.For(Request, await earlier.CountAsync(ct));
        Earlier = await Rows(earlier.OrderByDescending(b => b.PickupAt).ThenByDescending(b => b.Id).Skip(Paging.Skip).Take(Paging.PageSize)).ToListAsync(ct);

        var waiting = db.WaitlistEntries.AsNoTracking().Where(w => w.UserId == userId && w.Status == WaitlistStatus.Waiting);
        WaitingTotal = await waiting.CountAsync(ct);
        Waiting = await waiting.OrderBy(w => w.PickupAt).ThenBy(w => w.Id).Take(MaxWaiting)
            .Select(w => new WaitRow(w.Id, w.TypeId, w.Type!.Name,
                db.LendingUnits.Where(u => u.TypeId == w.TypeId && u.LabelKey == w.LabelKey).Select(u => u.Label).FirstOrDefault(),
                w.Type.Initiative!.Name, w.PickupAt, w.ReturnBy))
            .ToListAsync(ct);
    }

    private static IQueryable<LoanRow> Rows(IQueryable<Booking> bookings) =>
        bookings.Select(b => new LoanRow(b.Id, b.Code, b.Status, b.PickupAt, b.ReturnBy, b.OfferExpiresAt, b.TypeId, b.Unit!.Type!.Name,
                                         b.Unit.Label, b.Unit.Type.Initiative!.Name, b.CoBorrowerName, b.CoBorrowerAge));

    /// <summary>"lørdag 5. desember kl. 10:00" for a stored UTC time.</summary>
    public string When(DateTime utc) => BookingLabels.When(clock.ToLocal(utc));

}
