using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>
/// A series as the organiser wants it, read from the form: the start and end as local wall-clock times. The checks
/// that need no database are in <see cref="Errors"/>; each error names the form field (<see cref="SeriesForm"/>).
/// </summary>
public sealed record SeriesDraft
{
    public required string Title { get; init; }
    public ActivityKind Kind { get; init; }
    public string? Description { get; init; }

    /// <summary>Another address than the initiative's own place (with its coordinates), or null for the initiative's place.</summary>
    public string? Address { get; init; }
    public double Latitude { get; init; }
    public double Longitude { get; init; }
    public DateTime StartLocal { get; init; }
    public DateTime EndLocal { get; init; }
    public string? RecurrenceRule { get; init; }
    public string? ExceptionDates { get; init; }
    public int? PriceNok { get; init; }
    public int? AgeFrom { get; init; }
    public int? AgeTo { get; init; }
    public string? Accessibility { get; init; }
    public string Language { get; init; } = "nb";
    public string? WhatToBring { get; init; }
    public int? Capacity { get; init; }
    public int OfferHours { get; init; } = 24;

    public int DurationMinutes => (int)Math.Round((EndLocal - StartLocal).TotalMinutes);

    public List<FormError> Errors(TimeZoneInfo zone)
    {
        var errors = new List<FormError>();
        void Add(string field, string nb, string en) => errors.Add(new(field, nb, en));
        if (string.IsNullOrWhiteSpace(Title)) Add(nameof(SeriesForm.Title), "Tittel: skriv hva aktiviteten heter.", "Title: enter the name of the activity.");
        else if (Title.Length > 200) Add(nameof(SeriesForm.Title), "Tittel: høyst 200 tegn.", "Title: at most 200 characters.");
        if (Description is { Length: > 4000 }) Add(nameof(SeriesForm.Description), "Beskrivelse: høyst 4000 tegn.", "Description: at most 4000 characters.");
        if (!LocalTimes.Exists(StartLocal, zone))
            Add(nameof(SeriesForm.StartTime), $"Start: klokken {StartLocal:HH:mm} finnes ikke den {StartLocal:d.M.yyyy}, fordi klokken stilles fram til sommertid. Velg et annet klokkeslett.",
                $"Start: {StartLocal:HH:mm} does not exist on {StartLocal:yyyy-MM-dd}, because the clocks go forward to summer time. Choose another time.");
        if (EndLocal <= StartLocal)
            Add(nameof(SeriesForm.EndTime), "Slutt: må være etter start.", "End: must be after the start.");
        else if (DurationMinutes > SeriesRules.MaxDurationMinutes)
            Add(nameof(SeriesForm.EndTime), "Slutt: en aktivitet kan vare høyst sju dager.", "End: an activity can last at most seven days.");
        if (RecurrenceRule is { } rule && SeriesRules.CheckRule(rule) is { } ruleError) Add(nameof(SeriesForm.Rule), ruleError.Nb, ruleError.En);
        var (dates, unreadable) = SeriesRules.ParseExceptionDates(ExceptionDates);
        if (unreadable is not null)
            Add(nameof(SeriesForm.ExceptionDates), $"Unntatt: «{unreadable}» er ikke en dato. Skriv datoer som 2027-01-14 eller 14.01.2027, skilt med komma.",
                $"Except: “{unreadable}” is not a date. Write dates like 2027-01-14 or 14.01.2027, separated by commas.");
        else if (dates.Count > SeriesRules.MaxExceptionDates)
            Add(nameof(SeriesForm.ExceptionDates), $"Unntatt: høyst {SeriesRules.MaxExceptionDates} datoer.", $"Except: at most {SeriesRules.MaxExceptionDates} dates.");
        if (Address is not null && !SeriesRules.InNorway(Latitude, Longitude))
            Add(nameof(SeriesForm.Latitude), "Sted: koordinatene ligger ikke i Norge. Sjekk at breddegrad og lengdegrad ikke er byttet om.",
                "Place: the coordinates are not in Norway. Check that latitude and longitude are not swapped.");
        if (PriceNok is < 0 or > SeriesRules.MaxPrice)
            Add(nameof(SeriesForm.Price), $"Pris: fra 0 til {SeriesRules.MaxPrice} kroner.", $"Price: from 0 to {SeriesRules.MaxPrice} kroner.");
        if (AgeFrom is < 0 or > 120) Add(nameof(SeriesForm.AgeFrom), "Alder fra: fra 0 til 120 år.", "Age from: from 0 to 120 years.");
        if (AgeTo is < 0 or > 120) Add(nameof(SeriesForm.AgeTo), "Alder til: fra 0 til 120 år.", "Age to: from 0 to 120 years.");
        else if (AgeFrom is { } from && AgeTo is { } to && to < from)
            Add(nameof(SeriesForm.AgeTo), "Alder til: kan ikke være lavere enn «alder fra».", "Age to: cannot be lower than “age from”.");
        if (Capacity is < 1 or > SeriesRules.MaxCapacity)
            Add(nameof(SeriesForm.Capacity), $"Plasser: fra 1 til {SeriesRules.MaxCapacity}, eller tomt for ubegrenset.", $"Places: from 1 to {SeriesRules.MaxCapacity}, or empty for unlimited.");
        if (!SeriesRules.Languages.Contains(Language))
            Add(nameof(SeriesForm.Language), "Språk: velg et språk fra listen.", "Language: choose a language from the list.");
        if (OfferHours is < 1 or > 168)
            Add(nameof(SeriesForm.OfferHours), "Svarfrist for venteliste: fra 1 til 168 timer.", "Waiting list answer time: from 1 to 168 hours.");
        if (Accessibility is { Length: > 1000 }) Add(nameof(SeriesForm.Accessibility), "Tilgjengelighet: høyst 1000 tegn.", "Accessibility: at most 1000 characters.");
        if (WhatToBring is { Length: > 1000 }) Add(nameof(SeriesForm.WhatToBring), "Ta med: høyst 1000 tegn.", "What to bring: at most 1000 characters.");
        if (errors.Count == 0 && RecurrenceRule is not null)
        {
            var probe = new ActivitySeries { Title = Title, StartLocal = StartLocal, DurationMinutes = DurationMinutes, RecurrenceRule = RecurrenceRule, ExceptionDates = ExceptionDates };
            var from = LocalTimes.ToUtc(StartLocal, zone);
            if (OccasionGenerator.Expand(probe, zone, from, from.AddYears(2)).Count == 0)
                Add(nameof(SeriesForm.Rule), "Gjentakelse: regelen gir ingen datoer.", "Repeats: the rule gives no dates.");
        }
        return errors;
    }

