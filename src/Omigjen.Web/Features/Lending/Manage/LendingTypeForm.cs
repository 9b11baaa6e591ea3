using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Lending.Manage;

/// <summary>The fields of a lendable type as the staff types them, with the checks and the bilingual messages.</summary>
public sealed class LendingTypeForm
{
    public const int MaxPrice = 100_000;
    public const int MaxDeposit = 100_000;
    public const int MinDays = 1;
    public const int MaxDaysLimit = 90;
    public const int MaxLeadTimeHours = 720;
    public const int MaxLabelLength = 50;
    public const int MaxUnitsAtOnce = 100;

    /// <summary>Pickup and return whenever the initiative is open.</summary>
    public const string AtOpeningHours = "hours";

    /// <summary>Pickup and return only in the type's own staffed slots.</summary>
    public const string AtStaffedSlots = "staffed";

    [StringLength(TextLimits.Name), SingleLine]
    public string Name { get; set; } = "";
    [StringLength(TextLimits.LongText)]
    public string? Description { get; set; }
    [StringLength(40), SingleLine]
    public string Category { get; set; } = nameof(GoodsCategory.SportsOutdoors);
    /// <summary>One unit's weight in kg, optional ("2,5" or "2.5").</summary>
    [StringLength(20), SingleLine]
    public string? Weight { get; set; }
    [StringLength(20), SingleLine]
    public string PriceKind { get; set; } = nameof(LendingPriceKind.Free);
    [StringLength(20), SingleLine]
    public string? Price { get; set; }
    [StringLength(20), SingleLine]
    public string? Deposit { get; set; }
    [StringLength(10), SingleLine]
    public string? MaxDays { get; set; } = BookingRules.DefaultMaxDays.ToString(CultureInfo.InvariantCulture);
    [StringLength(10), SingleLine]
    public string? LeadTimeHours { get; set; } = "0";
    [StringLength(20), SingleLine]
    public string PickupMode { get; set; } = AtOpeningHours;
    [StringLength(500)]
    public string? StaffedHours { get; set; }
    public bool SelfService { get; set; }
    public bool Archived { get; set; }

    /// <summary>Only when the type is new: its units, one label each ("150 cm, 150 cm, 160 cm").</summary>
    [StringLength(6000)]
    public string? Units { get; set; }

    /// <summary>The alternative text of the photo sent with the form.</summary>
    [StringLength(TextLimits.AltText)]
    public string? PhotoAlt { get; set; }

    public GoodsCategory ParsedCategory { get; private set; }
    public decimal? ParsedWeight { get; private set; }
    public LendingPriceKind ParsedPriceKind { get; private set; }
    public int ParsedPrice { get; private set; }
    public int? ParsedDeposit { get; private set; }
    public int ParsedMaxDays { get; private set; } = BookingRules.DefaultMaxDays;
    public int ParsedLeadTimeHours { get; private set; }
    public string? ParsedStaffedHours { get; private set; }
    public IReadOnlyList<string> ParsedUnits { get; private set; } = [];

    /// <summary>The staffed slots in words, when they were read.</summary>
    public OpeningHoursSchedule? StaffedSchedule { get; private set; }

    public static LendingTypeForm From(LendingType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return new LendingTypeForm
        {
            Name = type.Name, Description = type.Description, Category = type.Category.ToString(), Weight = WeightKg.Format(type.WeightKg), PriceKind = type.PriceKind.ToString(),
            Price = type.PriceKind == LendingPriceKind.Free ? null : type.PriceNok.ToString(CultureInfo.InvariantCulture),
            Deposit = type.DepositNok is > 0 ? type.DepositNok.Value.ToString(CultureInfo.InvariantCulture) : null,
            MaxDays = type.MaxDays.ToString(CultureInfo.InvariantCulture),
            LeadTimeHours = type.LeadTimeHours.ToString(CultureInfo.InvariantCulture),
            PickupMode = string.IsNullOrWhiteSpace(type.StaffedHours) ? AtOpeningHours : AtStaffedSlots,
            StaffedHours = type.StaffedHours, SelfService = type.SelfService, Archived = type.Archived, PhotoAlt = type.PhotoAlt,
        };
    }

    /// <summary>
    /// Checks every field and adds what is wrong to <paramref name="errors"/> under the bound names (the pages bind the
    /// form as <c>Form</c>); <paramref name="isNew"/> also reads the units (at least one).
    /// </summary>
    public void Validate(ModelStateDictionary errors, bool isNew)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Name = (Name ?? "").Trim();
        if (Name.Length == 0)
            Add(errors, nameof(Name), "Navn: skriv hva som lånes ut, for eksempel «Langrennski, klassisk».", "Name: say what is lent, for example “Cross-country skis, classic”.");
        else if (Name.Length > 200)
            Add(errors, nameof(Name), "Navn: høyst 200 tegn.", "Name: at most 200 characters.");

        Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
        if (Description is { Length: > 4000 })
            Add(errors, nameof(Description), "Beskrivelse: høyst 4000 tegn.", "Description: at most 4000 characters.");

