using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Admin;

/// <summary>
/// Notices that could not be sent (or, with <c>?vis=ventende</c>, that wait to be sent), newest first, with the last
/// error; "Prøv igjen" gives a notice a fresh set of attempts.
/// </summary>
public sealed class OutboxModel(AppDbContext db, AuditLog audit, MunicipalClock clock) : AdminPageModel
{
    public const string PendingToken = "ventende";

    public sealed record Row(long Id, string Kind, NoticeChannel Channel, string Recipient, DateTime CreatedAt, int Attempts,
        DateTime? NextAttemptAt, DateTime? FailedAt, string? LastError);

    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public bool ShowPending { get; private set; }
    public MunicipalClock Clock => clock;

    [BindProperty] public long NoticeId { get; set; }

    public async Task OnGetAsync(string? vis, string? provd, CancellationToken ct)
    {
        if (provd is not null)
            StatusMessage = L.T("Varselet sendes på nytt om litt.", "The notice will be sent again shortly.");
        await LoadAsync(vis == PendingToken, ct);
    }

    public async Task<IActionResult> OnPostRetryAsync(CancellationToken ct)
    {
        if (await NoticeSender.RetryAsync(db, NoticeId, ct) == 0)
        {
            Refusal = L.T("Fant ikke varselet, eller det er alt sendt.", "The notice was not found, or it has been sent already.");
            Response.StatusCode = StatusCodes.Status404NotFound;
            await LoadAsync(false, ct);
            return Page();
        }
        await audit.WriteAsync("notice-retried", User.UserId(), User.Identity?.Name ?? "",
            detail: NoticeId.ToString(System.Globalization.CultureInfo.InvariantCulture), ct: ct);
        return RedirectToPage(new { provd = 1 });
    }

    private async Task LoadAsync(bool pending, CancellationToken ct)
    {
        ShowPending = pending;
        var query = pending
            ? db.Notices.AsNoTracking().Where(n => n.SentAt == null && n.FailedAt == null)
            : db.Notices.AsNoTracking().Where(n => n.FailedAt != null);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderByDescending(n => n.Id)
            .Select(n => new Row(n.Id, n.Kind, n.Channel, n.Recipient, n.CreatedAt, n.Attempts, n.NextAttemptAt, n.FailedAt, n.LastError))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }
}
