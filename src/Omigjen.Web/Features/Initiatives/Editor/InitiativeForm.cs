using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives.Editor;

/// <summary>
/// The initiative's fields as a form posts them. The registration form uses the first few (name, description, what
/// it is, where, contact); the portal's edit form all of them. Field element ids are <c>f-</c> + the property name.
/// </summary>
public sealed class InitiativeForm
{
    [StringLength(TextLimits.Name), SingleLine]
    public string Name { get; set; } = "";
    [StringLength(TextLimits.ShortText)]
    public string ShortNb { get; set; } = "";
    [StringLength(TextLimits.ShortText)]
    public string? ShortEn { get; set; }
    [StringLength(TextLimits.LongText)]
    public string? LongNb { get; set; }
    [StringLength(TextLimits.LongText)]
    public string? LongEn { get; set; }
    public List<InitiativeKind> Kinds { get; set; } = [];
    public List<GoodsCategory> Categories { get; set; } = [];
    public List<InitiativeService> Services { get; set; } = [];
    [StringLength(TextLimits.Message)]
    public string? AcceptsNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? AcceptsEn { get; set; }
    [StringLength(TextLimits.Message)]
    public string? DeclinesNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? DeclinesEn { get; set; }
    public OrganisationType OrganisationType { get; set; }

    [StringLength(TextLimits.Line), SingleLine]
    public string Address { get; set; } = "";
    [StringLength(TextLimits.PostalCode), SingleLine]
    public string? PostalCode { get; set; }
    [StringLength(TextLimits.City), SingleLine]
    public string? City { get; set; }

    /// <summary>Decimal degrees as text, so "59,83" (Norwegian comma) is read too.</summary>
    [StringLength(40), SingleLine]
    public string? Latitude { get; set; }
    [StringLength(40), SingleLine]
    public string? Longitude { get; set; }

    /// <summary>Shown, never bound: the stored pin is the centre of an area, not a point the actor set.</summary>
    public bool PositionApproximate { get; private set; }

    /// <summary>A place from the municipality's list, used for the map position when no coordinates are given.</summary>
    [StringLength(TextLimits.Line), SingleLine]
    public string? Area { get; set; }

    [StringLength(TextLimits.Phone), SingleLine]
    public string? Phone { get; set; }
    [StringLength(TextLimits.Email), SingleLine]
    public string? Email { get; set; }
    [StringLength(TextLimits.Url), SingleLine]
    public string? Website { get; set; }
    [StringLength(TextLimits.Url), SingleLine]
    public string? Social { get; set; }

    /// <summary>"yes", "no" or "" (not known).</summary>
    [StringLength(10)]
    public string? StepFree { get; set; }
    [StringLength(10)]
    public string? AccessibleToilet { get; set; }
    [StringLength(10)]
    public string? Parking { get; set; }
    [StringLength(TextLimits.Line), SingleLine]
    public string? NearestStop { get; set; }
    public int? WalkingMinutes { get; set; }

    [StringLength(TextLimits.Message)]
    public string? ReturnsNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? ComplaintsNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? WarrantyNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? FreeServicesNb { get; set; }
    [StringLength(TextLimits.Message)]
    public string? ReturnsEn { get; set; }
    [StringLength(TextLimits.Message)]
    public string? ComplaintsEn { get; set; }
    [StringLength(TextLimits.Message)]
    public string? WarrantyEn { get; set; }
    [StringLength(TextLimits.Message)]
    public string? FreeServicesEn { get; set; }

    public static InitiativeForm From(Initiative i)
    {
        ArgumentNullException.ThrowIfNull(i);
        var first = i.Locations.OrderBy(l => l.Id).FirstOrDefault();
        return new InitiativeForm
        {
            Name = i.Name, ShortNb = i.ShortDescription.Nb, ShortEn = i.ShortDescription.En, LongNb = i.LongDescription.Nb,
            LongEn = i.LongDescription.En, Kinds = [.. i.Kinds], Categories = [.. i.Categories], Services = [.. i.Services],
            AcceptsNb = i.Accepts.Nb, AcceptsEn = i.Accepts.En, DeclinesNb = i.Declines.Nb, DeclinesEn = i.Declines.En,
            OrganisationType = i.OrganisationType,
            Address = first?.Address ?? "", PostalCode = first?.PostalCode, City = first?.City,
            Latitude = first?.Latitude.ToString("0.######", CultureInfo.InvariantCulture),
            Longitude = first?.Longitude.ToString("0.######", CultureInfo.InvariantCulture),
            PositionApproximate = first?.PositionApproximate ?? false,
            Phone = i.Contact.Phone, Email = i.Contact.Email, Website = i.Contact.Website, Social = i.Contact.Social,
            StepFree = Tri(i.Accessibility.StepFreeEntrance), AccessibleToilet = Tri(i.Accessibility.AccessibleToilet),
            Parking = Tri(i.Accessibility.Parking), NearestStop = i.Accessibility.NearestStop, WalkingMinutes = i.Accessibility.WalkingMinutes,
            ReturnsNb = i.Terms.Returns.Nb, ReturnsEn = i.Terms.Returns.En, ComplaintsNb = i.Terms.Complaints.Nb,
            ComplaintsEn = i.Terms.Complaints.En, WarrantyNb = i.Terms.Warranty.Nb, WarrantyEn = i.Terms.Warranty.En,
            FreeServicesNb = i.Terms.FreeServices.Nb, FreeServicesEn = i.Terms.FreeServices.En,
        };
    }

