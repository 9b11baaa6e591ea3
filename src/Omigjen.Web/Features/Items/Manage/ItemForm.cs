using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Items.Manage;

/// <summary>The fields of an item as the actor types them, with the checks and the bilingual messages.</summary>
public sealed class ItemForm
{
    public const int MaxQuantity = 9999;
    public const int MaxPrice = 10_000_000;

    [StringLength(TextLimits.Name), SingleLine]
    public string Title { get; set; } = "";
    [StringLength(TextLimits.LongText)]
    public string? Description { get; set; }
    [StringLength(40), SingleLine]
    public string Category { get; set; } = "";
    [StringLength(100), SingleLine]
    public string? Subcategory { get; set; }
    [StringLength(40), SingleLine]
    public string Condition { get; set; } = nameof(ItemCondition.GentlyUsed);
    [StringLength(20), SingleLine]
    public string? Price { get; set; }
    public bool Free { get; set; }
    [StringLength(10), SingleLine]
    public string? Quantity { get; set; } = "1";
    public int? LocationId { get; set; }
    [StringLength(50), SingleLine]
    public string? Size { get; set; }
    [StringLength(50), SingleLine]
    public string? AgeGroup { get; set; }
    [StringLength(100), SingleLine]
    public string? Brand { get; set; }
    [StringLength(50), SingleLine]
    public string? Colour { get; set; }
    [StringLength(100), SingleLine]
    public string? Dimensions { get; set; }

    /// <summary>One unit's weight in kg, optional ("2,5" or "2.5").</summary>
    [StringLength(20), SingleLine]
    public string? Weight { get; set; }

    /// <summary>Only on the edit page: Available, Sold or Removed.</summary>
    [StringLength(20), SingleLine]
    public string? Status { get; set; }

    /// <summary>The alternative text of the photo sent with the form.</summary>
    [StringLength(TextLimits.AltText)]
    public string? AltText { get; set; }

    public GoodsCategory ParsedCategory { get; private set; }
    public ItemCondition ParsedCondition { get; private set; }
    public int ParsedPrice { get; private set; }
    public int ParsedQuantity { get; private set; }
    public ItemStatus ParsedStatus { get; private set; } = ItemStatus.Available;
    public InitiativeLocation? ParsedLocation { get; private set; }
    public decimal? ParsedWeight { get; private set; }

    /// <summary>True when any of the optional fields under "Mer" has a value (the section then starts open).</summary>
    public bool HasMore => new[] { Description, Subcategory, Size, AgeGroup, Brand, Colour, Dimensions, Weight }.Any(v => !string.IsNullOrWhiteSpace(v));

