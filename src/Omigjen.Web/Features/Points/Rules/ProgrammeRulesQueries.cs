using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Points.Rules;

public static class ProgrammeRulesQueries
{
    /// <summary>The current rules, or the defaults while an administrator has not saved any.</summary>
    public static async Task<ProgrammeRules> CurrentAsync(this AppDbContext db, CancellationToken ct) =>
        await db.PointsRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == ProgrammeRules.SingletonId, ct) ?? new ProgrammeRules();
}
