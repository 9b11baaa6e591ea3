using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>"Mine poeng": the balance, the vouchers to show at the counter, and every entry of the ledger (paged).</summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class MineModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public const int VouchersShown = 100;

    public sealed record EntryRow(DateTime At, PointsEntryKind Kind, int Points, PointsAction? Action, string? Initiative, DateTime? ExpiresAt);

    public sealed record VoucherRow(string Code, string Title, string? Slug, DateTime IssuedAt, DateTime? UsedAt);

    public PointsBalance Balance { get; private set; } = new(0, 0, 0);
    public List<EntryRow> Entries { get; private set; } = [];
    public List<VoucherRow> Vouchers { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task OnGetAsync(int? fikk, string? kupong, CancellationToken ct)
    {
        if (fikk is > 0) Notice = L.T($"Du fikk {fikk} poeng.", $"You got {fikk} points.");
        else if (kupong is not null) Notice = L.T("Belønningen er din. Vis kupongkoden der du henter den.", "The reward is yours. Show the voucher code where you collect it.");
        var userId = User.UserId()!;
        var now = clock.Now.UtcDateTime;
        Balance = await PointsLedger.BalanceAsync(db, userId, now, ct);
        var entries = db.PointsEntries.AsNoTracking().Where(e => e.UserId == userId);
        Paging = Paging.For(Request, await entries.CountAsync(ct));
        Entries = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(e => new EntryRow(e.At, e.Kind, e.Points, e.Action, db.Initiatives.Where(i => i.Id == e.InitiativeId).Select(i => i.Name).FirstOrDefault(), e.ExpiresAt))
            .ToListAsync(ct);
        Vouchers = await db.Vouchers.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.UsedAt != null).ThenByDescending(v => v.IssuedAt).Take(VouchersShown)
            .Select(v => new VoucherRow(v.Code, L.IsEnglish ? v.Reward!.TitleEn : v.Reward!.TitleNb,
                db.Initiatives.Where(i => i.Id == v.Reward.InitiativeId).Select(i => i.Slug).FirstOrDefault(), v.IssuedAt, v.UsedAt))
            .ToListAsync(ct);
    }
}