    /// <summary>Copies the draft onto the series (the place from the initiative when no address is given).</summary>
    public void ApplyTo(ActivitySeries s, (string Address, double Lat, double Lon)? initiativePlace)
    {
        ArgumentNullException.ThrowIfNull(s);
        s.Title = Title.Trim();
        s.Kind = Kind;
        s.Description = Description;
        s.Address = Address;
        (s.Latitude, s.Longitude) = Address is null && initiativePlace is { } p ? (p.Lat, p.Lon) : (Latitude, Longitude);
        s.StartLocal = DateTime.SpecifyKind(StartLocal, DateTimeKind.Unspecified);
        s.DurationMinutes = DurationMinutes;
        s.RecurrenceRule = RecurrenceRule is null ? null : SeriesRules.Normalize(RecurrenceRule);
        var dates = SeriesRules.ParseExceptionDates(ExceptionDates).Dates;
        s.ExceptionDates = dates.Count == 0 ? null : SeriesRules.FormatExceptionDates(dates);
        s.PriceNok = PriceNok is 0 ? null : PriceNok;
        s.AgeFrom = AgeFrom;
        s.AgeTo = AgeTo;
        s.Accessibility = Accessibility;
        s.Language = Language;
        s.WhatToBring = WhatToBring;
        s.Capacity = Capacity;
        s.OfferHours = OfferHours;
    }
}
