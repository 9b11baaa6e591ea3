using System.Globalization;
using System.Text.RegularExpressions;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>Validates an <see cref="InitiativeRecord"/> and turns it into an <see cref="Initiative"/>.</summary>
public static partial class InitiativeRecordMapper
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    public static Initiative? Map(InitiativeRecord r, int row, List<ImportError> errors)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        void Fail(string column, string nb, string en) => errors.Add(new ImportError(row, column, nb, en));

        var slug = r.Slug?.Trim() ?? "";
        if (slug.Length == 0) Fail("slug", "mangler", "is missing");
        else if (slug.Length > 120 || !SlugPattern().IsMatch(slug))
            Fail("slug", "kun a–z, 0–9 og bindestrek, høyst 120 tegn", "only a–z, 0–9 and hyphens, at most 120 characters");
        var name = r.Name?.Trim() ?? "";
        if (name.Length == 0) Fail("name", "mangler", "is missing");
        else if (name.Length > 200) Fail("name", "høyst 200 tegn", "at most 200 characters");
        if (string.IsNullOrWhiteSpace(r.ShortDescription?.Nb))
            Fail("shortDescription.nb", "kort beskrivelse på bokmål mangler", "short description in bokmål is missing");

        var kinds = Enums<InitiativeKind>(r.Kinds, "kinds", Fail);
        if (kinds.Count == 0 && (r.Kinds?.Count ?? 0) == 0) Fail("kinds", "minst én type", "at least one kind");
        var categories = Enums<GoodsCategory>(r.Categories, "categories", Fail);
        var services = Enums<InitiativeService>(r.Services, "services", Fail);
        var orgType = OrganisationType.NonProfit;
        if (!Tokens.TryParse(r.OrganisationType, out orgType))
            Fail("organisationType", $"ukjent verdi «{r.OrganisationType}»; gyldige: {string.Join(", ", Tokens.All<OrganisationType>())}",
                $"unknown value '{r.OrganisationType}'; valid: {string.Join(", ", Tokens.All<OrganisationType>())}");
        var status = InitiativeStatus.Active;
        if (!string.IsNullOrWhiteSpace(r.Status) && !Tokens.TryParse(r.Status, out status))
            Fail("status", "ukjent status; gyldige: active, temporarily-closed, archived", "unknown status; valid: active, temporarily-closed, archived");

        var hours = (r.OpeningHours ?? "").Trim();
        if (hours.Length > 0)
        {
            var parsed = OpeningHoursSchedule.Parse(hours);
            if (parsed.Error is { } e)
                Fail("openingHours", e.MessageNb, e.MessageEn); // the library's messages name the position
            else if (parsed.Warnings.Count > 0)
                hours = parsed.Schedule!.NormalizedValue;
        }

        var locations = MapLocations(r.Locations, Fail);
        var closedUntil = Date(r.ClosedUntil, "closedUntil", Fail);
        var lastConfirmed = Date(r.LastConfirmed, "lastConfirmed", Fail);
        if (r.Contact?.Email is { Length: > 0 } email && !EmailPattern().IsMatch(email))
            Fail("contact.email", "ugyldig e-postadresse", "invalid e-mail address");
        foreach (var (column, url) in new[] { ("contact.website", r.Contact?.Website), ("contact.social", r.Contact?.Social) })
        {
            if (!string.IsNullOrWhiteSpace(url) && !WebLinks.IsValid(url))
                Fail(column, "må være en fullstendig http(s)-adresse", "must be a full http(s) address");
        }
        if (r.Accessibility?.WalkingMinutes is < 0 or > 600)
            Fail("accessibility.walkingMinutes", "må være mellom 0 og 600", "must be between 0 and 600");

        if (errors.Count > before) return null;
        return new Initiative
        {
            Slug = slug,
            Name = name,
            ShortDescription = Text(r.ShortDescription),
            LongDescription = Text(r.LongDescription),
            Kinds = kinds,
            Categories = categories,
            Services = services,
            Accepts = Text(r.Accepts),
            Declines = Text(r.Declines),
            OrganisationType = orgType,
            Locations = locations,
            OpeningHours = hours,
            OpeningHoursNote = Text(r.OpeningHoursNote),
            Contact = r.Contact ?? new(),
            Accessibility = r.Accessibility ?? new(),
            Terms = new ConsumerTerms
            {
                Returns = Text(r.Terms?.Returns),
                Complaints = Text(r.Terms?.Complaints),
                Warranty = Text(r.Terms?.Warranty),
                FreeServices = Text(r.Terms?.FreeServices),
            },
            Status = status,
            ClosedReason = Text(r.ClosedReason),
            ClosedUntil = closedUntil,
            LastConfirmed = lastConfirmed,
            IsIllustrative = r.Illustrative,
        };
    }

    private static List<InitiativeLocation> MapLocations(List<LocationRecord>? records, Action<string, string, string> fail)
    {
        var result = new List<InitiativeLocation>();
        if (records is null || records.Count == 0)
        {
            fail("locations", "minst ett sted med adresse og koordinater", "at least one location with address and coordinates");
            return result;
        }
        for (var i = 0; i < records.Count; i++)
        {
            var l = records[i];
            var p = $"locations[{i}]";
            if (string.IsNullOrWhiteSpace(l.Address)) fail($"{p}.address", "adresse mangler", "address is missing");
            if (l.Lat is not (>= -90 and <= 90)) fail($"{p}.lat", "breddegrad mangler eller er utenfor -90–90", "latitude missing or outside -90–90");
            if (l.Lon is not (>= -180 and <= 180)) fail($"{p}.lon", "lengdegrad mangler eller er utenfor -180–180", "longitude missing or outside -180–180");
            var from = Date(l.ValidFrom, $"{p}.validFrom", fail);
            var to = Date(l.ValidTo, $"{p}.validTo", fail);
            if (from is not null && to is not null && to < from)
                fail($"{p}.validTo", "slutter før den starter", "ends before it starts");
            result.Add(new InitiativeLocation
            {
                Name = Blank(l.Name), Address = l.Address?.Trim() ?? "", PostalCode = Blank(l.PostalCode), City = Blank(l.City),
                Latitude = l.Lat ?? 0, Longitude = l.Lon ?? 0, ValidFrom = from, ValidTo = to,
            });
        }
        return result;
    }

    private static List<T> Enums<T>(List<string>? tokens, string column, Action<string, string, string> fail) where T : struct, Enum
    {
        var result = new List<T>();
        foreach (var token in tokens ?? [])
        {
            if (Tokens.TryParse<T>(token, out var value)) { if (!result.Contains(value)) result.Add(value); }
            else fail(column, $"ukjent verdi «{token}»; gyldige: {string.Join(", ", Tokens.All<T>())}",
                $"unknown value '{token}'; valid: {string.Join(", ", Tokens.All<T>())}");
        }
        return result;
    }

    private static DateOnly? Date(string? value, string column, Action<string, string, string> fail)
    {
        switch (DateInput.ReadDate(value, out var d))
        {
            case DateReading.Missing: return null;
            case DateReading.Valid: return d;
            // A closure "until 9999-12-31" would overflow when its end is worked out for the directory.
            case DateReading.OutOfRange: fail(column, DateInput.RangeNb, DateInput.RangeEn); return null;
            default: fail(column, "dato må skrives ÅÅÅÅ-MM-DD", "date must be written YYYY-MM-DD"); return null;
        }
    }

    private static LocalizedText Text(TextRecord? t) => LocalizedText.Of(t?.Nb?.Trim(), Blank(t?.En));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