        if (Enum.TryParse<GoodsCategory>(Category, ignoreCase: false, out var category) && Enum.IsDefined(category)) ParsedCategory = category;
        else if (ItemCategories.TryParse(Category, out category)) ParsedCategory = category;
        else Add(errors, nameof(Category), "Kategori: velg en kategori fra listen.", "Category: choose a category from the list.");

        ParsedWeight = WeightKg.Read(errors, Key(nameof(Weight)), IdOf(nameof(Weight)), Weight);

        if (Enum.TryParse<LendingPriceKind>(PriceKind, ignoreCase: false, out var kind) && Enum.IsDefined(kind)) ParsedPriceKind = kind;
        else Add(errors, nameof(PriceKind), "Pris: velg gratis, per dag eller per uke.", "Price: choose free, per day or per week.");

        ParsedPrice = ParsedPriceKind == LendingPriceKind.Free ? 0 : WholeNumber.Read(errors, PriceField, Price) ?? 0;
        ParsedDeposit = string.IsNullOrWhiteSpace(Deposit) ? null : WholeNumber.Read(errors, DepositField, Deposit) is { } deposit and > 0 ? deposit : null;
        ParsedMaxDays = WholeNumber.Read(errors, MaxDaysField, MaxDays) ?? ParsedMaxDays;
        ParsedLeadTimeHours = string.IsNullOrWhiteSpace(LeadTimeHours) ? 0 : WholeNumber.Read(errors, LeadTimeField, LeadTimeHours) ?? 0;

        PickupMode = PickupMode == AtStaffedSlots ? AtStaffedSlots : AtOpeningHours;
        ParsedStaffedHours = null;
        StaffedSchedule = null;
        if (PickupMode == AtStaffedSlots)
        {
            var value = string.Join(' ', (StaffedHours ?? "").Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Trim();
            StaffedHours = value;
            if (value.Length == 0)
            {
                Add(errors, nameof(StaffedHours), "Egne tider for henting og levering: skriv tidene, for eksempel «Tu,Th 17:00-19:00», eller velg åpningstidene.",
                    "Own times for pickup and return: enter the times, for example “Tu,Th 17:00-19:00”, or choose the opening hours.");
            }
            else if (value.Length > 500)
            {
                Add(errors, nameof(StaffedHours), "Egne tider for henting og levering: høyst 500 tegn.", "Own times for pickup and return: at most 500 characters.");
            }
            else
            {
                var parsed = OpeningHoursSchedule.Parse(value);
                if (parsed.Error is { } e)
                {
                    var (nb, en) = OpeningHoursErrorText.For("Egne tider for henting og levering", "Own times for pickup and return", value, e);
                    Add(errors, nameof(StaffedHours), nb, en);
                }
                else
                {
                    ParsedStaffedHours = value;
                    StaffedSchedule = parsed.Schedule;
                }
            }
        }

        PhotoAlt = string.IsNullOrWhiteSpace(PhotoAlt) ? null : PhotoAlt.Trim();

        if (isNew)
        {
            var (labels, error) = ParseLabels(Units);
            if (error is not null) Add(errors, nameof(Units), error.Value.Nb, error.Value.En);
            else if (labels.Count == 0)
                Add(errors, nameof(Units), "Enheter: skriv minst én størrelse eller ett nummer, for eksempel «150 cm, 150 cm, 160 cm» eller «Nr. 1, Nr. 2».",
                    "Units: enter at least one size or number, for example “150 cm, 150 cm, 160 cm” or “No. 1, No. 2”.");
            ParsedUnits = labels;
        }
    }

    /// <summary>The bound name of a field: the pages bind the form as <c>Form</c>.</summary>
    public static string Key(string property) => "Form." + property;

    /// <summary>The element id of a field, which the error summary links to.</summary>
    public static string IdOf(string property) => property switch
    {
        nameof(PriceKind) => "type-price-kind",
        nameof(MaxDays) => "type-max-days",
        nameof(LeadTimeHours) => "type-lead-time",
        nameof(StaffedHours) => "type-staffed",
        _ => "type-" + property.ToLowerInvariant(),
    };

    private static void Add(ModelStateDictionary errors, string property, string nb, string en) => errors.AddError(Key(property), IdOf(property), nb, en);

    private static WholeNumberField Field(string property, int min, int max, bool kroner, string nb, string en) =>
        new(Key(property), IdOf(property), min, max, kroner, nb, en);

    private static readonly WholeNumberField PriceField = Field(nameof(Price), 1, MaxPrice, kroner: true,
        $"Pris i kroner: skriv et helt tall fra 1 til {MaxPrice}, eller velg «Gratis».", $"Price in kroner: enter a whole number from 1 to {MaxPrice}, or choose “Free”.");

    private static readonly WholeNumberField DepositField = Field(nameof(Deposit), 0, MaxDeposit, kroner: true,
        $"Depositum: skriv et helt tall i kroner fra 0 til {MaxDeposit}, eller la feltet stå tomt.", $"Deposit: enter whole kroner from 0 to {MaxDeposit}, or leave the field empty.");

