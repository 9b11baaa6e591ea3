using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>A person's saved searches; they go with the account (cascade).</summary>
public sealed class SavedSearchesPersonalData : IPersonalDataPart
{
    public int Order => 30;

    public async Task ExportAsync(AppDbContext db, string userId, PersonalDataExport sections, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(sections);
        sections.Add(PersonalDataExport.Place.SavedSearches, "savedSearches", await db.SavedSearches.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.CreatedAt)
            .Select(s => new { s.Name, s.Query, Frequency = s.Frequency.ToString(), s.CreatedAt, s.LastSentAt }).ToListAsync(ct));
    }

    public Task<bool> BlocksDeletionAsync(AppDbContext db, string userId, CancellationToken ct) => Task.FromResult(false);

    public Task EraseAsync(AppDbContext db, AppUser person, DateTime now, CancellationToken ct) => Task.CompletedTask;
}
