using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>A problem with one field of a repair service: the field (a property of <see cref="RepairServiceInput"/>) and the message.</summary>
public sealed record RepairFieldError(string Field, string Nb, string En);

/// <summary>
/// A repair service as people type it, in the portal's form or a spreadsheet row: every field a string, checked by
/// <see cref="Check"/> with a bokmål/English message per problem. The form and the import share these rules.
/// </summary>
public sealed class RepairServiceInput
{
    public const int MaxWhat = 100;
    public const int MaxDescription = 2000;
    public const int MaxShort = 100;
    public const int MaxPrice = 1_000_000;
    public const int MaxDays = 3650;
    public const int MaxPromiseDays = 365;

    [StringLength(MaxWhat)] public string? What { get; set; }
    [StringLength(40)] public string? Category { get; set; }
    [StringLength(MaxDescription)] public string? Description { get; set; }
    [StringLength(20)] public string? PriceKind { get; set; } = nameof(RepairPriceKind.Fixed);
    [StringLength(20)] public string? PriceFrom { get; set; }
    [StringLength(20)] public string? PriceTo { get; set; }
    [StringLength(MaxShort)] public string? Turnaround { get; set; }
    [StringLength(20)] public string? Visit { get; set; } = nameof(RepairVisit.DropIn);
    [StringLength(MaxShort)] public string? Warranty { get; set; }
    [StringLength(500)] public string? PromiseText { get; set; }
    [StringLength(10)] public string? PromiseDays { get; set; }
    [StringLength(40)] public string? PromiseCategory { get; set; }

    public static RepairServiceInput From(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new RepairServiceInput
        {
            What = s.What, Category = s.Category.ToString(), Description = s.Description, PriceKind = s.PriceKind.ToString(),
            PriceFrom = Number(s.PriceFromNok), PriceTo = Number(s.PriceToNok),
            Turnaround = s.TurnaroundDays is { } t ? Number(t) : s.TurnaroundText, Visit = s.Visit.ToString(),
            Warranty = s.WarrantyDays is { } w ? Number(w) : s.WarrantyText,
            PromiseText = s.PromiseText, PromiseDays = Number(s.PromiseDays), PromiseCategory = s.PromiseCategory?.ToString(),
        };
    }

    /// <summary>Checks every field; the errors name the fields in the form's order.</summary>
    public List<RepairFieldError> Check(out RepairServiceValues values)
    {
        var errors = new List<RepairFieldError>();
        void Add(string field, string nb, string en) => errors.Add(new(field, nb, en));

        var what = Trim(What);
        if (what is null) Add(nameof(What), "Hva repareres: skriv hva dere reparerer, for eksempel «glidelås» eller «punktering».", "What is repaired: say what you repair, for example “zip” or “puncture”.");
        else if (what.Length > MaxWhat) Add(nameof(What), $"Hva repareres: høyst {MaxWhat} tegn.", $"What is repaired: at most {MaxWhat} characters.");

        var category = ParseCategory(Category);
        if (category is null) Add(nameof(Category), "Kategori: velg en kategori fra listen.", "Category: choose a category from the list.");

        var description = Trim(Description);
        if (description?.Length > MaxDescription) Add(nameof(Description), $"Beskrivelse: høyst {MaxDescription} tegn.", $"Description: at most {MaxDescription} characters.");

        var kind = ParsePriceKind(PriceKind);
        int? from = null, to = null;
        if (kind is null) Add(nameof(PriceKind), "Pristype: velg fast pris, fra–til eller gratis.", "Price type: choose fixed, from–to or free.");
        else if (kind != RepairPriceKind.Free)
        {
            from = Kroner(PriceFrom);
            if (from is null)
                Add(nameof(PriceFrom), kind == RepairPriceKind.Fixed ? "Pris: skriv prisen i hele kroner (0 eller mer)." : "Pris fra: skriv laveste pris i hele kroner (0 eller mer).",
                    kind == RepairPriceKind.Fixed ? "Price: enter the price in whole kroner (0 or more)." : "Price from: enter the lowest price in whole kroner (0 or more).");
            if (kind == RepairPriceKind.Range)
            {
                to = Kroner(PriceTo);
                if (to is null) Add(nameof(PriceTo), "Pris til: skriv høyeste pris i hele kroner.", "Price to: enter the highest price in whole kroner.");
                else if (from is { } f && to <= f) Add(nameof(PriceTo), $"Pris til: må være høyere enn «fra» ({f} kr).", $"Price to: must be higher than “from” ({f} kr).");
            }
        }

        var (turnaroundDays, turnaroundText) = DaysOrText(Turnaround, nameof(Turnaround), "Typisk ventetid", "Typical turnaround", errors);
        var visit = ParseVisit(Visit);
        if (visit is null) Add(nameof(Visit), "Oppmøte: velg drop-in, timebestilling eller begge.", "Visit: choose drop in, booking or either.");
        var (warrantyDays, warrantyText) = DaysOrText(Warranty, nameof(Warranty), "Garanti", "Warranty", errors);

        var promiseText = Trim(PromiseText);
        int? promiseDays = null;
        GoodsCategory? promiseCategory = null;
        if (promiseText is not null || Trim(PromiseDays) is not null || Trim(PromiseCategory) is not null)
        {
            if (promiseText is null) Add(nameof(PromiseText), "Løfte: skriv hva kunden får, for eksempel «gratis justering av brukte ski kjøpt her».", "Promise: say what the customer gets, for example “free adjustment of used skis bought here”.");
            else if (promiseText.Length > 500) Add(nameof(PromiseText), "Løfte: høyst 500 tegn.", "Promise: at most 500 characters.");
            promiseDays = WholeNumber.Parse(PromiseDays, kroner: false) is { } d and >= 1 and <= MaxPromiseDays ? d : null;
            if (promiseDays is null) Add(nameof(PromiseDays), $"Løftet gjelder i: skriv antall dager etter kjøpet (1–{MaxPromiseDays}).", $"Promise lasts: enter the number of days after the purchase (1–{MaxPromiseDays}).");
            promiseCategory = ParseCategory(PromiseCategory);
            if (promiseCategory is null) Add(nameof(PromiseCategory), "Løftet gjelder varer i: velg en kategori fra listen.", "Promise covers goods in: choose a category from the list.");
        }

        values = new RepairServiceValues(what ?? "", category ?? GoodsCategory.Other, description ?? "", kind ?? RepairPriceKind.Free, from, to,
            turnaroundDays, turnaroundText, visit ?? RepairVisit.DropIn, warrantyDays, warrantyText,
            promiseText, promiseDays, promiseCategory);
        return errors;
    }

