using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Items;

/// <summary>
/// Units of items held for pickup, counted by the feature that keeps the holds (Reservations): an item's quantity may
/// not go below them. Asked through the caller's context, so the count is read in its transaction.
/// </summary>
public interface IItemHolds
{
    /// <summary>The number of active holds on one item.</summary>
    Task<int> ActiveOnItemAsync(AppDbContext db, int itemId, CancellationToken ct);

    /// <summary>The number of active holds per item of one initiative; items without holds are left out.</summary>
    Task<Dictionary<int, int>> ActiveByItemAsync(AppDbContext db, int initiativeId, CancellationToken ct);
}
