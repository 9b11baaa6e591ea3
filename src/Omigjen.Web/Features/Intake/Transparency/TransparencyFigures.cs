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
/// the municipality's calendar months: a lot decided at 00:30 on 1 February in Norway counts in February, although it is
/// still January in UTC. SQLite has no time zones, so the months' bounds are computed here and each month is one
/// conditional sum.
/// </summary>
public static class TransparencyFigures
{
    public static async Task<List<PartnerCategoryYear>> YearAsync(AppDbContext db, int year, TimeZoneInfo zone, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(zone);
        var b = Enumerable.Range(0, 13)
            .Select(m => TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified).AddMonths(m), zone)).ToArray();
        DateTime b0 = b[0], b1 = b[1], b2 = b[2], b3 = b[3], b4 = b[4], b5 = b[5], b6 = b[6], b7 = b[7], b8 = b[8], b9 = b[9], b10 = b[10], b11 = b[11], b12 = b[12];
        var rows = await db.AllocationDecisions.AsNoTracking()
            .Where(d => d.PartnerId != null && d.DecidedAt >= b0 && d.DecidedAt < b12)
            .GroupBy(d => new { PartnerId = d.PartnerId!.Value, d.Category })
            .Select(g => new
            {
                g.Key.PartnerId, g.Key.Category,
                M1 = g.Sum(d => d.DecidedAt < b1 ? (double)d.WeightKg : 0),
                M2 = g.Sum(d => d.DecidedAt >= b1 && d.DecidedAt < b2 ? (double)d.WeightKg : 0),
                M3 = g.Sum(d => d.DecidedAt >= b2 && d.DecidedAt < b3 ? (double)d.WeightKg : 0),
                M4 = g.Sum(d => d.DecidedAt >= b3 && d.DecidedAt < b4 ? (double)d.WeightKg : 0),
                M5 = g.Sum(d => d.DecidedAt >= b4 && d.DecidedAt < b5 ? (double)d.WeightKg : 0),
                M6 = g.Sum(d => d.DecidedAt >= b5 && d.DecidedAt < b6 ? (double)d.WeightKg : 0),
                M7 = g.Sum(d => d.DecidedAt >= b6 && d.DecidedAt < b7 ? (double)d.WeightKg : 0),
                M8 = g.Sum(d => d.DecidedAt >= b7 && d.DecidedAt < b8 ? (double)d.WeightKg : 0),
                M9 = g.Sum(d => d.DecidedAt >= b8 && d.DecidedAt < b9 ? (double)d.WeightKg : 0),
                M10 = g.Sum(d => d.DecidedAt >= b9 && d.DecidedAt < b10 ? (double)d.WeightKg : 0),
                M11 = g.Sum(d => d.DecidedAt >= b10 && d.DecidedAt < b11 ? (double)d.WeightKg : 0),
                M12 = g.Sum(d => d.DecidedAt >= b11 ? (double)d.WeightKg : 0),
            })
            .ToListAsync(ct);
        var sums = rows.Select(r => (r.PartnerId, r.Category, Months: new[] { r.M1, r.M2, r.M3, r.M4, r.M5, r.M6, r.M7, r.M8, r.M9, r.M10, r.M11, r.M12 })).ToList();
        var ids = sums.Select(s => s.PartnerId).Distinct().ToList();
        var partners = await (from p in db.IntakePartners.AsNoTracking()
                              join i in db.Initiatives on p.InitiativeId equals i.Id
                              where ids.Contains(p.Id)
                              select new { p.Id, i.Name, p.NonProfit }).ToDictionaryAsync(p => p.Id, ct);
        return sums
            .Select(s =>
            {
                var p = partners[s.PartnerId];
                return new PartnerCategoryYear(p.Id, p.Name, p.NonProfit, s.Category, s.Months.Select(kg => Math.Round(kg, 3)).ToList());
            })
            .OrderBy(r => r.Partner, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("nb-NO"), false)).ThenBy(r => r.PartnerId).ThenBy(r => r.Category)
            .ToList();
    }
}