    private static readonly WholeNumberField MaxDaysField = Field(nameof(MaxDays), MinDays, MaxDaysLimit, kroner: false,
        $"Lengste utlån: skriv et helt antall dager fra {MinDays} til {MaxDaysLimit}.", $"Longest loan: enter a whole number of days from {MinDays} to {MaxDaysLimit}.");

    private static readonly WholeNumberField LeadTimeField = Field(nameof(LeadTimeHours), 0, MaxLeadTimeHours, kroner: false,
        $"Bestilles i forveien: skriv et helt antall timer fra 0 til {MaxLeadTimeHours}.", $"Book ahead: enter a whole number of hours from 0 to {MaxLeadTimeHours}.");

    /// <summary>Copies the checked fields onto the type, with the search terms and the place's coordinates.</summary>
    public void ApplyTo(LendingType type, InitiativeLocation? location, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(type);
        type.Name = Name;
        type.Description = Description ?? "";
        type.Category = ParsedCategory;
        type.WeightKg = ParsedWeight;
        type.PriceKind = ParsedPriceKind;
        type.PriceNok = ParsedPrice;
        type.DepositNok = ParsedDeposit;
        type.MaxDays = ParsedMaxDays;
        type.LeadTimeHours = ParsedLeadTimeHours;
        type.StaffedHours = ParsedStaffedHours;
        type.SelfService = SelfService;
        type.Archived = Archived;
        if (location is not null)
        {
            type.Latitude = location.Latitude;
            type.Longitude = location.Longitude;
        }
        type.UpdatedAt = now;
        LendingIndexing.Apply(type);
    }

    /// <summary>
    /// Labels separated by commas, semicolons or new lines ("150 cm, 150 cm, 160 cm"); a comma between two digits is a
    /// decimal comma ("1,5 m") and stays in the label. The error names what is wrong in both languages.
    /// </summary>
    public static (List<string> Labels, (string Nb, string En)? Error) ParseLabels(string? text)
    {
        var labels = new List<string>();
        var current = new StringBuilder();
        var s = text ?? "";
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var decimalComma = c == ',' && i > 0 && i + 1 < s.Length && char.IsAsciiDigit(s[i - 1]) && char.IsAsciiDigit(s[i + 1]);
            if ((c is ',' or ';' or '\n' or '\r') && !decimalComma)
            {
                Flush();
                continue;
            }
            current.Append(c);
        }
        Flush();
        var tooLong = labels.FirstOrDefault(l => l.Length > MaxLabelLength);
        if (tooLong is not null)
            return (labels, ($"Enheter: «{tooLong[..20]}…» er for lang; en størrelse eller et nummer kan ha høyst {MaxLabelLength} tegn. Skill enhetene med komma.",
                $"Units: “{tooLong[..20]}…” is too long; a size or number can have at most {MaxLabelLength} characters. Separate the units with commas."));
        if (labels.Count > MaxUnitsAtOnce)
            return (labels, ($"Enheter: høyst {MaxUnitsAtOnce} om gangen (du skrev {labels.Count}).",
                $"Units: at most {MaxUnitsAtOnce} at a time (you entered {labels.Count})."));
        return (labels, null);

        void Flush()
        {
            var label = string.Join(' ', current.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (label.Length > 0) labels.Add(label);
            current.Clear();
        }
    }

    /// <summary>Checks one label typed for a unit; null when it is fine.</summary>
    public static (string Nb, string En)? CheckLabel(string? label)
    {
        var text = (label ?? "").Trim();
        if (text.Length == 0) return ("Størrelse eller nummer: skriv for eksempel «150 cm» eller «Nr. 2».", "Size or number: enter for example “150 cm” or “No. 2”.");
        if (text.Length > MaxLabelLength) return ($"Størrelse eller nummer: høyst {MaxLabelLength} tegn.", $"Size or number: at most {MaxLabelLength} characters.");
        return null;
    }

    /// <summary>The price in words: "Gratis", "50 kr per dag", "200 kr per uke".</summary>
    public static string PriceText(LendingPriceKind kind, int priceNok) => LendingLabels.Price(kind, priceNok);

    public static string PriceKindLabel(LendingPriceKind kind) => kind switch
    {
        LendingPriceKind.PerDay => L.T("Per dag", "Per day"),
        LendingPriceKind.PerWeek => L.T("Per uke", "Per week"),
        _ => L.T("Gratis", "Free"),
    };

    public static string StateLabel(LendingUnitState state) => state switch
    {
        LendingUnitState.Maintenance => L.T("Til vedlikehold", "In maintenance"),
        LendingUnitState.Retired => L.T("Tatt ut av bruk", "Retired"),
        _ => L.T("Tilgjengelig", "Available"),
    };
}

/// <summary>What the type's fields partial needs: the form, and whether the type is new (units) or stored (archive).</summary>
public sealed record LendingTypeFieldsView(LendingTypeForm Form, bool IsNew);
