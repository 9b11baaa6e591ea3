using System.Globalization;
using System.Text;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Place names in the municipality a resident may type for "near" without a geocoding service (the app calls no
/// outside service). Coordinates are the places' approximate centres.
/// </summary>
public static class Places
{
    public sealed record Place(string Name, GeoPoint Point);

    private static readonly Place[] All =
    [
        new("Asker sentrum", new(59.8336, 10.4355)),
        new("Asker stasjon", new(59.8331, 10.4343)),
        new("Billingstad", new(59.8606, 10.4930)),
        new("Nesbru", new(59.8553, 10.5018)),
        new("Vollen", new(59.8022, 10.4868)),
        new("Heggedal", new(59.7835, 10.4420)),
        new("Slemmestad", new(59.7811, 10.4950)),
        new("Hvalstad", new(59.8598, 10.4640)),
        new("Borgen", new(59.8463, 10.4210)),
        new("Holmen", new(59.8496, 10.4920)),
        new("Sætre", new(59.6790, 10.5262)),
        new("Tofte", new(59.5440, 10.5630)),
        new("Hurum", new(59.6000, 10.5300)),
        new("Røyken", new(59.7470, 10.3950)),
        new("Spikkestad", new(59.7465, 10.3455)),
        new("Bødalen", new(59.7980, 10.3990)),
        new("Vettre", new(59.8100, 10.4700)),
        new("Drengsrud", new(59.8210, 10.4560)),
    ];

    public static IReadOnlyList<Place> List => All;

    public static bool TryFind(string text, out Place place)
    {
        var wanted = Fold(text);
        place = All.FirstOrDefault(p => Fold(p.Name) == wanted) ?? All.FirstOrDefault(p => Fold(p.Name).StartsWith(wanted, StringComparison.Ordinal) && wanted.Length >= 3)!;
        return place is not null;
    }

    // Case-insensitive, but æ, ø and å stay letters of their own.
    private static string Fold(string s) => s.Trim().ToLower(CultureInfo.GetCultureInfo("nb-NO")).Normalize(NormalizationForm.FormC);
}
