namespace Omigjen.Web.Features.Activities.Occasions;

public enum OccasionChange
{
    Cancelled, Moved, Changed,
}

public interface IOccasionChangeListener
{
    Task OccasionChangedAsync(ActivityOccasion occasion, OccasionChange change, CancellationToken ct);
}
