using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Manage;

/// <summary>
/// The initiative's lendable types (any member): units by state and bookings under way, with links to edit each and
/// to add a new one. Archived types are listed on their own (<c>?arkiv=1</c>).
/// </summary>
public sealed class LendingIndexModel(AppDbContext db, InitiativeAccess access, TimeProvider time) : InitiativePageModel(db, access)
{
    public sealed record TypeRow(int Id, string Name, GoodsCategory Category, LendingPriceKind PriceKind, int PriceNok, bool Archived,
                                 int Available, int Maintenance, int Retired, int Coming, int Out);

    public List<TypeRow> Types { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public bool ShowArchived { get; private set; }
    public int ArchivedCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? arkiv, CancellationToken ct)
    {
        ShowArchived = arkiv == "1";
        var id = Initiative.Id;
        var now = time.GetUtcNow().UtcDateTime;
        var query = Db.LendingTypes.AsNoTracking().Where(t => t.InitiativeId == id && t.Archived == ShowArchived);
        ArchivedCount = await Db.LendingTypes.CountAsync(t => t.InitiativeId == id && t.Archived, ct);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Types = await query.OrderBy(t => t.Name).ThenBy(t => t.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(t => new TypeRow(t.Id, t.Name, t.Category, t.PriceKind, t.PriceNok, t.Archived,
                t.Units.Count(u => u.State == LendingUnitState.Available),
                t.Units.Count(u => u.State == LendingUnitState.Maintenance),
                t.Units.Count(u => u.State == LendingUnitState.Retired),
                Db.Bookings.Count(b => b.TypeId == t.Id && b.Status == BookingStatus.Booked && b.ReturnBy > now),
                Db.Bookings.Count(b => b.TypeId == t.Id && b.Status == BookingStatus.CheckedOut)))
            .ToListAsync(ct);
        return Page();
    }
}