    public static GoodsCategory? ParseCategory(string? text)
    {
        if (Trim(text) is not { } t) return null;
        if (Enum.TryParse<GoodsCategory>(t, ignoreCase: false, out var c) && Enum.IsDefined(c)) return c;
        return ItemCategories.TryParse(t, out c) ? c : null;
    }

    public static RepairPriceKind? ParsePriceKind(string? text) => Trim(text)?.ToLowerInvariant() switch
    {
        "fixed" or "fast" or "fast pris" => RepairPriceKind.Fixed,
        "range" or "fra-til" or "fra–til" or "from-to" => RepairPriceKind.Range,
        "free" or "gratis" => RepairPriceKind.Free,
        _ => null,
    };

    public static RepairVisit? ParseVisit(string? text) => Trim(text)?.ToLowerInvariant() switch
    {
        "dropin" or "drop-in" or "drop in" => RepairVisit.DropIn,
        "booking" or "timebestilling" or "bestill time" => RepairVisit.Booking,
        "either" or "begge" => RepairVisit.Either,
        _ => null,
    };

    private static int? Kroner(string? text) => WholeNumber.Parse(text, kroner: true) is { } v and >= 0 and <= MaxPrice ? v : null;

    /// <summary>A whole number is days ("3"); anything else is kept as text ("mens du venter", "3 måneder").</summary>
    private static (int? Days, string? Text) DaysOrText(string? input, string field, string nb, string en, List<RepairFieldError> errors)
    {
        if (Trim(input) is not { } t) return (null, null);
        if (WholeNumber.Parse(t, kroner: false) is { } days)
        {
            if (days <= MaxDays) return (days, null);
            errors.Add(new(field, $"{nb}: høyst {MaxDays} dager.", $"{en}: at most {MaxDays} days."));
            return (null, null);
        }
        if (t.Length <= MaxShort) return (null, t);
        errors.Add(new(field, $"{nb}: høyst {MaxShort} tegn.", $"{en}: at most {MaxShort} characters."));
        return (null, null);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The checked values of a <see cref="RepairServiceInput"/>.</summary>
public sealed record RepairServiceValues(
    string What, GoodsCategory Category, string Description, RepairPriceKind PriceKind, int? PriceFromNok, int? PriceToNok,
    int? TurnaroundDays, string? TurnaroundText, RepairVisit Visit, int? WarrantyDays, string? WarrantyText,
    string? PromiseText, int? PromiseDays, GoodsCategory? PromiseCategory)
{
    /// <summary>Copies the values onto the service and renews its search terms.</summary>
    public void ApplyTo(RepairService s)
    {
        ArgumentNullException.ThrowIfNull(s);
        (s.What, s.Category, s.Description, s.PriceKind, s.PriceFromNok, s.PriceToNok) = (What, Category, Description, PriceKind, PriceFromNok, PriceToNok);
        (s.TurnaroundDays, s.TurnaroundText, s.Visit, s.WarrantyDays, s.WarrantyText) = (TurnaroundDays, TurnaroundText, Visit, WarrantyDays, WarrantyText);
        (s.PromiseText, s.PromiseDays, s.PromiseCategory) = (PromiseText, PromiseDays, PromiseCategory);
        s.SearchTerms = RepairSearchTerms.Of(s);
    }
}
