using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>
/// The initiative's items, newest first, filtered by status, each with one-tap "sold / given away" and "remove". Selling
/// takes one unit that nobody holds; a unit held for pickup is handed over through the reservation instead.
/// </summary>
public sealed class ItemListModel(AppDbContext db, InitiativeAccess access, TimeProvider time, AuditLog audit, ImpactLedger ledger)
    : InitiativePageModel(db, access)
{
    public static readonly IReadOnlyList<(string Token, ItemStatus? Status)> Filters =
    [
        ("alle", null), ("tilgjengelig", ItemStatus.Available), ("holdt-av", ItemStatus.Reserved), ("solgt", ItemStatus.Sold), ("fjernet", ItemStatus.Removed),
    ];

    public sealed record Row(int Id, string Title, int PriceNok, int Quantity, int Available, ItemStatus Status, ItemPhoto? Photo)
    {
        public int Held => Quantity - Available;
        public bool CanSell => Available > 0 && Status is ItemStatus.Available or ItemStatus.Reserved;
        public bool AllHeld => Quantity > 0 && Available == 0 && Status is ItemStatus.Available or ItemStatus.Reserved;
    }

    public string Filter { get; private set; } = "alle";
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }

    /// <summary>After a sale, when the initiative gives OMigjen points: the sold act a points code can be issued for.</summary>
    public string? PointsReference { get; private set; }

    public static string FilterLabel(string token) => token switch
    {
        "tilgjengelig" => L.T("Tilgjengelig", "Available"),
        "holdt-av" => L.T("Holdt av", "Reserved"),
        "solgt" => L.T("Solgt / gitt bort", "Sold / given away"),
        "fjernet" => L.T("Fjernet", "Removed"),
        _ => L.T("Alle", "All"),
    };

    public async Task<IActionResult> OnGetAsync(string slug, string? vis, string? melding, int? vare, long? handling, CancellationToken ct)
    {
        var filter = Filters.FirstOrDefault(f => f.Token == vis);
        Filter = filter.Token ?? "alle";
        var query = Db.Items.AsNoTracking().Where(i => i.InitiativeId == Initiative.Id);
        if (filter.Status is { } status) query = query.Where(i => i.Status == status);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Skip(Paging.Skip).Take(Paging.PageSize)
            .Select(i => new Row(i.Id, i.Title, i.PriceNok, i.Quantity, i.Available, i.Status,
                i.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).FirstOrDefault()))
            .ToListAsync(ct);
        if (melding is not null && vare is { } itemId) await DescribeAsync(melding, itemId, ct);
        if (melding == "solgt" && vare is { } soldId && handling is { } actId
            && await Db.ReuseActs.AnyAsync(a => a.Id == actId && a.InitiativeId == Initiative.Id && a.Source == ReuseSource.Item && a.SourceId == soldId, ct)
            && await Db.PointsIssuers.Active().AnyAsync(p => p.InitiativeId == Initiative.Id, ct))
            PointsReference = ReuseActReference.For(actId);
        return Page();
    }

    /// <summary>"Solgt / gitt bort": one unit that nobody holds is gone; the last one makes the item sold.</summary>
    public async Task<IActionResult> OnPostSoldAsync(string slug, int id, string? vis, int? side, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // The unit and its impact entry stand or fall together.
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        // One statement, guarded by Available > 0: two taps at once (or a hold at the same moment) never take the same unit.
        var changed = await Db.Items
            .Where(i => i.Id == id && i.InitiativeId == Initiative.Id && i.Available > 0 && (i.Status == ItemStatus.Available || i.Status == ItemStatus.Reserved))
            .ExecuteUpdateAsync(s => s
                .SetProperty(i => i.Quantity, i => i.Quantity - 1)
                .SetProperty(i => i.Available, i => i.Available - 1)
                .SetProperty(i => i.Status, i => i.Quantity == 1 ? ItemStatus.Sold : i.Available == 1 ? ItemStatus.Reserved : ItemStatus.Available)
                .SetProperty(i => i.UpdatedAt, now), ct);
        if (changed == 0)
        {
            await transaction.RollbackAsync(ct);
            var item = await Db.Items.AsNoTracking().Where(i => i.Id == id && i.InitiativeId == Initiative.Id)
                .Select(i => new { i.Quantity, i.Available, i.Status }).FirstOrDefaultAsync(ct);
            if (item is null) return NotFound();
            var reason = item.Quantity > 0 && item.Available == 0 && item.Status != ItemStatus.Removed ? "holdt" : "ikke-solgt";
            return Back(slug, vis, side, reason, id);
        }
        var sold = await Db.Items.AsNoTracking().Where(i => i.Id == id).Select(i => new { i.Category, i.WeightKg }).FirstAsync(ct);
        var act = await ledger.RecordAsync(Db, new(ReuseActKind.ItemSold, Initiative.Id, sold.Category, 1, sold.WeightKg, null, id), ct);
        await transaction.CommitAsync(ct);
        await audit.WriteAsync("item-sold", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"item {id}: one unit", ct);
        return Back(slug, vis, side, "solgt", id, act?.Id);
    }

    /// <summary>"Fjern": the item is taken down (it can be put back from the edit page). Not while someone holds it.</summary>
    public async Task<IActionResult> OnPostRemoveAsync(string slug, int id, string? vis, int? side, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var changed = await Db.Items
            .Where(i => i.Id == id && i.InitiativeId == Initiative.Id && i.Status != ItemStatus.Removed && i.Available == i.Quantity)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ItemStatus.Removed).SetProperty(i => i.UpdatedAt, now), ct);
        if (changed == 0)
        {
            var item = await Db.Items.AsNoTracking().Where(i => i.Id == id && i.InitiativeId == Initiative.Id)
                .Select(i => new { i.Status }).FirstOrDefaultAsync(ct);
            if (item is null) return NotFound();
            return Back(slug, vis, side, item.Status == ItemStatus.Removed ? "fjernet" : "har-hold", id);
        }
        await audit.WriteAsync("item-removed", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"item {id}", ct);
        return Back(slug, vis, side, "fjernet", id);
    }

    private RedirectToPageResult Back(string slug, string? vis, int? side, string message, int id, long? actId = null)
    {
        var values = new RouteValueDictionary { ["slug"] = slug };
        if (Filters.Any(f => f.Token == vis) && vis != "alle") values["vis"] = vis;
        if (side is > 1) values[Paging.QueryKey] = side.Value;
        values["melding"] = message;
        values["vare"] = id;
        if (actId is not null) values["handling"] = actId;
        return RedirectToPage("/Items/Manage/Index", values);
    }


    private async Task DescribeAsync(string message, int id, CancellationToken ct)
    {
        var item = await Db.Items.AsNoTracking().Where(i => i.Id == id && i.InitiativeId == Initiative.Id)
            .Select(i => new { i.Title, i.Quantity, i.Available }).FirstOrDefaultAsync(ct);
        if (item is null) return;
        switch (message)
        {
            case "solgt" when item.Quantity > 0:
                Notice = L.T($"Registrert som solgt / gitt bort: én av «{item.Title}». {item.Quantity} igjen.",
                    $"Recorded as sold / given away: one of “{item.Title}”. {item.Quantity} left.");
                break;
            case "solgt":
                Notice = L.T($"«{item.Title}» er solgt / gitt bort.", $"“{item.Title}” is sold / given away.");
                break;
            case "fjernet":
                Notice = L.T($"«{item.Title}» er fjernet og vises ikke lenger for andre.", $"“{item.Title}” is removed and no longer shown to others.");
                break;
            case "holdt":
                Problem = L.T($"«{item.Title}» kan ikke merkes som solgt her: alle som er igjen er reservert for henting. Merk reservasjonen som hentet eller frigi den først.",
                    $"“{item.Title}” cannot be marked sold here: every unit left is held for pickup. Mark the reservation collected or release it first.");
                break;
            case "har-hold":
                Problem = L.T($"«{item.Title}» kan ikke fjernes mens noen har reservert den. Merk reservasjonen som hentet eller frigi den først.",
                    $"“{item.Title}” cannot be removed while someone holds it. Mark the reservation collected or release it first.");
                break;
            case "ikke-solgt":
                Problem = L.T($"«{item.Title}» er ikke til salgs nå, så den kan ikke merkes som solgt.", $"“{item.Title}” is not for sale now, so it cannot be marked sold.");
                break;
        }
    }
}
