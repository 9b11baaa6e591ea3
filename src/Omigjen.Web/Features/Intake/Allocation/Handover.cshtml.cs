using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Allocation;

/// <summary>
/// The station's lots on their way out (staff): announce a lot to the partners now, see who claimed, and confirm that the
/// partner took what it was allocated.
/// </summary>
[Authorize(Policy = StationPolicy.Staff)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class HandoverModel(AppDbContext db, LotAnnouncer announcer, PickupConfirmation confirmation, PickupCancellation cancellation, MunicipalClock clock)
    : PageModel
{
    public const string LotsId = "lots";
    public const string PickupsId = "pickups";

    public sealed record Row(long Id, IntakeCategory Category, int Count, decimal WeightKg, LotState State, DateTime RegisteredAt, DateTime? ClaimsCloseAt,
                             int Claims, string? Partner);

    [BindProperty] public long LotId { get; set; }

    [BindProperty] public long PickupId { get; set; }

    [BindProperty, StringLength(PickupForm.ReasonMax)] public string? CancelReason { get; set; }

    public List<PickupRow> Pickups { get; private set; } = [];

    public Station Station { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? StatusMessage { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, string? utlyst, string? hentet, string? avlyst, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (avlyst is not null) StatusMessage = L.T(PickupCancellation.Text(CancelOutcome.Cancelled).Nb, PickupCancellation.Text(CancelOutcome.Cancelled).En);
        if (utlyst is not null) StatusMessage = L.T("Partiet er lyst ut til partnerne.", "The lot is announced to the partners.");
        if (hentet is not null) StatusMessage = L.T(PickupConfirmation.Text(ConfirmOutcome.Confirmed).Nb, PickupConfirmation.Text(ConfirmOutcome.Confirmed).En);
        return Page();
    }

    public async Task<IActionResult> OnPostAnnounceAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        var own = await db.IntakeLots.AnyAsync(l => l.Id == LotId && l.StationId == Station.Id, ct);
        var outcome = own ? await announcer.AnnounceAsync(LotId, User.UserId(), ct) : AnnounceOutcome.NotAvailable;
        if (outcome is AnnounceOutcome.Announced or AnnounceOutcome.AlreadyAnnounced) return RedirectToPage(new { slug, utlyst = 1 });
        ModelState.AddError(nameof(LotId), LotsId, "Parti: dette partiet kan ikke lyses ut nå (det er angret, avvist eller allerede på vei videre).",
            "Lot: this lot cannot be announced now (it is undone, refused or already on its way).");
        Response.StatusCode = own ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        var outcome = await confirmation.ConfirmAsync(Station.Id, LotId, User.UserId()!, ct);
        if (outcome == ConfirmOutcome.Confirmed) return RedirectToPage(new { slug, hentet = 1 });
        var (nb, en) = PickupConfirmation.Text(outcome);
        if (outcome == ConfirmOutcome.AlreadyConfirmed) StatusMessage = L.T(nb, en);
        else ModelState.AddError(nameof(LotId), LotsId, nb, en);
        Response.StatusCode = outcome == ConfirmOutcome.AlreadyConfirmed ? StatusCodes.Status409Conflict : StatusCodes.Status404NotFound;
        return Page();
    }

    public async Task<IActionResult> OnPostCancelPickupAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        ModelState.Clear();
        if (PickupForm.Reason(CancelReason, $"reason-{PickupId}", $"reason-{PickupId}", ModelState) is not { } reason)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await cancellation.CancelAsync(PickupId, PickupSide.Station, Station.Id, User.UserId()!, reason, ct);
        if (outcome == CancelOutcome.Cancelled) return RedirectToPage(new { slug, avlyst = 1 });
        ModelState.AddError(nameof(PickupId), PickupsId, PickupCancellation.Text(outcome));
        Response.StatusCode = outcome == CancelOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await LoadAsync(slug, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } station) return false;
        Station = station;
        Pickups = await PickupRow.ListAsync(db, PickupRow.Owner.Station, station.Id, clock.Today, ct);
        var waiting = db.IntakeLots.AsNoTracking().Active().Where(l => l.StationId == station.Id
            && (l.State == LotState.Registered || l.State == LotState.PlannedForPickup || l.State == LotState.Announced || l.State == LotState.Allocated));
        Paging = Paging.For(Request, await waiting.CountAsync(ct));
        Rows = await waiting.OrderBy(l => l.State == LotState.Allocated ? 0 : l.State == LotState.Announced ? 1 : 2).ThenBy(l => l.Id)
            .Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(l => new Row(l.Id, l.Category, l.Count, l.WeightKg, l.State, l.RegisteredAt,
                db.LotAnnouncements.Where(a => a.LotId == l.Id).Select(a => (DateTime?)a.ClaimsCloseAt).FirstOrDefault(),
                db.LotClaims.Count(c => c.LotId == l.Id),
                (from d in db.AllocationDecisions
                 join p in db.IntakePartners on d.PartnerId equals (int?)p.Id
                 join i in db.Initiatives on p.InitiativeId equals i.Id
                 where d.LotId == l.Id
                 select i.Name).FirstOrDefault()))
            .ToListAsync(ct);
        return true;
    }

    public static string StateText(LotState s) => s switch
    {
        LotState.Registered => L.T("Registrert", "Registered"),
        LotState.PlannedForPickup => L.T("Til fast henting", "For a regular pickup"),
        LotState.Announced => L.T("Lyst ut", "Announced"),
        LotState.Allocated => L.T("Tildelt", "Allocated"),
        LotState.Collected => L.T("Hentet", "Collected"),
        LotState.ToThePublic => L.T("Gis bort", "Given away"),
        LotState.ToRecycling => L.T("Til gjenvinning", "To recycling"),
        _ => L.T("Avvist", "Refused"),
    };
}
