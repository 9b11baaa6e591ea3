using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Lots;

namespace Omigjen.Web.Features.Intake.Transparency;

/// <summary>Kg allocated to one partner in one category, month by month (index 0 is January).</summary>
public sealed record PartnerCategoryYear(int PartnerId, string Partner, bool NonProfit, IntakeCategory Category, IReadOnlyList<double> Months)
{
    public double Total => Months.Sum();
}

/// <summary>
/// The published figures: kg allocated per partner, category and month of one year, summed in the database. Months are
/// calendar months in UTC (a lot decided in the first hour or two of a month in Norway counts in the month before).
/// </summary>
public static class TransparencyFigures
{
    public static async Task<List<PartnerCategoryYear>> YearAsync(AppDbContext db, int year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var to = from.AddYears(1);
        var sums = await db.AllocationDecisions.AsNoTracking()
            .Where(d => d.PartnerId != null && d.DecidedAt >= from && d.DecidedAt < to)
            .GroupBy(d => new { PartnerId = d.PartnerId!.Value, d.Category, d.DecidedAt.Month })
            .Select(g => new { g.Key.PartnerId, g.Key.Category, g.Key.Month, Kg = g.Sum(d => (double)d.WeightKg) })
            .ToListAsync(ct);
        var ids = sums.Select(s => s.PartnerId).Distinct().ToList();
        var partners = await (from p in db.IntakePartners.AsNoTracking()
                              join i in db.Initiatives on p.InitiativeId equals i.Id
                              where ids.Contains(p.Id)
                              select new { p.Id, i.Name, p.NonProfit }).ToDictionaryAsync(p => p.Id, ct);
        return sums.GroupBy(s => (s.PartnerId, s.Category))
            .Select(g =>
            {
                var months = new double[12];
                foreach (var s in g) months[s.Month - 1] = Math.Round(s.Kg, 3);
                var p = partners[g.Key.PartnerId];
                return new PartnerCategoryYear(p.Id, p.Name, p.NonProfit, g.Key.Category, months);
            })
            .OrderBy(r => r.Partner, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb-NO"), false)).ThenBy(r => r.PartnerId).ThenBy(r => r.Category)
            .ToList();
    }
}