    private static string Tri(bool? v) => v switch { true => "yes", false => "no", null => "" };

    private static bool? Tri(string? v) => v switch { "yes" => true, "no" => false, _ => null };

    /// <summary>Checks the fields; for the short registration form only the fields it has.</summary>
    public FormErrors Validate(bool full)
    {
        var e = new FormErrors();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 200)
            e.Add("f-Name", "Navn: må fylles ut (høyst 200 tegn).", "Name: is required (at most 200 characters).");
        if (string.IsNullOrWhiteSpace(ShortNb) || ShortNb.Trim().Length > 500)
            e.Add("f-ShortNb", "Kort beskrivelse: må fylles ut (høyst 500 tegn).", "Short description: is required (at most 500 characters).");
        if (Kinds.Count == 0)
            e.Add("f-Kinds", "Type tilbud: velg minst én.", "Kind of place: choose at least one.");
        if (string.IsNullOrWhiteSpace(Address) || Address.Length > 200)
            e.Add("f-Address", "Adresse: må fylles ut, for eksempel «Torvet 1».", "Address: is required, for example “Torvet 1”.");
        if (PostalCode is { Length: > 0 } pc && (pc.Trim().Length != 4 || !pc.Trim().All(char.IsAsciiDigit)))
            e.Add("f-PostalCode", "Postnummer: må være fire sifre.", "Postal code: must be four digits.");
        var hasLat = !string.IsNullOrWhiteSpace(Latitude);
        var hasLon = !string.IsNullOrWhiteSpace(Longitude);
        if (hasLat || hasLon)
        {
            if (!TryCoordinate(Latitude, -90, 90, out _))
                e.Add("f-Latitude", "Breddegrad: skriv et tall mellom -90 og 90, for eksempel 59,8331.", "Latitude: enter a number between -90 and 90, for example 59.8331.");
            if (!TryCoordinate(Longitude, -180, 180, out _))
                e.Add("f-Longitude", "Lengdegrad: skriv et tall mellom -180 og 180, for eksempel 10,4350.", "Longitude: enter a number between -180 and 180, for example 10.4350.");
        }
        else if (!full && (Area is null || !Places.TryFind(Area, out _)))
        {
            e.Add("f-Area", "Område: velg området stedet ligger i, eller skriv inn koordinater.", "Area: choose the area the place is in, or enter coordinates.");
        }
        if (Email is { Length: > 0 } mail && !new EmailAddressAttribute().IsValid(mail.Trim()))
            e.Add("f-Email", "E-post: skriv en gyldig e-postadresse.", "E-mail: enter a valid e-mail address.");
        if (!string.IsNullOrWhiteSpace(Website) && !WebLinks.IsValid(Website))
            e.Add("f-Website", $"Nettside: {WebLinks.MessageNb}.", $"Website: {WebLinks.MessageEn}.");
        if (full && !string.IsNullOrWhiteSpace(Social) && !WebLinks.IsValid(Social))
            e.Add("f-Social", $"Sosiale medier: {WebLinks.MessageNb}.", $"Social media: {WebLinks.MessageEn}.");
        if (Phone is { Length: > 40 })
            e.Add("f-Phone", "Telefon: høyst 40 tegn.", "Phone: at most 40 characters.");
        if (full && WalkingMinutes is < 0 or > 600)
            e.Add("f-WalkingMinutes", "Gangtid: skriv minutter mellom 0 og 600.", "Walking time: enter minutes between 0 and 600.");
        return e;
    }

    private static bool TryCoordinate(string? text, double min, double max, out double value) =>
        double.TryParse((text ?? "").Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value >= min && value <= max;

    /// <summary>Writes the fields to the entity. The first location is updated (or created); other locations stay.</summary>
    public void ApplyTo(Initiative i, bool full)
    {
        ArgumentNullException.ThrowIfNull(i);
        i.Name = Name.Trim();
        i.ShortDescription = LocalizedText.Of(ShortNb.Trim(), Clean(ShortEn));
        i.Kinds = Kinds.Distinct().ToList();
        i.Categories = Categories.Distinct().ToList();
        i.Contact = new ContactInfo { Phone = Clean(Phone), Email = Clean(Email), Website = Clean(Website), Social = full ? Clean(Social) : i.Contact.Social };
        var first = i.Locations.OrderBy(l => l.Id).FirstOrDefault();
        if (first is null)
        {
            first = new InitiativeLocation { Address = "" };
            i.Locations.Add(first);
        }
        first.Address = Address.Trim();
        first.PostalCode = Clean(PostalCode);
        first.City = Clean(City);
        if (TryCoordinate(Latitude, -90, 90, out var lat) && TryCoordinate(Longitude, -180, 180, out var lon))
        {
            // The edit form shows the stored pin in the fields: sent back unchanged, an area's centre stays approximate.
            var moved = first.Id == 0 || Math.Abs(first.Latitude - lat) > 1e-6 || Math.Abs(first.Longitude - lon) > 1e-6;
            if (moved)
            {
                first.Latitude = lat;
                first.Longitude = lon;
                first.PositionApproximate = false;
            }
        }
        else if (Area is not null && Places.TryFind(Area, out var place))
        {
            first.Latitude = place.Point.Latitude;
            first.Longitude = place.Point.Longitude;
            first.PositionApproximate = true;
        }
        if (!full) return;
        i.LongDescription = LocalizedText.Of(LongNb?.Trim(), Clean(LongEn));
        i.Services = Services.Distinct().ToList();
        i.Accepts = LocalizedText.Of(AcceptsNb?.Trim(), Clean(AcceptsEn));
        i.Declines = LocalizedText.Of(DeclinesNb?.Trim(), Clean(DeclinesEn));
        i.OrganisationType = OrganisationType;
        i.Accessibility = new AccessibilityInfo
        {
            StepFreeEntrance = Tri(StepFree), AccessibleToilet = Tri(AccessibleToilet), Parking = Tri(Parking),
            NearestStop = Clean(NearestStop), WalkingMinutes = WalkingMinutes,
        };
        i.Terms = new ConsumerTerms
        {
            Returns = LocalizedText.Of(ReturnsNb?.Trim(), Clean(ReturnsEn)),
            Complaints = LocalizedText.Of(ComplaintsNb?.Trim(), Clean(ComplaintsEn)),
            Warranty = LocalizedText.Of(WarrantyNb?.Trim(), Clean(WarrantyEn)),
            FreeServices = LocalizedText.Of(FreeServicesNb?.Trim(), Clean(FreeServicesEn)),
        };
    }

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>
    /// After a conflict: the fields this person changed (compared with the version they started from) keep their
    /// values; every other field takes the current saved value. Saving the result loses neither person's work.
    /// </summary>
    public static InitiativeForm Merge(InitiativeForm started, InitiativeForm mine, InitiativeForm current)
    {
        ArgumentNullException.ThrowIfNull(started);
        ArgumentNullException.ThrowIfNull(mine);
        ArgumentNullException.ThrowIfNull(current);
        var merged = new InitiativeForm();
        foreach (var p in typeof(InitiativeForm).GetProperties().Where(p => p.CanWrite))
        {
            var changedByMe = !Same(p.GetValue(started), p.GetValue(mine));
            p.SetValue(merged, changedByMe ? p.GetValue(mine) : p.GetValue(current));
        }
        return merged;
    }

    private static bool Same(object? a, object? b) => (a, b) switch
    {
        (System.Collections.IEnumerable x, System.Collections.IEnumerable y) when a is not string =>
            x.Cast<object>().SequenceEqual(y.Cast<object>()),
        (string x, string y) => x.Trim() == y.Trim(),
        (null, string y) => string.IsNullOrWhiteSpace(y),
        (string x, null) => string.IsNullOrWhiteSpace(x),
        _ => Equals(a, b),
    };
}

/// <summary>What the shared field partial needs.</summary>
public sealed record InitiativeFieldsModel(InitiativeForm Form, FormErrors Errors, bool Full);
