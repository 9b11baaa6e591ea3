using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>The fields of a series as the organiser types them; <see cref="Read"/> turns them into a <see cref="SeriesDraft"/>.</summary>
public sealed class SeriesForm
{
    public const string OwnPlace = "own";
    public const string OtherPlace = "other";

    [StringLength(TextLimits.Name), SingleLine] public string Title { get; set; } = "";
    [StringLength(20), SingleLine] public string Kind { get; set; } = nameof(ActivityKind.RepairCafe);
    [StringLength(TextLimits.LongText)] public string? Description { get; set; }
    [StringLength(10), SingleLine] public string Place { get; set; } = OwnPlace;
    [StringLength(TextLimits.Line), SingleLine] public string? Address { get; set; }
    [StringLength(30), SingleLine] public string? Latitude { get; set; }
    [StringLength(30), SingleLine] public string? Longitude { get; set; }
    [StringLength(10), SingleLine] public string? StartDate { get; set; }
    [StringLength(5), SingleLine] public string? StartTime { get; set; }
    [StringLength(10), SingleLine] public string? EndDate { get; set; }
    [StringLength(5), SingleLine] public string? EndTime { get; set; }

    /// <summary>"" (once), "weekly", "biweekly", "monthly" or "custom" (the rule in <see cref="Rule"/>).</summary>
    [StringLength(10), SingleLine] public string? Repeat { get; set; }
    [StringLength(TextLimits.Line), SingleLine] public string? Rule { get; set; }
    [StringLength(2000)] public string? ExceptionDates { get; set; }
    [StringLength(20), SingleLine] public string? Price { get; set; }
    [StringLength(5), SingleLine] public string? AgeFrom { get; set; }
    [StringLength(5), SingleLine] public string? AgeTo { get; set; }
    [StringLength(1000)] public string? Accessibility { get; set; }
    [StringLength(10), SingleLine] public string Language { get; set; } = "nb";
    [StringLength(1000)] public string? WhatToBring { get; set; }
    [StringLength(10), SingleLine] public string? Capacity { get; set; }
    [StringLength(5), SingleLine] public string? OfferHours { get; set; } = "24";

    public static string Key(string property) => "Form." + property;

    public static string IdOf(string property) => "series-" + property.ToLowerInvariant();

    public static SeriesForm From(ActivitySeries s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var end = s.StartLocal.AddMinutes(s.DurationMinutes);
        var rule = s.RecurrenceRule;
        var repeat = rule switch { null => "", "FREQ=WEEKLY" => "weekly", "FREQ=WEEKLY;INTERVAL=2" => "biweekly", _ => "custom" };
        return new SeriesForm
        {
            Title = s.Title, Kind = s.Kind.ToString(), Description = s.Description, Place = s.Address is null ? OwnPlace : OtherPlace,
            Address = s.Address, Latitude = s.Address is null ? null : Num(s.Latitude), Longitude = s.Address is null ? null : Num(s.Longitude),
            StartDate = s.StartLocal.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StartTime = s.StartLocal.ToString("HH:mm", CultureInfo.InvariantCulture),
            EndDate = end.Date == s.StartLocal.Date ? null : end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            EndTime = end.ToString("HH:mm", CultureInfo.InvariantCulture), Repeat = repeat, Rule = repeat == "custom" ? rule : null,
            ExceptionDates = s.ExceptionDates, Price = s.PriceNok?.ToString(CultureInfo.InvariantCulture),
            AgeFrom = s.AgeFrom?.ToString(CultureInfo.InvariantCulture), AgeTo = s.AgeTo?.ToString(CultureInfo.InvariantCulture),
            Accessibility = s.Accessibility, Language = s.Language, WhatToBring = s.WhatToBring,
            Capacity = s.Capacity?.ToString(CultureInfo.InvariantCulture), OfferHours = s.OfferHours.ToString(CultureInfo.InvariantCulture),
        };
    }

