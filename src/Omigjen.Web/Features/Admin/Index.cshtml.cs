using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Admin;

/// <summary>The overview and the moderation queue: new registrations and takeover requests, oldest first.</summary>
public sealed class IndexModel(AppDbContext db, ModerationDecisions decisions, MunicipalClock clock, IOptions<MapOptions> map) : AdminPageModel
{
    public sealed record QueueItem(int Id, ModerationKind Kind, string InitiativeName, string Slug, ModerationState InitiativeModeration,
        string? RequesterEmail, string Message, DateTime CreatedAt);

    /// <summary>What the officer checks on a card: the description and the place, by initiative id.</summary>
    public sealed record EntryFacts(string ShortDescription, string LongDescription, InitiativeLocation? Place);

    public List<QueueItem> Queue { get; private set; } = [];
    public MapOptions Map => map.Value;
    public Dictionary<string, EntryFacts> Facts { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public int ApprovedCount { get; private set; }
    public int StaleCount { get; private set; }
    public int UserCount { get; private set; }
    public int AdminCount { get; private set; }

    [BindProperty] public int RequestId { get; set; }
    [BindProperty, StringLength(TextLimits.Message)] public string? Message { get; set; }

    /// <summary>The request whose form failed validation, to show the typed text again.</summary>
    public int? FailedRequestId { get; private set; }

    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(int? avgjort, int? epost, CancellationToken ct)
    {
        if (avgjort is { } id) await DescribeDecisionAsync(id, epost != 0, ct);
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) => DecideAsync(approve: true, ct);

    public Task<IActionResult> OnPostRejectAsync(CancellationToken ct) => DecideAsync(approve: false, ct);

    private async Task<IActionResult> DecideAsync(bool approve, CancellationToken ct)
    {
        var message = (Message ?? "").Trim();
        var field = $"{(approve ? "approve" : "reject")}-message-{RequestId}";
        if (!approve && message.Length == 0)
            Errors.Add(field, "Begrunnelse: skriv hvorfor forespørselen avvises. Teksten sendes til søkeren.",
                "Reason: write why the request is rejected. The text is sent to the requester.");
        if (message.Length > ModerationDecisions.MaxMessageLength)
            Errors.Add(field, $"Melding: kan ha høyst {ModerationDecisions.MaxMessageLength} tegn.", $"Message: can have at most {ModerationDecisions.MaxMessageLength} characters.");
        if (Errors.Any)
        {
            FailedRequestId = RequestId;
            await LoadAsync(ct);
            return Page();
        }

        var outcome = await decisions.DecideAsync(RequestId, approve, message, User, ct);
        switch (outcome.Status)
        {
            case DecisionStatus.Decided:
                return RedirectToPage("/Admin/Index", new { avgjort = RequestId, epost = outcome.EmailSent ? null : (int?)0 });

            case DecisionStatus.AlreadyDecided:
                Refusal = L.T(
                    $"Forespørselen om «{outcome.InitiativeName}» er allerede avgjort ({AdminText.Of(outcome.State ?? ModerationState.Pending).ToLowerInvariant()}). Ingenting ble endret.",
                    $"The request about “{outcome.InitiativeName}” has already been decided ({AdminText.Of(outcome.State ?? ModerationState.Pending).ToLowerInvariant()}). Nothing was changed.");
                Response.StatusCode = StatusCodes.Status409Conflict;
                break;
            default:
                Refusal = L.T("Fant ikke forespørselen. Den kan være slettet sammen med tiltaket.", "The request was not found. It may have been deleted with the initiative.");
                Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
        await LoadAsync(ct);
        return Page();
    }

    private async Task DescribeDecisionAsync(int id, bool emailSent, CancellationToken ct)
    {
        var decided = await db.ModerationRequests.AsNoTracking().Where(r => r.Id == id && r.State != ModerationState.Pending)
            .Join(db.Initiatives, r => r.InitiativeId, i => i.Id, (r, i) => new { r.State, r.Kind, i.Name })
            .FirstOrDefaultAsync(ct);
        if (decided is null) return;
        var what = decided.State == ModerationState.Approved ? L.T("Godkjent", "Approved") : L.T("Avvist", "Rejected");
        StatusMessage = $"{what}: «{decided.Name}». " + (emailSent
            ? L.T("Søkeren får e-post om det.", "The requester is told by e-mail.")
            : L.T("Søkeren får ikke e-post (ingen adresse).", "No e-mail goes to the requester (no address)."));
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var pending = db.ModerationRequests.AsNoTracking().Where(r => r.State == ModerationState.Pending);
        Paging = Paging.For(Request, await pending.CountAsync(ct));
        Queue = await (
                from r in pending
                join i in db.Initiatives on r.InitiativeId equals i.Id
                join u in db.Users on r.UserId equals u.Id into requesters
                from u in requesters.DefaultIfEmpty()
                orderby r.CreatedAt, r.Id
                select new QueueItem(r.Id, r.Kind, i.Name, i.Slug, i.Moderation, u == null ? null : u.Email, r.Message, r.CreatedAt))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        var slugs = Queue.Select(q => q.Slug).Distinct().ToList();
        var entries = await db.Initiatives.AsNoTracking().Include(i => i.Locations).Where(i => slugs.Contains(i.Slug)).ToListAsync(ct);
        Facts = entries.ToDictionary(i => i.Slug, i => new EntryFacts(
            L.T(i.ShortDescription.Nb, i.ShortDescription.En ?? i.ShortDescription.Nb), L.T(i.LongDescription.Nb, i.LongDescription.En ?? i.LongDescription.Nb),
            i.Locations.OrderBy(l => l.Id).FirstOrDefault()));

        var cutoff = StaleModel.Cutoff(clock);
        ApprovedCount = await db.Initiatives.Approved().CountAsync(ct);
        StaleCount = await db.Initiatives.Approved().CountAsync(i => i.LastConfirmed == null || i.LastConfirmed < cutoff, ct);
        UserCount = await db.Users.CountAsync(ct);
        AdminCount = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.Admin select ur.UserId).CountAsync(ct);
    }
}
