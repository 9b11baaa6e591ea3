using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Activities;

/// <summary>
/// An activity as the organiser describes it once: a single occasion or a series with a recurrence rule. Its
/// occasions are stored as rows (<see cref="ActivityOccasion"/>), each with its own capacity, status and sign-ups.
/// Times are UTC; the local start (<see cref="StartLocal"/>) and the rule are read in the municipality's time zone.
/// </summary>
public sealed class ActivitySeries
{
    public long Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public required string Title { get; set; }
    public ActivityKind Kind { get; set; }
    public string? Description { get; set; }

    /// <summary>When set, the place is this address with its coordinates; otherwise the initiative's own place.</summary>
    public string? Address { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }

    /// <summary>The first occasion's start as wall-clock time in the municipality's time zone.</summary>
    public DateTime StartLocal { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>An RFC 5545 RRULE (weekly or monthly), or null for a single occasion.</summary>
    public string? RecurrenceRule { get; set; }

    /// <summary>Local dates (yyyy-MM-dd, comma separated) on which the series does not take place.</summary>
    public string? ExceptionDates { get; set; }

    /// <summary>Whole kroner; null is free.</summary>
    public int? PriceNok { get; set; }
    public int? AgeFrom { get; set; }
    public int? AgeTo { get; set; }
    public string? Accessibility { get; set; }

    /// <summary>BCP 47 language code of the activity ("nb", "en", "uk").</summary>
    public string Language { get; set; } = "nb";
    public string? WhatToBring { get; set; }

    /// <summary>Places per occasion; null is unlimited.</summary>
    public int? Capacity { get; set; }

    /// <summary>Hours an offer from the waiting list is held before it goes to the next in line.</summary>
    public int OfferHours { get; set; } = 24;
    public bool Cancelled { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