    public static ItemForm From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemForm
        {
            Title = item.Title, Description = item.Description, Category = item.Category.ToString(), Subcategory = item.Subcategory,
            Condition = item.Condition.ToString(), Price = item.PriceNok.ToString(CultureInfo.InvariantCulture), Free = item.PriceNok == 0,
            Quantity = item.Quantity.ToString(CultureInfo.InvariantCulture), LocationId = item.LocationId, Size = item.Size,
            AgeGroup = item.AgeGroup, Brand = item.Brand, Colour = item.Colour, Dimensions = item.Dimensions,
            Weight = WeightKg.Format(item.WeightKg),
            Status = (item.Status == ItemStatus.Reserved ? ItemStatus.Available : item.Status).ToString(),
        };
    }

    /// <summary>
    /// Checks every field and adds what is wrong to <paramref name="errors"/> under the bound names (the pages bind the
    /// form as <c>Form</c>); <paramref name="editing"/> allows quantity 0 and reads the status.
    /// </summary>
    public void Validate(ModelStateDictionary errors, IReadOnlyList<InitiativeLocation> locations, bool editing)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(locations);
        Title = (Title ?? "").Trim();
        if (Title.Length == 0) Add(errors, nameof(Title), "Tittel: skriv hva det er, for eksempel «Barnesykkel 16 tommer».", "Title: say what it is, for example “Child's bike 16 inch”.");
        else if (Title.Length > 200) Add(errors, nameof(Title), "Tittel: høyst 200 tegn.", "Title: at most 200 characters.");

        ParsedPrice = Free ? 0 : WholeNumber.Read(errors, PriceField, Price) ?? 0;
        var minimum = editing ? 0 : 1;
        ParsedQuantity = WholeNumber.Read(errors, new WholeNumberField(Key(nameof(Quantity)), "item-quantity", minimum, MaxQuantity, Kroner: false,
            $"Antall: skriv et helt tall fra {minimum} til {MaxQuantity}.", $"Quantity: enter a whole number from {minimum} to {MaxQuantity}."), Quantity) ?? 0;

        if (Enum.TryParse<GoodsCategory>(Category, ignoreCase: false, out var category) && Enum.IsDefined(category)) ParsedCategory = category;
        else if (ItemCategories.TryParse(Category, out category)) ParsedCategory = category;
        else Add(errors, nameof(Category), "Kategori: velg en kategori fra listen.", "Category: choose a category from the list.");

        if (Enum.TryParse<ItemCondition>(Condition, ignoreCase: false, out var condition) && Enum.IsDefined(condition)) ParsedCondition = condition;
        else Add(errors, nameof(Condition), "Tilstand: velg en tilstand fra listen.", "Condition: choose a condition from the list.");

        ParsedWeight = WeightKg.Read(errors, Key(nameof(Weight)), IdOf(nameof(Weight)), Weight);

        if (locations.Count > 0)
        {
            ParsedLocation = LocationId is { } id ? locations.FirstOrDefault(l => l.Id == id) : locations[0];
            if (ParsedLocation is null) Add(errors, nameof(LocationId), "Sted: velg et av stedene i listen.", "Place: choose one of the places in the list.");
        }

        if (editing)
        {
            if (Enum.TryParse<ItemStatus>(Status, ignoreCase: false, out var status) && status is ItemStatus.Available or ItemStatus.Sold or ItemStatus.Removed)
                ParsedStatus = status;
            else Add(errors, nameof(Status), "Status: velg tilgjengelig, solgt / gitt bort eller fjernet.", "Status: choose available, sold / given away or removed.");
        }

        Description = Trim(Description);
        Subcategory = Trim(Subcategory);
        Size = Trim(Size);
        AgeGroup = Trim(AgeGroup);
        Brand = Trim(Brand);
        Colour = Trim(Colour);
        Dimensions = Trim(Dimensions);
        MaxLength(errors, Description, 4000, nameof(Description), "Beskrivelse", "Description");
        MaxLength(errors, Subcategory, 100, nameof(Subcategory), "Underkategori", "Subcategory");
        MaxLength(errors, Size, 50, nameof(Size), "Størrelse", "Size");
        MaxLength(errors, AgeGroup, 50, nameof(AgeGroup), "Aldersgruppe", "Age group");
        MaxLength(errors, Brand, 100, nameof(Brand), "Merke", "Brand");
        MaxLength(errors, Colour, 50, nameof(Colour), "Farge", "Colour");
        MaxLength(errors, Dimensions, 100, nameof(Dimensions), "Mål", "Dimensions");
    }

    /// <summary>The bound name of a field: the pages bind the form as <c>Form</c>.</summary>
    public static string Key(string property) => "Form." + property;

    /// <summary>The element id of a field: <c>item-title</c>, <c>item-locationid</c> is <c>item-location</c>.</summary>
    public static string IdOf(string property) => property == nameof(LocationId) ? "item-location" : "item-" + property.ToLowerInvariant();

    /// <summary>Adds a message to the field <paramref name="property"/> (a property of this form).</summary>
    public static void Add(ModelStateDictionary errors, string property, string nb, string en) => errors.AddError(Key(property), IdOf(property), nb, en);

    private static readonly WholeNumberField PriceField = new(Key(nameof(Price)), "item-price", 0, MaxPrice, Kroner: true,
        "Pris: skriv prisen i hele kroner (0 eller mer), eller kryss av for «Gratis».", "Price: enter the price in whole kroner (0 or more), or tick “Free”.");

    /// <summary>Copies the checked fields (not quantity or status, which change by conditional updates) onto the item.</summary>
    public void ApplyTo(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        item.Title = Title;
        item.Description = Description ?? "";
        item.Category = ParsedCategory;
        item.Subcategory = Subcategory;
        item.Condition = ParsedCondition;
        item.PriceNok = ParsedPrice;
        item.Size = Size;
        item.AgeGroup = AgeGroup;
        item.Brand = Brand;
        item.Colour = Colour;
        item.Dimensions = Dimensions;
        item.WeightKg = ParsedWeight;
        if (ParsedLocation is { } location)
        {
            item.LocationId = location.Id;
            item.Latitude = location.Latitude;
            item.Longitude = location.Longitude;
        }
        ItemIndexing.Apply(item);
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void MaxLength(ModelStateDictionary errors, string? value, int max, string property, string nb, string en)
    {
        if (value is not null && value.Length > max) Add(errors, property, $"{nb}: høyst {max} tegn.", $"{en}: at most {max} characters.");
    }
}
