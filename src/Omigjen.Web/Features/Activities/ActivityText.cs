using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Activities;

/// <summary>The words for activities in both languages, and the kinds as URL tokens (repair-cafe, swap-market).</summary>
public static class ActivityText
{
    public static (string Nb, string En) Kind(ActivityKind kind) => kind switch
    {
        ActivityKind.RepairCafe => ("Reparasjonskafé", "Repair café"),
        ActivityKind.Course => ("Kurs", "Course"),
        ActivityKind.SwapMarket => ("Byttemarked", "Swap market"),
        ActivityKind.Children => ("For barn", "For children"),
        ActivityKind.PopUpMarket => ("Pop-up-marked", "Pop-up market"),
        _ => ("Annet", "Other"),
    };

    public static string Token(ActivityKind kind) => kind switch
    {
        ActivityKind.RepairCafe => "repair-cafe",
        ActivityKind.SwapMarket => "swap-market",
        ActivityKind.PopUpMarket => "pop-up-market",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryKind(string? token, out ActivityKind kind)
    {
        foreach (var k in Enum.GetValues<ActivityKind>())
        {
            if (string.Equals(Token(k), token, StringComparison.OrdinalIgnoreCase) || string.Equals(k.ToString(), token, StringComparison.OrdinalIgnoreCase))
            {
                kind = k;
                return true;
            }
        }
        kind = default;
        return false;
    }

    public static (string Nb, string En) Status(OccasionStatus status) => status switch
    {
        OccasionStatus.Cancelled => ("Avlyst", "Cancelled"),
        OccasionStatus.Moved => ("Flyttet", "Moved"),
        _ => ("Planlagt", "Scheduled"),
    };
}

/// <summary>Where an activity at an initiative's own place is: the initiative's name and address.</summary>
public static class ActivityPlaces
{
    public static async Task<Dictionary<int, string>> ForInitiativesAsync(AppDbContext db, IReadOnlyCollection<int> initiativeIds, DateOnly today,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.InitiativeLocations.AsNoTracking().Where(l => initiativeIds.Contains(l.InitiativeId)).OrderBy(l => l.Id)
            .Select(l => new { l.InitiativeId, l.Address, l.PostalCode, l.City, l.ValidFrom, l.ValidTo, Name = l.Name }).ToListAsync(ct);
        var names = await db.Initiatives.AsNoTracking().Where(i => initiativeIds.Contains(i.Id)).Select(i => new { i.Id, i.Name }).ToDictionaryAsync(i => i.Id, i => i.Name, ct);
        var result = new Dictionary<int, string>();
        foreach (var g in rows.GroupBy(r => r.InitiativeId))
        {
            var l = g.FirstOrDefault(r => (r.ValidFrom is null || r.ValidFrom <= today) && (r.ValidTo is null || today <= r.ValidTo)) ?? g.First();
            var city = string.Join(' ', new[] { l.PostalCode, l.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var parts = new[] { names.GetValueOrDefault(g.Key), l.Address, city }.Where(s => !string.IsNullOrWhiteSpace(s));
            result[g.Key] = string.Join(", ", parts);
        }
        return result;
    }
}
