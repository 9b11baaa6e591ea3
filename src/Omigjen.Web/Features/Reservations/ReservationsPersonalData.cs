using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items;

namespace Omigjen.Web.Features.Reservations;

/// <summary>A person's holds; deleting the account gives the held units back.</summary>
public sealed class ReservationsPersonalData : IPersonalDataPart
{
    public int Order => 20;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        sections.Add(PersonalDataExport.Place.Reservations, "reservations", await db.Reservations.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.CreatedAt)
            .Select(r => new { r.ItemId, Item = r.Item!.Title, r.Code, Status = r.Status.ToString(), r.CreatedAt, r.ExpiresAt, r.EndedAt }).ToListAsync(ct));
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public async Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(person);
        // Active holds give their unit back before the cascade removes them, or the item would stay held for ever.
        var held = await db.Reservations.Where(r => r.UserId == person.Id && r.Status == ReservationStatus.Active).Select(r => r.ItemId).ToListAsync(ct);
        foreach (var itemId in held)
        {
            await db.Items.Where(i => i.Id == itemId && i.Available < i.Quantity).ExecuteUpdateAsync(u => u
                .SetProperty(i => i.Available, i => i.Available + 1)
                .SetProperty(i => i.Status, i => i.Status == ItemStatus.Reserved ? ItemStatus.Available : i.Status), ct);
        }
    }
}
