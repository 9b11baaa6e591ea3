namespace Omigjen.Web.Features.Lending;

/// <summary>
/// The sets of <see cref="BookingStatus"/> the code asks about, and the transitions a booking may make, defined once.
/// The sets are lists so EF Core translates <c>Contains</c> into <c>IN (…)</c>.
/// </summary>
public static class BookingStatuses
{
    /// <summary>Hold a unit: no two active bookings of a unit overlap (the database's constraint spells out the same set).</summary>
    public static readonly IReadOnlyList<BookingStatus> Active = [BookingStatus.Offered, BookingStatus.Booked, BookingStatus.CheckedOut];

    /// <summary>Hold a unit for a coming pickup: booked, or offered from the waiting list; may still be cancelled or moved.</summary>
    public static readonly IReadOnlyList<BookingStatus> NotHandedOut = [BookingStatus.Booked, BookingStatus.Offered];

    /// <summary>What the resident has confirmed and not yet finished: booked or out (an offer is not yet theirs).</summary>
    public static readonly IReadOnlyList<BookingStatus> Confirmed = [BookingStatus.Booked, BookingStatus.CheckedOut];

    /// <summary>Count as use in the statistics: booked, out or back (not cancelled, lapsed or a no-show).</summary>
    public static readonly IReadOnlyList<BookingStatus> Counted = [BookingStatus.Booked, BookingStatus.CheckedOut, BookingStatus.Returned];

    /// <summary>
    /// Every allowed transition, from status to the statuses it may become. A booking starts as Booked, as Offered
    /// (from the waiting list) or as CheckedOut (a walk-in); Returned, Cancelled, Lapsed and NoShow are final.
    /// </summary>
    public static readonly IReadOnlyDictionary<BookingStatus, IReadOnlyList<BookingStatus>> Transitions =
        new Dictionary<BookingStatus, IReadOnlyList<BookingStatus>>
        {
            [BookingStatus.Offered] = [BookingStatus.Booked, BookingStatus.Cancelled, BookingStatus.Lapsed],
            [BookingStatus.Booked] = [BookingStatus.CheckedOut, BookingStatus.Cancelled, BookingStatus.NoShow],
            [BookingStatus.CheckedOut] = [BookingStatus.Returned],
            [BookingStatus.Returned] = [],
            [BookingStatus.Cancelled] = [],
            [BookingStatus.Lapsed] = [],
            [BookingStatus.NoShow] = [],
        };

    /// <summary>Whether a booking in <paramref name="from"/> may become <paramref name="to"/>.</summary>
    public static bool CanBecome(BookingStatus from, BookingStatus to) => Transitions[from].Contains(to);

    /// <summary>The statuses a booking may be in to become <paramref name="to"/>: the guard of a set-based write.</summary>
    public static IReadOnlyList<BookingStatus> From(BookingStatus to) =>
        Transitions.Where(t => t.Value.Contains(to)).Select(t => t.Key).Order().ToList();
}
