using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>Reads a resident's ledger.</summary>
public static class PointsLedger
{
    public static async Task<PointsBalance> BalanceAsync(AppDbContext db, string userId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.PointsEntries.AsNoTracking().Where(e => e.UserId == userId)
            .Select(e => new { e.Kind, e.Points, e.At, e.ExpiresAt }).ToListAsync(ct);
        return PointsBalance.Of(
            rows.Where(r => r.Kind == PointsEntryKind.Credit).Select(r => new PointsBalance.Credit(r.At, r.Points, r.ExpiresAt ?? DateTime.MaxValue)),
            rows.Where(r => r.Kind == PointsEntryKind.Redemption).Select(r => new PointsBalance.Debit(r.At, -r.Points)),
            now);
    }
}
