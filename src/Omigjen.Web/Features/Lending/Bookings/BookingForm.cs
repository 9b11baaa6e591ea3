using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Lending.Bookings;

/// <summary>
/// The booking form of a resident, as typed: size, pickup and return dates (read from the query string in the first
/// step, so the times can be shown without JavaScript), the two times, a co-borrower and a mobile number. Checks what
/// the form can check itself (dates the place is closed, too long, in the past), lists the times a day offers and
/// turns the whole into a <see cref="BookingRequest"/>. The element ids are the field names.
/// </summary>
public sealed partial class BookingForm
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

    /// <summary>
    /// Where the errors go: the page's <see cref="ModelStateDictionary"/>, under the field names (which are also the ids).
    /// </summary>
    public ModelStateDictionary ModelState { get; private init; } = new();

    public bool HasErrors => ModelState.ErrorCount > 0;

    /// <summary>True when a date was given (the first step was sent).</summary>
    public bool HasDates => FromText.Length > 0 || ToText.Length > 0;

    /// <summary>Both dates are fine and offer times: the second step (times and details) can be shown.</summary>
    public bool DatesReady { get; private set; }

    public string? Invalid(string field) => ModelState.ErrorFor(field) is null ? null : "true";

    public string? ErrorId(string field) => ModelState.ErrorFor(field) is null ? null : field + "-error";

    /// <summary>Adds an error on a field (the key and the id are the field name).</summary>
    public void AddError(string field, string nb, string en) => ModelState.AddError(field, field, nb, en);

    public static BookingForm Read(Func<string, string?> value, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(value);
        string Text(string name) => (value(name) ?? "").Trim();
        return new BookingForm
        {
            ModelState = modelState,
            Size = Text(SizeField), FromText = Text(FromField), ToText = Text(ToField),
            PickupTimeText = Text(PickupTimeField), ReturnTimeText = Text(ReturnTimeField),
            ForOther = Text(ForOtherField) is "ja" or "true" or "on",
            OtherName = Text(OtherNameField), OtherAgeText = Text(OtherAgeField), Phone = Text(PhoneField),
        };
    }

    public static BookingForm FromQuery(IQueryCollection query, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Read(name => query.TryGetValue(name, out var v) ? v.ToString() : null, modelState);
    }

    public static BookingForm FromForm(IFormCollection form, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(form);
        return Read(name => form.TryGetValue(name, out var v) ? v.ToString() : null, modelState);
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
            AddError(field, p.Nb, p.En);
        }
    }

    /// <summary>The form filled in from an existing period (to change a booking), in local time.</summary>
    public static BookingForm ForPeriod(DateTimeOffset pickupAt, DateTimeOffset returnBy, TimeZoneInfo zone, ModelStateDictionary? modelState = null)
    {
        var p = TimeZoneInfo.ConvertTime(pickupAt, zone);
        var r = TimeZoneInfo.ConvertTime(returnBy, zone);
        return new BookingForm
        {
            ModelState = modelState ?? new(),
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
