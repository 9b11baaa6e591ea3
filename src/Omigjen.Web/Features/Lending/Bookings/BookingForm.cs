using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// The booking form of a resident, as typed: size, pickup and return dates (read from the query string in the first
/// step, so the times can be shown without JavaScript), the two times, a co-borrower and a mobile number. Checks what
/// the form can check itself (dates the place is closed, too long, in the past), lists the times a day offers and
/// turns the whole into a <see cref="BookingRequest"/>. The element ids are the field names.
/// </summary>
public sealed class BookingForm
{
    public const string SizeField = "storrelse";
    public const string FromField = "fra";
    public const string ToField = "til";
    public const string PickupTimeField = "hentetid";
    public const string ReturnTimeField = "leveringstid";
    public const string ForOtherField = "medlaaner";
    public const string OtherNameField = "medlaaner-navn";
    public const string OtherAgeField = "medlaaner-alder";
    public const string PhoneField = "mobil";

    /// <summary>The step between the times offered.</summary>
    public const int SlotMinutes = 30;

    /// <summary>The times offered when the place has not given its hours.</summary>
    public static readonly TimeOnly UnknownHoursFrom = new(8, 0);
    public static readonly TimeOnly UnknownHoursTo = new(20, 0);

    public const int MaxChildAge = 17;

    private static readonly CultureInfo Nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en-GB");