    private static string Num(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Reads the fields; what cannot be read goes to <paramref name="errors"/> and gives null.</summary>
    public SeriesDraft? Read(ModelStateDictionary errors, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(zone);
        var before = errors.ErrorCount;
        void Add(string p, string nb, string en) => errors.AddError(Key(p), IdOf(p), nb, en);
        if (!Enum.TryParse<ActivityKind>(Kind, false, out var kind) || !Enum.IsDefined(kind))
            Add(nameof(Kind), "Type: velg en type fra listen.", "Kind: choose a kind from the list.");
        var startDate = DateInput.TryDate(StartDate, out var sd, typed: true) ? sd : (DateOnly?)null;
        if (startDate is null) Add(nameof(StartDate), "Dato: skriv datoen som 2027-01-14 eller 14.01.2027.", "Date: write the date as 2027-01-14 or 14.01.2027.");
        var startTime = Time(StartTime);
        if (startTime is null) Add(nameof(StartTime), "Start: skriv klokkeslettet som 17:00.", "Start: write the time as 17:00.");
        var endTime = Time(EndTime);
        if (endTime is null) Add(nameof(EndTime), "Slutt: skriv klokkeslettet som 20:00.", "End: write the time as 20:00.");
        DateOnly? endDate = startDate;
        if (!string.IsNullOrWhiteSpace(EndDate))
        {
            endDate = DateInput.TryDate(EndDate, out var ed, typed: true) ? ed : null;
            if (endDate is null) Add(nameof(EndDate), "Sluttdato: skriv datoen som 2027-01-14, eller la feltet stå tomt.", "End date: write the date as 2027-01-14, or leave the field empty.");
        }
        string? rule = (Repeat ?? "") switch
        {
            "" => null,
            "weekly" => "FREQ=WEEKLY",
            "biweekly" => "FREQ=WEEKLY;INTERVAL=2",
            "monthly" when startDate is { } d => $"FREQ=MONTHLY;BYDAY={((d.Day - 1) / 7 + 1 == 5 ? -1 : (d.Day - 1) / 7 + 1)}{d.DayOfWeek.ToString()[..2].ToUpperInvariant()}",
            "custom" => string.IsNullOrWhiteSpace(Rule) ? "" : Rule,
            _ => null,
        };
        if (rule == "") Add(nameof(Rule), "Gjentakelse: skriv regelen, for eksempel «FREQ=WEEKLY;BYDAY=TH».", "Repeats: enter the rule, for example “FREQ=WEEKLY;BYDAY=TH”.");
        double lat = 0, lon = 0;
        var other = Place == OtherPlace;
        if (other)
        {
            if (string.IsNullOrWhiteSpace(Address)) Add(nameof(Address), "Adresse: skriv adressen der aktiviteten er.", "Address: enter the address of the activity.");
            if (!Coordinate(Latitude, out lat) || !Coordinate(Longitude, out lon))
                Add(nameof(Latitude), "Koordinater: skriv breddegrad og lengdegrad med punktum, for eksempel 59.8334 og 10.4345.",
                    "Coordinates: enter latitude and longitude with a point, for example 59.8334 and 10.4345.");
        }
        var price = Number(nameof(Price), Price, "Pris", "Price", kroner: true);
        var ageFrom = Number(nameof(AgeFrom), AgeFrom, "Alder fra", "Age from");
        var ageTo = Number(nameof(AgeTo), AgeTo, "Alder til", "Age to");
        var capacity = Number(nameof(Capacity), Capacity, "Plasser", "Places");
        var offerHours = Number(nameof(OfferHours), OfferHours, "Svarfrist", "Answer time") ?? 24;
        if (errors.ErrorCount > before || startDate is null || startTime is null || endTime is null || endDate is null) return null;

        var draft = new SeriesDraft
        {
            Title = (Title ?? "").Trim(), Kind = kind, Description = Clean(Description), Address = other ? Clean(Address) : null,
            Latitude = lat, Longitude = lon, StartLocal = startDate.Value.ToDateTime(startTime.Value), EndLocal = endDate.Value.ToDateTime(endTime.Value),
            RecurrenceRule = rule, ExceptionDates = Clean(ExceptionDates), PriceNok = price, AgeFrom = ageFrom, AgeTo = ageTo,
            Accessibility = Clean(Accessibility), Language = Language, WhatToBring = Clean(WhatToBring), Capacity = capacity, OfferHours = offerHours,
        };
        foreach (var e in draft.Errors(zone)) Add(e.Field, e.Nb, e.En);
        return errors.ErrorCount > before ? null : draft;

        int? Number(string p, string? text, string nb, string en, bool kroner = false)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (WholeNumber.Parse(text, kroner) is { } v) return v;
            Add(p, $"{nb}: skriv et helt tall, eller la feltet stå tomt.", $"{en}: enter a whole number, or leave the field empty.");
            return null;
        }
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static TimeOnly? Time(string? text) =>
        TimeOnly.TryParseExact((text ?? "").Trim().Replace('.', ':'), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static bool Coordinate(string? text, out double value) =>
        double.TryParse((text ?? "").Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
