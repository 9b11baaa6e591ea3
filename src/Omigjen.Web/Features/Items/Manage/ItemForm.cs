using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;
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

    /// <summary>True when any of the optional fields under "Mer" has a value (the section then starts open).</summary>
    public bool HasMore => new[] { Description, Subcategory, Size, AgeGroup, Brand, Colour, Dimensions }.Any(v => !string.IsNullOrWhiteSpace(v));

    public static ItemForm From(Item item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ItemForm
        {
            Title = item.Title, Description = item.Description, Category = item.Category.ToString(), Subcategory = item.Subcategory,
            Condition = item.Condition.ToString(), Price = item.PriceNok.ToString(CultureInfo.InvariantCulture), Free = item.PriceNok == 0,
            Quantity = item.Quantity.ToString(CultureInfo.InvariantCulture), LocationId = item.LocationId, Size = item.Size,
            AgeGroup = item.AgeGroup, Brand = item.Brand, Colour = item.Colour, Dimensions = item.Dimensions,
            Status = (item.Status == ItemStatus.Reserved ? ItemStatus.Available : item.Status).ToString(),
        };
    }

    /// <summary>Checks every field; <paramref name="editing"/> allows quantity 0 and reads the status.</summary>
    public FormErrors Validate(IReadOnlyList<InitiativeLocation> locations, bool editing)
    {
        ArgumentNullException.ThrowIfNull(locations);
        var errors = new FormErrors();
        Title = (Title ?? "").Trim();
        if (Title.Length == 0) errors.Add("item-title", "Tittel: skriv hva det er, for eksempel «Barnesykkel 16 tommer».", "Title: say what it is, for example “Child's bike 16 inch”.");
        else if (Title.Length > 200) errors.Add("item-title", "Tittel: høyst 200 tegn.", "Title: at most 200 characters.");

        if (Free) ParsedPrice = 0;
        else if (ParseWhole(Price, stripCurrency: true) is { } price && price is >= 0 and <= MaxPrice) ParsedPrice = price;
        else errors.Add("item-price", "Pris: skriv prisen i hele kroner (0 eller mer), eller kryss av for «Gratis».",
            "Price: enter the price in whole kroner (0 or more), or tick “Free”.");

        var minimum = editing ? 0 : 1;
        if (ParseWhole(Quantity, stripCurrency: false) is { } quantity && quantity >= minimum && quantity <= MaxQuantity) ParsedQuantity = quantity;
        else errors.Add("item-quantity", $"Antall: skriv et helt tall fra {minimum} til {MaxQuantity}.", $"Quantity: enter a whole number from {minimum} to {MaxQuantity}.");

        if (Enum.TryParse<GoodsCategory>(Category, ignoreCase: false, out var category) && Enum.IsDefined(category)) ParsedCategory = category;
        else if (ItemCategories.TryParse(Category, out category)) ParsedCategory = category;
        else errors.Add("item-category", "Kategori: velg en kategori fra listen.", "Category: choose a category from the list.");

        if (Enum.TryParse<ItemCondition>(Condition, ignoreCase: false, out var condition) && Enum.IsDefined(condition)) ParsedCondition = condition;
        else errors.Add("item-condition", "Tilstand: velg en tilstand fra listen.", "Condition: choose a condition from the list.");

        if (locations.Count > 0)
        {
            ParsedLocation = LocationId is { } id ? locations.FirstOrDefault(l => l.Id == id) : locations[0];
            if (ParsedLocation is null) errors.Add("item-location", "Sted: velg et av stedene i listen.", "Place: choose one of the places in the list.");
        }

        if (editing)
        {
            if (Enum.TryParse<ItemStatus>(Status, ignoreCase: false, out var status) && status is ItemStatus.Available or ItemStatus.Sold or ItemStatus.Removed)
                ParsedStatus = status;
            else errors.Add("item-status", "Status: velg tilgjengelig, solgt / gitt bort eller fjernet.", "Status: choose available, sold / given away or removed.");
        }

        Description = Trim(Description);
        Subcategory = Trim(Subcategory);
        Size = Trim(Size);
        AgeGroup = Trim(AgeGroup);
        Brand = Trim(Brand);
        Colour = Trim(Colour);
        Dimensions = Trim(Dimensions);
        MaxLength(errors, Description, 4000, "item-description", "Beskrivelse", "Description");
        MaxLength(errors, Subcategory, 100, "item-subcategory", "Underkategori", "Subcategory");
        MaxLength(errors, Size, 50, "item-size", "Størrelse", "Size");
        MaxLength(errors, AgeGroup, 50, "item-agegroup", "Aldersgruppe", "Age group");
        MaxLength(errors, Brand, 100, "item-brand", "Merke", "Brand");
        MaxLength(errors, Colour, 50, "item-colour", "Farge", "Colour");
        MaxLength(errors, Dimensions, 100, "item-dimensions", "Mål", "Dimensions");
        return errors;
    }

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
        if (ParsedLocation is { } location)
        {
            item.LocationId = location.Id;
            item.Latitude = location.Latitude;
            item.Longitude = location.Longitude;
        }
        ItemIndexing.Apply(item);
    }

    /// <summary>Checks the alternative text for a photo; null when it is fine.</summary>
    public static FormError? CheckAltText(string? altText, string field)
    {
        var text = (altText ?? "").Trim();
        if (text.Length == 0)
            return new FormError(field, "Bildetekst (alternativ tekst): beskriv kort hva bildet viser, for dem som ikke ser det.",
                "Image text (alternative text): briefly describe what the photo shows, for people who cannot see it.");
        if (text.Length > 300)
            return new FormError(field, "Bildetekst (alternativ tekst): høyst 300 tegn.", "Image text (alternative text): at most 300 characters.");
        return null;
    }

    private static int? ParseWhole(string? text, bool stripCurrency)
    {
        var t = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        if (stripCurrency)
        {
            if (t.EndsWith(",-", StringComparison.Ordinal)) t = t[..^2];
            if (t.EndsWith("kr", StringComparison.OrdinalIgnoreCase)) t = t[..^2];
        }
        return int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static string? Trim(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void MaxLength(FormErrors errors, string? value, int max, string field, string nb, string en)
    {
        if (value is not null && value.Length > max) errors.Add(field, $"{nb}: høyst {max} tegn.", $"{en}: at most {max} characters.");
    }
}