    public string Size { get; set; } = "";
    public string FromText { get; set; } = "";
    public string ToText { get; set; } = "";
    public string PickupTimeText { get; set; } = "";
    public string ReturnTimeText { get; set; } = "";
    public bool ForOther { get; set; }
    public string OtherName { get; set; } = "";
    public string OtherAgeText { get; set; } = "";
    public string Phone { get; set; } = "";

    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }
    public TimeOnly? PickupTime { get; private set; }
    public TimeOnly? ReturnTime { get; private set; }
    public int? OtherAge { get; private set; }

    /// <summary>Pickup times on <see cref="From"/> and return times on <see cref="To"/>; empty until the dates pass.</summary>
    public IReadOnlyList<TimeOnly> PickupTimes { get; private set; } = [];
    public IReadOnlyList<TimeOnly> ReturnTimes { get; private set; } = [];

    public FormErrors Errors { get; } = new();

    /// <summary>True when a date was given (the first step was sent).</summary>
    public bool HasDates => FromText.Length > 0 || ToText.Length > 0;

    /// <summary>Both dates are fine and offer times: the second step (times and details) can be shown.</summary>
    public bool DatesReady { get; private set; }

    public string? Invalid(string field) => Errors.For(field) is null ? null : "true";

    public string? ErrorId(string field) => Errors.For(field) is null ? null : field + "-error";

    public static BookingForm Read(Func<string, string?> value)
    {
        ArgumentNullException.ThrowIfNull(value);
        string Text(string name) => (value(name) ?? "").Trim();
        return new BookingForm
        {
            Size = Text(SizeField), FromText = Text(FromField), ToText = Text(ToField),
            PickupTimeText = Text(PickupTimeField), ReturnTimeText = Text(ReturnTimeField),
            ForOther = Text(ForOtherField) is "ja" or "true" or "on",
            OtherName = Text(OtherNameField), OtherAgeText = Text(OtherAgeField), Phone = Text(PhoneField),
        };
    }

    public static BookingForm FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query.TryGetValue(name, out var v) ? v.ToString() : null);
    }

    public static BookingForm FromForm(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Read(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
    }

    /// <summary>
    /// Checks the dates against the place and the type's terms and lists the times they offer. Errors go on the date
    /// fields: missing or unreadable, in the past, beyond the booking horizon, return before pickup, longer than
    /// <paramref name="maxDays"/>, and a day the place is closed, with the reason ("Stengt 17. mai (Grunnlovsdagen).").
    /// </summary>
    public void CheckDates(LendingPlace place, DateTimeOffset now, TimeZoneInfo zone, int maxDays, int leadTimeHours)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var last = today.AddDays(Availability.HorizonDays);
        From = ParseDate(FromText);
        To = ParseDate(ToText);
        if (FromText.Length == 0)
            Errors.Add(FromField, "Hentedato: velg dagen du vil hente.", "Pickup date: choose the day you want to pick up.");
        else if (From is null)
            Errors.Add(FromField, "Hentedato: skriv datoen som dd.mm.åååå.", "Pickup date: write the date as dd.mm.yyyy.");
        if (ToText.Length == 0)
            Errors.Add(ToField, "Innleveringsdato: velg dagen du leverer tilbake.", "Return date: choose the day you bring it back.");
        else if (To is null)
            Errors.Add(ToField, "Innleveringsdato: skriv datoen som dd.mm.åååå.", "Return date: write the date as dd.mm.yyyy.");
        if (From is not { } from || To is not { } to) return;

        var fromOk = true;
        var toOk = true;
        if (from < today)
        {
            Errors.Add(FromField, $"Hentedato: {DateNb(from)} har allerede vært.", $"Pickup date: {DateEn(from)} is in the past.");
            fromOk = false;
        }
        else if (from > last)
        {
            Errors.Add(FromField, $"Hentedato: du kan bestille høyst {Availability.HorizonDays / 7} uker fram, til {DateNb(last)}.",
                       $"Pickup date: you can book at most {Availability.HorizonDays / 7} weeks ahead, until {DateEn(last)}.");
            fromOk = false;
        }
        if (to < today)
        {
            Errors.Add(ToField, $"Innleveringsdato: {DateNb(to)} har allerede vært.", $"Return date: {DateEn(to)} is in the past.");
            toOk = false;
        }
        else if (to > last.AddDays(maxDays))
        {
            Errors.Add(ToField, $"Innleveringsdato: kan ikke være senere enn {DateNb(last.AddDays(maxDays))}.",
                       $"Return date: cannot be later than {DateEn(last.AddDays(maxDays))}.");
            toOk = false;
        }
        else if (to < from)
        {
            Errors.Add(ToField, "Innleveringsdato: må være samme dag som hentingen eller senere.", "Return date: must be the day of the pickup or later.");
            toOk = false;
        }
        else if (to.DayNumber - from.DayNumber > maxDays)
        {
            var max = maxDays.ToString(CultureInfo.InvariantCulture);
            var asked = (to.DayNumber - from.DayNumber).ToString(CultureInfo.InvariantCulture);
            Errors.Add(ToField, $"Innleveringsdato: et lån kan vare høyst {max} dager, ikke {asked}.",
                       $"Return date: a loan can last at most {max} days, not {asked}.");
            toOk = false;
        }

        if (fromOk)
        {
            var earliest = now.AddHours(Math.Max(0, leadTimeHours));
            var pickup = PickupTimesOn(from, place, zone);
            if (pickup.Count == 0 && place.Schedule is not null)
            {
                var (nb, en) = BookingRules.ClosedReason(from, place.Schedule, place.Context);
                Errors.Add(FromField, $"Hentedato: {nb} Velg en annen dag.", $"Pickup date: {en} Choose another day.");
                fromOk = false;
            }
            else
            {
                PickupTimes = pickup.Where(t => LocalTime.Instant(from.ToDateTime(t), zone) >= earliest).ToList();
                if (PickupTimes.Count == 0)
                {
                    Errors.Add(FromField, $"Hentedato: det er ingen hentetider igjen {DateNb(from)}. Velg en senere dag.",
                               $"Pickup date: there are no pickup times left on {DateEn(from)}. Choose a later day.");
                    fromOk = false;
                }
            }
        }
        if (toOk)
        {
            ReturnTimes = ReturnTimesOn(to, place, zone);
            if (ReturnTimes.Count == 0 && place.Schedule is not null)
            {
                var (nb, en) = BookingRules.ClosedReason(to, place.Schedule, place.Context);
                Errors.Add(ToField, $"Innleveringsdato: {nb} Velg en annen dag.", $"Return date: {en} Choose another day.");
                toOk = false;
            }
        }
        DatesReady = fromOk && toOk;
    }

    /// <summary>Checks the times, the co-borrower and the mobile number (after <see cref="CheckDates"/>).</summary>
    public void CheckDetails(bool hoursKnown)
    {
        PickupTime = ParseTime(PickupTimeText);
        ReturnTime = ParseTime(ReturnTimeText);
        if (DatesReady)
        {
            CheckTime(PickupTimeField, PickupTimeText, PickupTime, PickupTimes, hoursKnown,
                      ("Hentetid", "Pickup time"));
            CheckTime(ReturnTimeField, ReturnTimeText, ReturnTime, ReturnTimes, hoursKnown,
                      ("Innleveringstid", "Return time"));
            if (From == To && PickupTime is { } p && ReturnTime is { } r && r <= p)
                Errors.Add(ReturnTimeField, "Innleveringstid: må være etter hentetiden samme dag.", "Return time: must be after the pickup time on the same day.");
        }

        if (ForOther)
        {
            if (OtherName.Length == 0)
                Errors.Add(OtherNameField, "Navn på den du låner for: skriv navnet.", "Name of the person you borrow for: enter the name.");
            else if (OtherName.Length > 100)
                Errors.Add(OtherNameField, "Navn på den du låner for: høyst 100 tegn.", "Name of the person you borrow for: at most 100 characters.");
            if (OtherAgeText.Length > 0)
            {
                if (int.TryParse(OtherAgeText, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is >= 0 and <= MaxChildAge)
                    OtherAge = age;
                else
                    Errors.Add(OtherAgeField, $"Alder: skriv et helt tall fra 0 til {MaxChildAge} for et barn, eller la feltet stå tomt for en voksen.",
                               $"Age: enter a whole number from 0 to {MaxChildAge} for a child, or leave the field empty for an adult.");
            }
        }

        if (Phone.Length > 0 && Infrastructure.Sms.SmsNumbers.Normalize(Phone) is null)
            Errors.Add(PhoneField, "Mobilnummer: skriv 8 sifre, for eksempel 412 34 567, eller med landskode (+47).",
                       "Mobile number: enter 8 digits, for example 412 34 567, or with the country code (+47).");
    }

    private void CheckTime(string field, string text, TimeOnly? time, IReadOnlyList<TimeOnly> offered, bool hoursKnown, (string Nb, string En) name)
    {
        if (text.Length == 0)
            Errors.Add(field, $"{name.Nb}: velg et klokkeslett.", $"{name.En}: choose a time.");
        else if (time is null)
            Errors.Add(field, $"{name.Nb}: skriv klokkeslettet som tt:mm.", $"{name.En}: write the time as hh:mm.");
        // A time within known hours that is not in the list is left to the booking rules, which say when the place is open.
        else if (!hoursKnown && !offered.Contains(time.Value))
            Errors.Add(field, $"{name.Nb}: velg en tid mellom kl. {TimeText.Clock(UnknownHoursFrom, false)} og {TimeText.Clock(UnknownHoursTo, false)}.",
                       $"{name.En}: choose a time between {TimeText.Clock(UnknownHoursFrom, true)} and {TimeText.Clock(UnknownHoursTo, true)}.");
    }

    /// <summary>The form as a request to the booking service; call only when there are no errors.</summary>
    public BookingRequest ToRequest(int typeId, TimeZoneInfo zone)
    {
        var (pickup, returnBy) = Period(zone);
        return new BookingRequest(typeId, Size.Length == 0 ? null : Size, pickup, returnBy)
        {
            CoBorrowerName = ForOther ? OtherName : null,
            CoBorrowerAge = ForOther ? OtherAge : null,
            Phone = Phone.Length == 0 ? null : Infrastructure.Sms.SmsNumbers.Normalize(Phone),
        };
    }

    public (DateTimeOffset PickupAt, DateTimeOffset ReturnBy) Period(TimeZoneInfo zone)
    {
        if (From is not { } from || To is not { } to || PickupTime is not { } p || ReturnTime is not { } r)
            throw new InvalidOperationException("The dates and times must be checked first.");
        return (LocalTime.Instant(from.ToDateTime(p), zone), LocalTime.Instant(to.ToDateTime(r), zone));
    }

    /// <summary>Maps a problem of the booking rules to the form field it concerns.</summary>
    public void AddProblems(IEnumerable<BookingProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var p in problems)
        {
            var field = p.Field switch
            {
                BookingRules.PickupField => PickupTimeField,
                BookingRules.ReturnField => ReturnTimeField,
                _ => FromField,
            };
            Errors.Add(field, p.Nb, p.En);
        }
    }

    /// <summary>
    /// The times a day offers for pickup: every <see cref="SlotMinutes"/> minutes inside the open intervals of the
    /// date (a pickup at closing time is not inside); with unknown hours 08:00 to 20:00.
    /// </summary>
    public static IReadOnlyList<TimeOnly> PickupTimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone) =>
        TimesOn(day, place, zone, includeClosing: false);

    /// <summary>The times a day offers for return: as for pickup, and the closing time too.</summary>
    public static IReadOnlyList<TimeOnly> ReturnTimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone) =>
        TimesOn(day, place, zone, includeClosing: true);

    private static List<TimeOnly> TimesOn(DateOnly day, LendingPlace place, TimeZoneInfo zone, bool includeClosing)
    {
        ArgumentNullException.ThrowIfNull(place);
        ArgumentNullException.ThrowIfNull(zone);
        var times = new SortedSet<TimeOnly>();
        if (place.Schedule is null)
        {
            for (var t = UnknownHoursFrom; t <= UnknownHoursTo; t = t.AddMinutes(SlotMinutes))
            {
                times.Add(t);
                if (t == UnknownHoursTo) break;
            }
            return [.. times];
        }
        foreach (var interval in BookingRules.PickupSlots(day, place.Schedule, place.Context))
        {
            var from = TimeZoneInfo.ConvertTime(interval.From, zone);
            var minutes = from.Hour * 60 + from.Minute;
            var skip = (SlotMinutes - minutes % SlotMinutes) % SlotMinutes;
            var start = from.AddMinutes(skip).AddSeconds(-from.Second).AddMilliseconds(-from.Millisecond);
            for (var at = start; includeClosing ? at <= interval.To : at < interval.To; at = at.AddMinutes(SlotMinutes))
            {
                var local = TimeZoneInfo.ConvertTime(at, zone);
                if (DateOnly.FromDateTime(local.DateTime) != day) break;
                times.Add(TimeOnly.FromDateTime(local.DateTime));
            }
        }
        return [.. times];
    }

    /// <summary>The form filled in from an existing period (to change a booking), in local time.</summary>
    public static BookingForm ForPeriod(DateTimeOffset pickupAt, DateTimeOffset returnBy, TimeZoneInfo zone)
    {
        var p = TimeZoneInfo.ConvertTime(pickupAt, zone);
        var r = TimeZoneInfo.ConvertTime(returnBy, zone);
        return new BookingForm
        {
            FromText = Iso(DateOnly.FromDateTime(p.DateTime)), ToText = Iso(DateOnly.FromDateTime(r.DateTime)),
            PickupTimeText = Clock(TimeOnly.FromDateTime(p.DateTime)), ReturnTimeText = Clock(TimeOnly.FromDateTime(r.DateTime)),
        };
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time field's value (HH:mm); the text shown for it is <see cref="TimeText.Clock(TimeOnly)"/>.</summary>
    public static string Clock(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Accepts "2026-12-05" (what a date input sends) and "5.12.2026" (typed where there is no date picker). A date outside
    /// <see cref="DateInput"/>'s window is kept, as <see cref="CheckDates"/> then says it is past or too far ahead.
    /// </summary>
    public static DateOnly? ParseDate(string? text) =>
        DateInput.ReadDate(text, out var date, typed: true) is DateReading.Valid or DateReading.OutOfRange ? date : null;

    /// <summary>Accepts "10:00", "10.00" and "1000".</summary>
    public static TimeOnly? ParseTime(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var t = text.Trim().Replace('.', ':');
        return TimeOnly.TryParseExact(t, ["HH:mm", "H:mm", "HHmm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;
    }

    private static string DateNb(DateOnly d) => d.ToString("d. MMMM yyyy", Nb);

    private static string DateEn(DateOnly d) => d.ToString("d MMMM yyyy", En);
}

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

