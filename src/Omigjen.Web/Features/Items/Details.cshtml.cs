using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Items;

/// <summary>One item: photos, price, condition, the place with today's hours and the way there, and the reserve button.</summary>
public sealed class ItemDetailsModel(AppDbContext db, DirectoryCache cache, MunicipalClock clock) : PageModel
{
    public Item Item { get; private set; } = null!;
    public DirectoryEntry Entry { get; private set; } = null!;
    public Initiative Initiative => Entry.Initiative;
    public InitiativeLocation? Location { get; private set; }
    public MunicipalClock Clock => clock;
    public OpeningState StateNow { get; private set; }
    public string StatusText { get; private set; } = "";

    /// <summary>Today's opening periods; null when the hours are not known.</summary>
    public DaySchedule? Today { get; private set; }
    public IReadOnlyList<ItemPhoto> Photos { get; private set; } = [];
    public string JsonLd { get; private set; } = "";

    public bool CanReserve => Item.Status == ItemStatus.Available && Item.Available > 0;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await ItemsApi.FindPublicAsync(db, cache, id, ct) is not { } found) return NotFound();
        (Item, Entry) = found;
        Location = Search.ItemSearch.PlaceOf(Initiative, Item.LocationId);
        Photos = Item.Photos.OrderBy(p => p.SortOrder).ThenBy(p => p.Id).ToList();
        var now = clock.Now;
        StateNow = OpenWhenRules.StateAt(Entry, now, clock.Zone);
        StatusText = Initiatives.StatusText.For(Entry, now, clock.Zone);
        if (Entry.Schedule is { } schedule)
            Today = schedule.GetWeek(clock.Today, Entry.Context).Days.FirstOrDefault(d => d.Date == clock.Today);
        JsonLd = BuildJsonLd();
        return Page();
    }

    public static string Time(TimeOnly t) => TimeText.Clock(t);

    public static string Coord(double v) => v.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Today's hours in words: "10.00–17.00", or closed.</summary>
    public string TodayText()
    {
        if (Today is null) return L.T("Åpningstider ikke oppgitt", "Opening hours not given");
        var open = Today.Open.Where(r => r.State != OpeningState.Closed).ToList();
        if (open.Count == 0) return L.T("Stengt i dag", "Closed today");
        return string.Join(", ", open.Select(r => $"{Time(r.Start)}–{Time(r.End)}{(r.State == OpeningState.Unknown ? L.T(" (usikkert)", " (uncertain)") : "")}"));
    }

    /// <summary>The sizes attribute: full width on a phone, about half the page on a wide screen.</summary>
    public const string PhotoSizes = "(min-width: 48rem) 40rem, 100vw";

    private string BuildJsonLd()
    {
        var baseUrl = $"{Request.Scheme}://{Request.Host}";
        var i = Initiative;
        var availability = Item.Status switch
        {
            ItemStatus.Available when Item.Available > 0 => "InStock",
            ItemStatus.Available or ItemStatus.Reserved => "Reserved",
            _ => "SoldOut",
        };
        var condition = Item.Condition switch
        {
            ItemCondition.New => "NewCondition",
            ItemCondition.NeedsRepair => "DamagedCondition",
            _ => "UsedCondition",
        };
        var seller = new Dictionary<string, object?>
        {
            ["@type"] = "Organization",
            ["name"] = i.Name,
            ["url"] = $"{baseUrl}/initiativ/{i.Slug}",
        };
        var offer = new Dictionary<string, object?>
        {
            ["@type"] = "Offer",
            ["price"] = Item.PriceNok,
            ["priceCurrency"] = "NOK",
            ["availability"] = "https://schema.org/" + availability,
            ["itemCondition"] = "https://schema.org/" + condition,
            ["url"] = FormattableString.Invariant($"{baseUrl}/varer/{Item.Id}"),
            ["seller"] = seller,
            ["availableAtOrFrom"] = Location is not { } l ? null : new Dictionary<string, object?>
            {
                ["@type"] = "Place",
                ["name"] = l.Name ?? i.Name,
                ["address"] = new Dictionary<string, object?>
                {
                    ["@type"] = "PostalAddress", ["streetAddress"] = l.Address, ["postalCode"] = l.PostalCode,
                    ["addressLocality"] = l.City, ["addressCountry"] = "NO",
                },
            },
        };
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Product",
            ["name"] = Item.Title,
            ["description"] = string.IsNullOrWhiteSpace(Item.Description) ? null : Item.Description,
            ["category"] = Labels.Of(Item.Category),
            ["brand"] = Item.Brand is { Length: > 0 } brand ? new Dictionary<string, object> { ["@type"] = "Brand", ["name"] = brand } : null,
            ["color"] = Item.Colour,
            ["size"] = Item.Size,
            ["image"] = Photos.Count == 0 ? null : Photos.Select(p => baseUrl + ItemPhotoUrls.Of(p.Key, 1280, "jpg")).ToList(),
            ["url"] = FormattableString.Invariant($"{baseUrl}/varer/{Item.Id}"),
            ["offers"] = offer,
        };
        var json = JsonSerializer.Serialize(Compact(data));
        // A "</script>" inside a value must not end the block.
        return json.Replace("</", "<\\/", StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Compact(Dictionary<string, object?> d) =>
        d.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value is Dictionary<string, object?> inner ? Compact(inner) : kv.Value);
}
