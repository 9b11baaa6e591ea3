using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Points.Ledger;

namespace Omigjen.Web.Features.Points;

/// <summary>A person's points and vouchers; deleting the account keeps the entries for the totals, without the person.</summary>
public sealed class PointsPersonalData : IPersonalDataPart
{
    public int Order => 50;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        sections.Add(PersonalDataExport.Place.Points, "points", await db.PointsEntries.AsNoTracking().Where(e => e.UserId == userId).OrderBy(e => e.At).ThenBy(e => e.Id).ThenBy(e => e.Id)
            .Select(e => new
            {
                Kind = e.Kind.ToString(), e.Points, Action = e.Action.HasValue ? e.Action.Value.ToString() : null, e.At, e.ExpiresAt,
                Initiative = db.Initiatives.Where(i => i.Id == e.InitiativeId).Select(i => i.Name).FirstOrDefault(),
            }).ToListAsync(ct));
        sections.Add(PersonalDataExport.Place.Vouchers, "vouchers", await db.Vouchers.AsNoTracking().Where(v => v.UserId == userId).OrderBy(v => v.IssuedAt).ThenBy(v => v.Id)
            .Select(v => new { Reward = v.Reward!.TitleNb, v.Code, v.PointsPaid, v.IssuedAt, v.UsedAt }).ToListAsync(ct));
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.PointsEntries.Where(e => e.UserId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(e => e.UserId, (string?)null), ct);
        await db.Vouchers.Where(v => v.UserId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(v => v.UserId, (string?)null), ct);
        await db.PointsCodes.Where(c => c.ClaimedByUserId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.ClaimedByUserId, (string?)null), ct);
        await db.PointsCodes.Where(c => c.IssuedByUserId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.IssuedByUserId, (string?)null), ct);
        await db.PointsCounters.Where(c => (c.Scope == CounterScope.ResidentDay || c.Scope == CounterScope.ResidentMonth) && c.Key == person.Id).ExecuteDeleteAsync(ct);
        await db.PointsAccounts.Where(a => a.UserId == person.Id).ExecuteDeleteAsync(ct);
    }
}
