using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>
/// When a type's units can be picked up and returned: the type's staffed slots when it has them, else the
/// initiative's effective opening hours (exceptions included). <see cref="Schedule"/> is null when neither is known.
/// </summary>
public sealed record LendingPlace(DirectoryEntry? Entry, OpeningHoursSchedule? Schedule, EvaluationContext Context, bool FromStaffedHours)
{
    public static async Task<LendingPlace> ForAsync(AppDbContext db, DirectoryCache directory, MunicipalClock clock, string initiativeSlug,
                                                    string? staffedHours, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(clock);
        var snapshot = await directory.GetAsync(db, ct);
        var entry = snapshot.Find(initiativeSlug);
        var context = entry?.Context ?? new EvaluationContext(clock.ZoneId, null, null, NorwegianPublicHolidays.Instance);
        if (!string.IsNullOrWhiteSpace(staffedHours))
        {
            // The initiative's dated exceptions ("Stengt 27. desember") close the staffed slots too.
            var withExceptions = entry is null ? staffedHours
                : OpeningHoursBuilder.WithExceptions(staffedHours, entry.Initiative.Exceptions.OrderBy(e => e.From).Select(e => e.ToRule()));
            if (OpeningHoursSchedule.Parse(withExceptions) is { Schedule: { } staffed }) return new(entry, staffed, context, true);
        }
        return new(entry, entry?.Schedule, context, false);
    }
}
