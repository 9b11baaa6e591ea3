using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>A lendable type with its place, as the booking pages show it.</summary>
public sealed record BookableType(LendingType Type, string InitiativeName, string InitiativeSlug, string Place, LendingPlace Hours,
                                  IReadOnlyList<SizeCount> Sizes)
{
    /// <summary>The type (not archived, at an approved initiative) with its units' sizes; null when there is none.</summary>
    public static async Task<BookableType?> LoadAsync(AppDbContext db, Availability availability, int typeId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(availability);
        var type = await db.LendingTypes.AsNoTracking().Include(t => t.Initiative).ThenInclude(i => i!.Locations)
            .Bookable().FirstOrDefaultAsync(t => t.Id == typeId, ct);
        if (type?.Initiative is null) return null;
        var units = await db.LendingUnits.AsNoTracking().Where(u => u.TypeId == typeId && u.State == LendingUnitState.Available)
            .Select(u => new { u.Label, u.LabelKey }).ToListAsync(ct);
        var sizes = units.GroupBy(u => u.LabelKey)
            .Select(g => new SizeCount(g.OrderBy(u => u.Label, StringComparer.Ordinal).First().Label, g.Key, g.Count()))
            .OrderBy(s => s.Label, LabelComparer.Instance).ToList();
        var location = type.Initiative.Locations.OrderBy(l => l.Id).FirstOrDefault();
        var place = location is null ? "" : string.Join(", ", new[] { location.Name, location.Address, location.City }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var hours = await availability.PlaceAsync(type, ct);
        return new BookableType(type, type.Initiative.Name, type.Initiative.Slug, place, hours, sizes);
    }

    /// <summary>The pickup and return hours in words: the staffed slots or the place's hours; null when unknown.</summary>
    public string? HoursText => Hours.Schedule is null ? null
        : Omigjen.OpeningHours.OpeningHoursText.Describe(Hours.Schedule, L.IsEnglish ? Omigjen.OpeningHours.Language.En : Omigjen.OpeningHours.Language.Nb);

    /// <summary>The size matching what was typed ("150cm" finds "150 cm"); null for any size or an unknown one.</summary>
    public SizeCount? SizeOf(string? typed) =>
        string.IsNullOrWhiteSpace(typed) ? null : Sizes.FirstOrDefault(s => s.Key == LendingUnit.KeyOf(typed));
}

/// <summary>A size of a type and how many units of it can be lent.</summary>
public sealed record SizeCount(string Label, string Key, int Count);

