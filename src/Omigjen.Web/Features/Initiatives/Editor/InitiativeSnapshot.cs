using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>The fields an actor edits, as stored in a revision. Ids are left out so a restore can recreate lists.</summary>
public sealed record InitiativeSnapshot
{
    public string Name { get; init; } = "";
    public LocalizedText ShortDescription { get; init; } = new();
    public LocalizedText LongDescription { get; init; } = new();
    public List<InitiativeKind> Kinds { get; init; } = [];
    public List<GoodsCategory> Categories { get; init; } = [];
    public List<InitiativeService> Services { get; init; } = [];
    public LocalizedText Accepts { get; init; } = new();
    public LocalizedText Declines { get; init; } = new();
    public OrganisationType OrganisationType { get; init; }
    public List<LocationSnapshot> Locations { get; init; } = [];
    public string OpeningHours { get; init; } = "";
    public LocalizedText OpeningHoursNote { get; init; } = new();
    public List<SpecialHoursSnapshot> Exceptions { get; init; } = [];
    public ContactInfo Contact { get; init; } = new();
    public AccessibilityInfo Accessibility { get; init; } = new();
    public ConsumerTerms Terms { get; init; } = new();
    public InitiativeStatus Status { get; init; }

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static InitiativeSnapshot Of(Initiative i)
    {
        ArgumentNullException.ThrowIfNull(i);
        // A JSON round trip copies the nested objects, so later edits of the entity do not change the snapshot.
        return FromJson(JsonSerializer.Serialize(new InitiativeSnapshot
        {
            Name = i.Name, ShortDescription = i.ShortDescription, LongDescription = i.LongDescription, Kinds = i.Kinds,
            Categories = i.Categories, Services = i.Services, Accepts = i.Accepts, Declines = i.Declines,
            OrganisationType = i.OrganisationType,
            Locations = i.Locations.OrderBy(l => l.Id).Select(l => new LocationSnapshot(l.Name, l.Address, l.PostalCode, l.City, l.Latitude, l.Longitude, l.ValidFrom, l.ValidTo)).ToList(),
            OpeningHours = i.OpeningHours, OpeningHoursNote = i.OpeningHoursNote,
            Exceptions = i.Exceptions.OrderBy(e => e.From).ThenBy(e => e.To).Select(e => new SpecialHoursSnapshot(e.From, e.To, e.Hours, e.Reason)).ToList(),
            Contact = i.Contact, Accessibility = i.Accessibility, Terms = i.Terms, Status = i.Status,
        }, Json));
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static InitiativeSnapshot FromJson(string json) => JsonSerializer.Deserialize<InitiativeSnapshot>(json, Json) ?? new();

    /// <summary>Writes the snapshot's fields onto a tracked entity (loaded with its locations and exceptions).</summary>
    public void ApplyTo(Initiative i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var copy = FromJson(ToJson());
        i.Name = copy.Name;
        i.ShortDescription = copy.ShortDescription;
        i.LongDescription = copy.LongDescription;
        i.Kinds = copy.Kinds;
        i.Categories = copy.Categories;
        i.Services = copy.Services;
        i.Accepts = copy.Accepts;
        i.Declines = copy.Declines;
        i.OrganisationType = copy.OrganisationType;
        i.OpeningHours = copy.OpeningHours;
        i.OpeningHoursNote = copy.OpeningHoursNote;
        i.Contact = copy.Contact;
        i.Accessibility = copy.Accessibility;
        i.Terms = copy.Terms;
        i.Status = copy.Status;
        if (!copy.Locations.SequenceEqual(Of(i).Locations))
        {
            i.Locations.Clear();
            i.Locations.AddRange(copy.Locations.Select(l => new InitiativeLocation
            {
                Name = l.Name, Address = l.Address, PostalCode = l.PostalCode, City = l.City, Latitude = l.Latitude,
                Longitude = l.Longitude, ValidFrom = l.ValidFrom, ValidTo = l.ValidTo,
            }));
        }
        if (!copy.Exceptions.SequenceEqual(Of(i).Exceptions))
        {
            i.Exceptions.Clear();
            i.Exceptions.AddRange(copy.Exceptions.Select(e => new SpecialHours { From = e.From, To = e.To, Hours = e.Hours, Reason = e.Reason }));
        }
    }

    /// <summary>The fields that differ, with readable labels and values, in a stable order.</summary>
    public static IReadOnlyList<FieldChange> Compare(InitiativeSnapshot before, InitiativeSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var a = Flatten(JsonNode.Parse(before.ToJson()));
        var b = Flatten(JsonNode.Parse(after.ToJson()));
        return a.Keys.Union(b.Keys)
            .Where(k => a.GetValueOrDefault(k, "") != b.GetValueOrDefault(k, ""))
            .Select(k => new FieldChange(k, a.GetValueOrDefault(k, ""), b.GetValueOrDefault(k, "")))
            .ToList();
    }

    private static Dictionary<string, string> Flatten(JsonNode? node)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(JsonNode? n, string path)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o) Walk(value, path.Length == 0 ? key : path + "." + key);
                    break;
                case JsonArray arr:
                    // A list reads best as one value: "Bikes, Furniture" or one line per place.
                    result[path] = string.Join(arr.All(x => x is JsonValue) ? ", " : "\n", arr.Select(x => x is JsonObject obj
                        ? string.Join(", ", obj.Where(kv => kv.Value is not null).Select(kv => $"{kv.Key}: {kv.Value}"))
                        : x?.ToString() ?? ""));
                    break;
                case JsonValue v:
                    result[path] = v.ToString();
                    break;
                default:
                    result[path] = "";
                    break;
            }
        }
        Walk(node, "");
        return result;
    }
}

