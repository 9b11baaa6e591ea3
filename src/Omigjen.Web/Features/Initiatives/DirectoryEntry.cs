using Omigjen.OpeningHours;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>An initiative with its opening hours parsed once, as the directory's filters need them.</summary>
public sealed class DirectoryEntry
{
    public DirectoryEntry(Initiative initiative, string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        Initiative = initiative;
        EffectiveHours = EffectiveHoursOf(initiative);
        Schedule = string.IsNullOrWhiteSpace(EffectiveHours) ? null : OpeningHoursSchedule.Parse(EffectiveHours).Schedule;
        var first = initiative.Locations.FirstOrDefault();
        // Sunrise/sunset rules need the place's coordinates; the first location stands for the initiative.
        Context = new EvaluationContext(timeZoneId, first?.Latitude, first?.Longitude, NorwegianPublicHolidays.Instance);
        HasValidityPeriods = initiative.Locations.Any(l => l.ValidFrom is not null || l.ValidTo is not null);
        SearchText = string.Join(' ',
            initiative.Name, initiative.ShortDescription.Nb, initiative.ShortDescription.En, initiative.LongDescription.Nb,
            initiative.LongDescription.En, initiative.Accepts.Nb, initiative.Accepts.En,
            string.Join(' ', initiative.Locations.Select(l => $"{l.Name} {l.Address} {l.City}"))).ToLowerInvariant();
    }

    public Initiative Initiative { get; }

    /// <summary>The regular hours with the dated exceptions ("Stengt i dag", extra days) appended as rules that win.</summary>
    public string EffectiveHours { get; }

    public static string EffectiveHoursOf(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return OpeningHoursBuilder.WithExceptions(initiative.OpeningHours, initiative.Exceptions.OrderBy(e => e.From).Select(e => e.ToRule()));
    }

    /// <summary>Null when the hours are not known (empty) or not valid.</summary>
    public OpeningHoursSchedule? Schedule { get; }

    public EvaluationContext Context { get; }

    /// <summary>True when a location is only valid for a period (a pop-up); others need no per-day filtering.</summary>
    public bool HasValidityPeriods { get; }

    /// <summary>Lower-cased text the free-text filter looks in: name, descriptions, what it accepts, places.</summary>
    public string SearchText { get; }
}
