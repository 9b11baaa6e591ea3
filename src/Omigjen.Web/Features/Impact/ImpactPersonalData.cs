using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Ledger;

namespace Omigjen.Web.Features.Impact;

/// <summary>
/// A person's entries in the impact ledger. Deleting the account keeps the entries in the municipality's figures without
/// the person (the user id is set to null here and by the foreign key).
/// </summary>
public sealed class ImpactPersonalData : IPersonalDataPart
{
    /// <summary>After the bookings and waiting lists, before the audit log.</summary>
    public const int ExportPlace = 85;

    public int Order => 45;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        var rows = await db.Set<ReuseAct>().AsNoTracking().OfPerson(db.Set<ReuseActLink>(), userId).OrderBy(a => a.At).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, Kind = a.Kind.ToString(), Channel = a.Channel.ToString(), Category = a.Category.ToString(),
                Initiative = db.Initiatives.Where(i => i.Id == a.InitiativeId).Select(i => i.Name).FirstOrDefault(),
                a.Quantity, a.WeightGrams, WeightSource = a.WeightSource.ToString(), a.Co2eGrams, a.FactorSetVersion,
                a.ReversesId, a.At, a.RecordedAt,
            }).ToListAsync(ct);
        sections.Add(ExportPlace, "reuseActs", rows);
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        await db.Set<ReuseActLink>().Where(l => l.UserId == person.Id).ExecuteDeleteAsync(ct);
        await db.Set<ReuseAct>().Where(a => a.UserId == person.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.UserId, (string?)null), ct);
    }
}
