namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>What happened to an occasion people may have signed up for.</summary>
public enum OccasionChange
{
    /// <summary>The occasion does not take place (alone, or because its series was cancelled or no longer includes it).</summary>
    Cancelled,

    /// <summary>The occasion has a new start (<see cref="ActivityOccasion.PreviousStartUtc"/> holds the one before).</summary>
    Moved,

    /// <summary>Something else people should know changed: the time, place, title or description of the series.</summary>
    Changed,
}

/// <summary>
/// Told about every change to an existing occasion, inside the transaction that makes it (every registered
/// implementation is called), so that a notice written to the outbox is committed with the change or not at all.
/// The occasion passed is the tracked entity after the change, with <see cref="ActivityOccasion.Series"/> loaded.
/// </summary>
public interface IOccasionChangeListener
{
    Task OccasionChangedAsync(ActivityOccasion occasion, OccasionChange change, CancellationToken ct);
}
