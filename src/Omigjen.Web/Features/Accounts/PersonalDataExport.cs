namespace Omigjen.Web.Features.Accounts;

/// <summary>
/// The sections of a person's data export, written in the order of their place number whichever feature adds them,
/// so the file keeps one stable layout.
/// </summary>
public sealed class PersonalDataExport
{
    /// <summary>Places of the sections; gaps leave room for new ones.</summary>
    public static class Place
    {
        public const int Account = 0;
        public const int Memberships = 10;
        public const int Passkeys = 20;
        public const int Requests = 30;
        public const int Revisions = 40;
        public const int Reservations = 50;
        public const int SavedSearches = 60;
        public const int Bookings = 70;
        public const int WaitingLists = 80;
        public const int ActivitySignUps = 82;
        public const int Points = 84;
        public const int Vouchers = 86;
        public const int StationWork = 88;
        public const int WorkTraining = 89;
        public const int AuditLog = 90;
    }

    private readonly SortedList<int, KeyValuePair<string, object?>> _sections = [];

    public void Add(int place, string key, object? value) => _sections.Add(place, new(key, value));

    /// <summary>The sections in order, as one object for the JSON serializer.</summary>
    public OrderedDictionary<string, object?> ToDictionary() => new(_sections.Values);
}
