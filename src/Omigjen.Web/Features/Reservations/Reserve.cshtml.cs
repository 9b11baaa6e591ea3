using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Portal;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Reservations;

/// <summary>
/// Holds one unit of an item for pickup. The item page posts here; a GET shows what is about to be held and until
/// when, with a button to confirm. Success goes on (PRG) to the resident's list with the new code.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ReserveModel(AppDbContext db, ReservationService reservations, MunicipalClock clock, IOptions<ReservationOptions> options)
    : PageModel
{
    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public int PriceNok { get; private set; }
    public string InitiativeName { get; private set; } = "";
    public bool CanReserve { get; private set; }
    public HoldExpiry? Expiry { get; private set; }

    /// <summary>Why the hold was not made (the page's status is then 409).</summary>
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (CanReserve) Expiry = await reservations.ExpiryForAsync(await InitiativeIdAsync(id, ct), ct);
        else Problem = L.T("Varen er ikke ledig for reservasjon nå.", "The item is not available for holds now.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (PortalAccess.UserId(User) is not { } userId) return Challenge();
        var result = await reservations.ReserveAsync(id, userId, ct);
        if (result.Status == ReserveStatus.Reserved)
            return Redirect($"/konto/reservasjoner?ny={Uri.EscapeDataString(result.Reservation!.Code)}");
        if (result.Status == ReserveStatus.NotFound || !await LoadAsync(id, ct)) return NotFound();
        CanReserve = false;
        Problem = result.Status switch
        {
            ReserveStatus.Taken => L.T("Noen andre rakk å reservere den siste rett før deg.", "Someone else reserved the last one just before you."),
            ReserveStatus.LimitReached => L.T(
                $"Du har allerede {MaxActive} aktive reservasjoner. Hent eller avbestill en før du reserverer mer.",
                $"You already have {MaxActive} active holds. Collect or cancel one before you reserve more."),
            _ => L.T("Varen er ikke lenger tilgjengelig.", "The item is no longer available."),
        };
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private int MaxActive => options.Value.MaxActivePerResident;

    public string ExpiryText
    {
        get
        {
            if (Expiry is not { } e) return "";
            var (nb, en) = ReservationRules.Describe(clock.ToLocal(e.ExpiresAt));
            return L.T("Hentes innen " + nb, "Pick up by " + en);
        }
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var item = await db.Items.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.Id, i.Title, i.PriceNok, i.Status, i.Available, Initiative = i.Initiative!.Name }).FirstOrDefaultAsync(ct);
        if (item is null) return false;
        Id = item.Id;
        Title = item.Title;
        PriceNok = item.PriceNok;
        InitiativeName = item.Initiative;
        CanReserve = item.Status == ItemStatus.Available && item.Available > 0;
        return true;
    }

    private Task<int> InitiativeIdAsync(int id, CancellationToken ct) =>
        db.Items.AsNoTracking().Where(i => i.Id == id).Select(i => i.InitiativeId).FirstAsync(ct);
}
