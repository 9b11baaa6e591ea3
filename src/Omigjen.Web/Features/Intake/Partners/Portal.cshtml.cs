using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Intake.Partners;

/// <summary>
/// The partner's own page (any member of the initiative): its agreement and pickup plan, the extra lots open to it now
/// with a claim button each, and what it was allocated lately.
/// </summary>
public sealed class PortalModel(AppDbContext db, InitiativeAccess access, LotClaimer claimer, PickupCancellation cancellation, PickupReport report,
                                MunicipalClock clock, TimeProvider time)
    : InitiativePageModel(db, access)
{
    public const string OffersId = "offers";
    public const string PickupsId = "pickups";

    public sealed record Offer(long LotId, string Station, IntakeCategory Category, int Count, decimal WeightKg, DateTime ClaimsCloseAt, bool Claimed);

    public sealed record Received(long LotId, string Station, IntakeCategory Category, decimal WeightKg, DateTime DecidedAt, DateTime? ConfirmedAt, string ReasonNb, string ReasonEn);

    [BindProperty] public long LotId { get; set; }

    [BindProperty] public long PickupId { get; set; }

    [BindProperty, StringLength(PickupForm.ReasonMax)] public string? CancelReason { get; set; }

    public List<PickupRow> Pickups { get; private set; } = [];

    public Partner? Partner { get; private set; }
    public List<(string Station, PickupPlan Plan)> Plans { get; private set; } = [];
    public List<Offer> Offers { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public List<Received> Latest { get; private set; } = [];
    public string? StatusMessage { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, string? meldt, string? avlyst, string? utfort, CancellationToken ct)
    {
        if (meldt is not null) StatusMessage = L.T(LotClaimer.Text(ClaimOutcome.Claimed).Nb, LotClaimer.Text(ClaimOutcome.Claimed).En);
        if (avlyst is not null) StatusMessage = L.T(PickupCancellation.Text(CancelOutcome.Cancelled).Nb, PickupCancellation.Text(CancelOutcome.Cancelled).En);
        if (utfort is not null) StatusMessage = L.T(PickupReport.Text(ReportOutcome.Done).Nb, PickupReport.Text(ReportOutcome.Done).En);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostClaimAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        var outcome = await claimer.ClaimAsync(Initiative.Id, LotId, User.UserId(), ct);
        if (outcome is ClaimOutcome.Claimed or ClaimOutcome.AlreadyClaimed) return RedirectToPage(new { slug, meldt = 1 });
        var (nb, en) = LotClaimer.Text(outcome);
        ModelState.AddError(nameof(LotId), OffersId, nb, en);
        Response.StatusCode = outcome switch
        {
            ClaimOutcome.NotFound => StatusCodes.Status404NotFound,
            ClaimOutcome.WindowClosed => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        };
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelPickupAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        if (Partner is null) return NotFound();
        if (PickupForm.Reason(CancelReason, $"reason-{PickupId}", $"reason-{PickupId}", ModelState) is not { } reason)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await cancellation.CancelAsync(PickupId, PickupSide.Partner, Partner.Id, User.UserId()!, reason, ct);
        if (outcome == CancelOutcome.Cancelled) return RedirectToPage(new { slug, avlyst = 1 });
        ModelState.AddError(nameof(PickupId), PickupsId, PickupCancellation.Text(outcome));
        Response.StatusCode = outcome == CancelOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConfirmPickupAsync(string slug, CancellationToken ct)
    {
        ModelState.Clear();
        await LoadAsync(ct);
        if (Partner is null) return NotFound();
        var categories = await PickupReport.CategoriesAsync(Db, PickupId, Partner.Id, ct);
        if (PickupForm.Read(Request.Form, categories, ModelState, $"-{PickupId}") is not { } kg)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await report.ConfirmAsync(PickupId, Partner.Id, kg, User.UserId(), ct);
        if (outcome == ReportOutcome.Done) return RedirectToPage(new { slug, utfort = 1 });
        var (nb, en) = PickupReport.Text(outcome);
        if (outcome == ReportOutcome.AlreadyDone) StatusMessage = L.T(nb, en);
        else ModelState.AddError(nameof(PickupId), PickupsId, nb, en);
        Response.StatusCode = outcome == ReportOutcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status409Conflict;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Partner = await Db.IntakePartners.AsNoTracking().Include(p => p.Categories).Include(p => p.Plans).FirstOrDefaultAsync(p => p.InitiativeId == Initiative.Id, ct);
        if (Partner is null)
        {
            Paging = Paging.For(Request, 0);
            return;
        }
        Pickups = await PickupRow.ListAsync(Db, PickupRow.Owner.Partner, Partner.Id, clock.Today, ct);
        var stations = await Db.Stations.AsNoTracking().Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        Plans = Partner.Plans.OrderBy(p => p.Weekday).Select(p => (stations.GetValueOrDefault(p.StationId, ""), p)).ToList();
        var partnerId = Partner.Id;
        var now = time.GetUtcNow().UtcDateTime;
        var categories = Partner.InForceOn(clock.Today) ? Partner.Categories.Select(c => c.Category).ToList() : [];
        var open = from a in Db.LotAnnouncements.AsNoTracking()
                   join l in Db.IntakeLots on a.LotId equals l.Id
                   where a.ClosedAt == null && a.ClaimsCloseAt > now && categories.Contains(l.Category)
                   select new { a, l };
        Paging = Paging.For(Request, await open.CountAsync(ct));
        Offers = await open.OrderBy(x => x.a.ClaimsCloseAt).ThenBy(x => x.a.LotId).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(x => new Offer(x.l.Id, Db.Stations.Where(s => s.Id == x.l.StationId).Select(s => s.Name).FirstOrDefault() ?? "", x.l.Category, x.l.Count, x.l.WeightKg,
                x.a.ClaimsCloseAt, Db.LotClaims.Any(c => c.LotId == x.l.Id && c.PartnerId == partnerId)))
            .ToListAsync(ct);
        Latest = await Db.AllocationDecisions.AsNoTracking().Where(d => d.PartnerId == partnerId).OrderByDescending(d => d.DecidedAt).ThenByDescending(d => d.Id).Take(10)
            .Select(d => new Received(d.LotId, Db.Stations.Where(s => s.Id == d.StationId).Select(s => s.Name).FirstOrDefault() ?? "", d.Category, d.WeightKg, d.DecidedAt, d.ConfirmedAt,
                d.ReasonNb, d.ReasonEn))
            .ToListAsync(ct);
    }
}
