using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Reservations;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>Look-ups shared by the item pages.</summary>
public static class ItemPageData
{
    /// <summary>The initiative's places in a stable order: the first is the default.</summary>
    public static List<InitiativeLocation> Places(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Locations.OrderBy(l => l.Id).ToList();
    }

    /// <summary>The number of holds on the item that are still active: the quantity may not go below it.</summary>
    public static Task<int> ActiveHoldsAsync(AppDbContext db, int itemId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Reservations.CountAsync(r => r.ItemId == itemId && r.Status == ReservationStatus.Active, ct);
    }
}
