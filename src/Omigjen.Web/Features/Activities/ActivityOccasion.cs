namespace Omigjen.Web.Features.Activities;

/// <summary>
/// One occasion of a series, stored so that it has a stable identity (its calendar UID comes from the series and
/// <see cref="OriginalStartUtc"/>), its own capacity and status, and a counter of places taken that the database
/// keeps within the capacity (a check constraint; sign-ups add to it with one guarded UPDATE).
/// Place, kind, price and age are copied from the series so that "Hva skjer" reads one table.
/// </summary>
public sealed class ActivityOccasion
{
    /// <summary>
    /// The longest an occasion can last in UTC (a series' seven days plus a clock change). A query for occasions that
    /// overlap a period gives <see cref="StartUtc"/> this much before the period as a lower bound, so the index on the
    /// start time is read as a range instead of from the beginning of time.
    /// </summary>
    public static readonly TimeSpan LongestSpan = TimeSpan.FromDays(8);

    public long Id { get; set; }
    public long SeriesId { get; set; }
    public ActivitySeries? Series { get; set; }
    public int InitiativeId { get; set; }

    /// <summary>The start the recurrence gave this occasion; never changes (RECURRENCE-ID, part of the UID).</summary>
    public DateTime OriginalStartUtc { get; set; }
    public DateTime StartUtc { get; set; }
    public DateTime EndUtc { get; set; }

    /// <summary>The start before the last move, shown as "flyttet fra" and as schema.org previousStartDate.</summary>
    public DateTime? PreviousStartUtc { get; set; }
    public OccasionStatus Status { get; set; }

    /// <summary>iCalendar SEQUENCE: raised on every change of this occasion or of its series.</summary>
    public int Sequence { get; set; }
    public DateTime UpdatedAt { get; set; }

    public ActivityKind Kind { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public bool IsFree { get; set; }
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }

    /// <summary>Places on this occasion; null is unlimited.</summary>
    public int? Capacity { get; set; }

    /// <summary>Places held by confirmed and offered sign-ups (each 1 + guests). Never above <see cref="Capacity"/>.</summary>
    public int Taken { get; set; }

    /// <summary>People who came without signing up, counted by the organiser.</summary>
    public int WalkIns { get; set; }

    /// <summary>Hands out waiting-list positions in order (the next is this plus one, taken with a guarded UPDATE).</summary>
    public int LastWaitPosition { get; set; }

    /// <summary>When the day-before reminders were written to the outbox, so they go once.</summary>
    public DateTime? RemindedAt { get; set; }

    public int? PlacesLeft => Capacity is { } c ? Math.Max(0, c - Taken) : null;
}