public sealed record LocationSnapshot(string? Name, string Address, string? PostalCode, string? City, double Latitude, double Longitude, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record SpecialHoursSnapshot(DateOnly From, DateOnly To, string Hours, string Reason);

/// <summary>One changed field: its path in the snapshot (e.g. <c>contact.phone</c>) and the values before and after.</summary>
public sealed record FieldChange(string Path, string Before, string After)
{
    private static readonly Dictionary<string, (string Nb, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["name"] = ("Navn", "Name"), ["shortDescription"] = ("Kort beskrivelse", "Short description"),
        ["longDescription"] = ("Beskrivelse", "Description"), ["kinds"] = ("Type tilbud", "Kinds"),
        ["categories"] = ("Kategorier", "Categories"), ["services"] = ("Tjenester", "Services"),
        ["accepts"] = ("Tar imot", "Accepts"), ["declines"] = ("Tar ikke imot", "Declines"),
        ["organisationType"] = ("Organisasjonstype", "Organisation type"), ["locations"] = ("Steder", "Locations"),
        ["openingHours"] = ("Åpningstider", "Opening hours"), ["openingHoursNote"] = ("Merknad til åpningstider", "Note on opening hours"),
        ["exceptions"] = ("Avvik fra åpningstidene", "Exceptions to the hours"), ["contact"] = ("Kontakt", "Contact"),
        ["accessibility"] = ("Tilgjengelighet", "Accessibility"), ["terms"] = ("Forbrukervilkår", "Consumer terms"),
        ["status"] = ("Status", "Status"),
    };

    /// <summary>"Kontakt – phone" style label in the current language.</summary>
    public string Label
    {
        get
        {
            var parts = Path.Split('.');
            var head = Labels.TryGetValue(parts[0], out var l) ? L.T(l.Nb, l.En) : parts[0];
            return parts.Length == 1 ? head : head + " – " + string.Join(" – ", parts.Skip(1).Select(p => p switch
            {
                "nb" => L.T("bokmål", "Norwegian"),
                "en" => L.T("engelsk", "English"),
                _ => p,
            }));
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path}: '{Before}' → '{After}'");
}
