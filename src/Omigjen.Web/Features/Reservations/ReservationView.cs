using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;

namespace Omigjen.Web.Features.Reservations;

/// <summary>A hold with what a person needs to pick it up: the item, the place, its hours, the resident.</summary>
public sealed record ReservationView(
    int Id, string Code, ReservationStatus Status, DateTime CreatedAt, DateTime ExpiresAt, DateTime? EndedAt,
    int ItemId, string ItemTitle, int PriceNok, int InitiativeId, string InitiativeSlug, string InitiativeName,
    string? PlaceName, string? Address, string? City, string OpeningHours, string UserId, string? ResidentEmail, string? ResidentName)
{
    /// <summary>The place in one line: "Navn, Adresse, By".</summary>
    public string Place => string.Join(", ", new[] { PlaceName, Address, City }.Where(s => !string.IsNullOrWhiteSpace(s)));

    /// <summary>The resident's first name when they gave a name, else their e-mail address.</summary>
    public string ResidentLabel =>
        ResidentName?.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? ResidentEmail ?? "";

    /// <summary>The regular hours in words, or null when unknown or unreadable.</summary>
    public string? HoursText(Language language)
    {
        if (string.IsNullOrWhiteSpace(OpeningHours)) return null;
        var parsed = OpeningHoursSchedule.Parse(OpeningHours).Schedule;
        return parsed is null ? null : OpeningHoursText.Describe(parsed, language);
    }

    /// <summary>The holds in <paramref name="query"/> with their item, place and resident, in the query's order.</summary>
    public static async Task<List<ReservationView>> LoadAsync(AppDbContext db, IQueryable<Reservation> query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await query.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.Code, r.Status, r.CreatedAt, r.ExpiresAt, r.EndedAt, r.ItemId, r.Item!.Title, r.Item.PriceNok, r.Item.LocationId,
                r.Item.InitiativeId, r.UserId,
            })
            .ToListAsync(ct);
        if (rows.Count == 0) return [];
        var initiativeIds = rows.Select(r => r.InitiativeId).Distinct().ToList();
        var initiatives = await db.Initiatives.AsNoTracking().Include(i => i.Locations).Where(i => initiativeIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, ct);
        var userIds = rows.Select(r => r.UserId).Distinct().ToList();
        var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email, u.DisplayName }).ToDictionaryAsync(u => u.Id, ct);
        return rows.Select(r =>
        {
            var initiative = initiatives[r.InitiativeId];
            var location = initiative.Locations.FirstOrDefault(l => l.Id == r.LocationId) ?? initiative.Locations.OrderBy(l => l.Id).FirstOrDefault();
            users.TryGetValue(r.UserId, out var user);
            return new ReservationView(r.Id, r.Code, r.Status, r.CreatedAt, r.ExpiresAt, r.EndedAt, r.ItemId, r.Title, r.PriceNok,
                initiative.Id, initiative.Slug, initiative.Name, location?.Name, location?.Address, location?.City,
                initiative.OpeningHours, r.UserId, user?.Email, user?.DisplayName);
        }).ToList();
    }

    /// <summary>Where the actor hears about holds: the members (owners and editors), or the entry's contact address when it has none.</summary>
    public static async Task<List<string>> ActorAddressesAsync(AppDbContext db, int initiativeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var members = await db.InitiativeMembers.AsNoTracking()
            .Where(m => m.InitiativeId == initiativeId && (m.Role == MemberRole.Owner || m.Role == MemberRole.Editor))
            .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => u.Email)
            .Where(e => e != null).Select(e => e!).Distinct().ToListAsync(ct);
        if (members.Count > 0) return members;
        var contact = await db.Initiatives.AsNoTracking().Where(i => i.Id == initiativeId).Select(i => i.Contact.Email).FirstOrDefaultAsync(ct);
        return string.IsNullOrWhiteSpace(contact) ? [] : [contact];
    }
}
