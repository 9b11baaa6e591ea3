using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Reservations;

/// <summary>The resident's holds: code, place, hours and deadline for the active ones, with a cancel button; earlier ones below.</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class MineModel(AppDbContext db, ReservationService reservations, DirectoryCache directory, MunicipalClock clock) : PageModel
{
    public List<ReservationView> Active { get; private set; } = [];
    public List<ReservationView> Earlier { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;

    /// <summary>The hold just made (from <c>?ny=CODE</c>), shown at the top with its code.</summary>
    public ReservationView? New { get; private set; }
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }

    private Dictionary<int, DirectoryEntry> _entries = [];

    public async Task<IActionResult> OnGetAsync(string? ny, string? avbestilt, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        await LoadAsync(userId, ct);
        if (ReservationRules.NormalizeCode(ny) is { } code) New = Active.FirstOrDefault(r => r.Code == code);
        if (avbestilt is not null) Notice = L.T("Reservasjonen er avbestilt.", "The hold is cancelled.");
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        var outcome = await reservations.CancelAsync(id, userId, ct);
        if (outcome == HandleStatus.Done) return RedirectToPage(new { avbestilt = 1 });
        if (outcome == HandleStatus.NotFound) return NotFound();
        Problem = L.T("Reservasjonen var allerede avsluttet (hentet, frigitt, avbestilt eller utløpt).",
            "The hold had already ended (collected, released, cancelled or expired).");
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(userId, ct);
        return Page();
    }

    private async Task LoadAsync(string userId, CancellationToken ct)
    {
        Active = await ReservationView.LoadAsync(db, db.Reservations
            .Where(r => r.UserId == userId && r.Status == ReservationStatus.Active).OrderBy(r => r.ExpiresAt), ct);
        var earlier = db.Reservations.Where(r => r.UserId == userId && r.Status != ReservationStatus.Active);
        Paging = Paging.For(Request, await earlier.CountAsync(ct));
        Earlier = await ReservationView.LoadAsync(db, earlier.OrderByDescending(r => r.EndedAt).ThenByDescending(r => r.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize), ct);
        var snapshot = await directory.GetAsync(db, ct);
        _entries = snapshot.Entries.Where(e => Active.Any(a => a.InitiativeId == e.Initiative.Id)).ToDictionary(e => e.Initiative.Id);
    }

    /// <summary>"Hentes innen fredag 4. desember kl. 16:00" in the request's language.</summary>
    public string Deadline(ReservationView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var (nb, en) = ReservationRules.Describe(clock.ToLocal(r.ExpiresAt));
        return L.T("Hentes innen " + nb, "Pick up by " + en);
    }

    /// <summary>The place's hours in words and whether it is open now; null when unknown.</summary>
    public string? Hours(ReservationView r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var words = r.HoursText(L.IsEnglish ? Language.En : Language.Nb);
        if (words is null) return null;
        return _entries.TryGetValue(r.InitiativeId, out var entry) ? $"{words} ({StatusText.For(entry, clock.Now, clock.Zone)})" : words;
    }

    public static string StatusLabel(ReservationStatus status) => status switch
    {
        ReservationStatus.Active => L.T("Aktiv", "Active"),
        ReservationStatus.Collected => L.T("Hentet", "Collected"),
        ReservationStatus.Released => L.T("Frigitt av stedet", "Released by the place"),
        ReservationStatus.Cancelled => L.T("Avbestilt", "Cancelled"),
        _ => L.T("Utløpt", "Expired"),
    };

    public string When(DateTime? utc) =>
        utc is { } u ? TimeText.Stamp(clock.ToLocal(u)) : "";
}
