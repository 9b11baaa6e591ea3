using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.Lending;

/// <summary>A person's bookings and places on waiting lists; deleting the account frees coming bookings and keeps loans without the person.</summary>
public sealed class LendingPersonalData : IPersonalDataPart
{
    public int Order => 40;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        sections.Add(PersonalDataExport.Place.Bookings, "bookings", await db.Bookings.AsNoTracking().Where(b => b.UserId == userId).OrderBy(b => b.CreatedAt)
            .Select(b => new
            {
                Type = db.LendingTypes.Where(t => t.Id == b.TypeId).Select(t => t.Name).FirstOrDefault(), Unit = b.Unit!.Label, b.Code,
                Status = b.Status.ToString(), b.PickupAt, b.ReturnBy, b.CoBorrowerName, b.CoBorrowerAge, b.Phone, b.CreatedAt,
                b.CheckedOutAt, b.ReturnedAt, b.CancelledAt, b.ConditionNote,
            }).ToListAsync(ct));
        sections.Add(PersonalDataExport.Place.WaitingLists, "waitingLists", await db.WaitlistEntries.AsNoTracking().Where(w => w.UserId == userId).OrderBy(w => w.CreatedAt)
            .Select(w => new { Type = w.Type!.Name, Size = w.LabelKey, w.PickupAt, w.ReturnBy, w.CoBorrowerName, w.CoBorrowerAge, w.Phone, Status = w.Status.ToString(), w.CreatedAt })
            .ToListAsync(ct));
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        // Bookings not yet picked up are cancelled, so their units are free again; loans stay in the statistics without
        // the person: a unit still out keeps its row (the staff must get it back), marked as a deleted user's.
        await db.Bookings.Where(b => b.UserId == person.Id && BookingStatuses.NotHandedOut.Contains(b.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.Cancelled).SetProperty(b => b.CancelledAt, now), ct);
        await db.Bookings.Where(b => b.UserId == person.Id).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.UserId, (string?)null)
            .SetProperty(b => b.BorrowerName, PersonalData.DeletedUser)
            .SetProperty(b => b.CoBorrowerName, (string?)null)
            .SetProperty(b => b.CoBorrowerAge, (int?)null)
            .SetProperty(b => b.Phone, (string?)null), ct);
    }
}
