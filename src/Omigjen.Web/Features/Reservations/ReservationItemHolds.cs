using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Items;

namespace Omigjen.Web.Features.Reservations;

/// <summary>The item pages' and the importer's view of the holds: the active reservations.</summary>
public sealed class ReservationItemHolds : IItemHolds
{
    public Task<int> ActiveOnItemAsync(AppDbContext db, int itemId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Reservations.CountAsync(r => r.ItemId == itemId && r.Status == ReservationStatus.Active, ct);
    }

    public Task<Dictionary<int, int>> ActiveByItemAsync(AppDbContext db, int initiativeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Reservations.AsNoTracking().Where(r => r.Status == ReservationStatus.Active && r.Item!.InitiativeId == initiativeId)
            .GroupBy(r => r.ItemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
    }
}
