namespace Omigjen.OpeningHours;

/// <summary>
/// A fixed-size, lock-free, direct-mapped cache of computed days. Entries are immutable objects swapped in
/// whole, so readers never see a torn entry; a collision simply evicts, and lookups allocate nothing.
/// </summary>
internal static class SunTimesCache
{
    private const int Size = 4096; // a few years for a handful of places; power of two for masking

    private static readonly SunDayEntry?[] Slots = new SunDayEntry?[Size];

    public static SunDayEntry? Find(DateOnly date, double latitude, double longitude, string timeZoneId)
    {
        var entry = Volatile.Read(ref Slots[Index(date, latitude, longitude)]);
        return entry is not null && entry.Matches(date, latitude, longitude, timeZoneId) ? entry : null;
    }

    public static void Store(SunDayEntry entry) =>
        Volatile.Write(ref Slots[Index(entry.Date, entry.Latitude, entry.Longitude)], entry);

    private static int Index(DateOnly date, double latitude, double longitude)
    {
        // Consecutive dates of one place land in consecutive slots, so a year's scan does not self-evict.
        int placeHash = HashCode.Combine(latitude, longitude);
        return (date.DayNumber + (placeHash * 397)) & (Size - 1);
    }
}
