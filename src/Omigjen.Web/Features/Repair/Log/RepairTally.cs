using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>A session's counts by outcome and one page of its entries, newest first.</summary>
public sealed record RepairTally(OutcomeCounts Counts, IReadOnlyList<RepairTally.Row> Rows, Paging Paging)
{
    public const int PageSize = 10;

    public sealed record Row(int Id, RepairCategory Category, string? Brand, RepairOutcome Outcome, string Problem, string? LoggedById);

    public static async Task<RepairTally> LoadAsync(AppDbContext db, int initiativeId, RepairSession session, HttpRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(session);
        var entries = session.Entries(db, initiativeId).AsNoTracking();
        var byOutcome = await entries.GroupBy(e => e.Outcome).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var counts = byOutcome.Aggregate(OutcomeCounts.Zero, (c, g) => c.Add(g.Key, g.Count));
        var paging = Paging.For(request, counts.Total, PageSize);
        var rows = await entries.OrderByDescending(e => e.Id).Skip(paging.Skip).Take(paging.PageSize)
            .Select(e => new { e.Id, e.OrdsCategoryId, e.GoodsCategory, e.Brand, e.Outcome, e.Problem, e.LoggedById })
            .ToListAsync(ct);
        return new RepairTally(counts,
            rows.Select(r => new Row(r.Id, new RepairCategory(r.OrdsCategoryId, r.GoodsCategory), r.Brand, r.Outcome, r.Problem, r.LoggedById)).ToList(),
            paging);
    }
}
