using System.Globalization;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Catalogue;

namespace Omigjen.Lending.Bench;

/// <summary>One generated booking, as the loader writes it.</summary>
internal readonly record struct BookingRow(int UnitId, int TypeId, string Code, string Status, DateTime PickupAt, DateTime ReturnBy, DateTime CreatedAt);

/// <summary>A unit as the database numbered it, for the bookings.</summary>
internal readonly record struct UnitRef(int Id, int TypeId);

/// <summary>Deterministic data: the same seed gives the same initiatives, types, units and bookings.</summary>
internal static class Generator
{
    /// <summary>The municipality's extent for generated places.</summary>
    public const double MinLat = 59.70, MaxLat = 59.92, MinLon = 10.25, MaxLon = 10.65;

    private static readonly (string Hours, int Weight)[] OpeningHours =
    [
        ("Tu,Th 15:00-19:00; Sa 11:00-14:00; PH off", 20),
        ("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", 20),
        ("Mo-Th 10:00-19:00; Fr 10:00-16:00; Sa 09:00-15:00; PH off", 12),
        ("We 17:00-20:00; Sa 11:00-15:00", 10),
        ("Mo-Sa 08:00-22:00; Su 12:00-18:00", 8),
        ("Mo-Fr 09:00-16:00; PH off", 10),
        ("24/7", 5),
        ("", 5),
    ];

    private static readonly string[] Skis = ["120 cm", "130 cm", "140 cm", "150 cm", "160 cm", "170 cm", "180 cm"];
    private static readonly string[] Shoes = ["30", "32", "34", "36", "38", "40", "42", "44"];
    private static readonly string[] Numbered = ["Nr. 1", "Nr. 2", "Nr. 3", "Nr. 4", "Nr. 5", "Nr. 6"];

    /// <summary>The kinds of types, with how often each occurs: about a quarter are skis of some kind.</summary>
    private static readonly (string Name, string Description, GoodsCategory Category, string[] Labels, int Weight)[] Kinds =
    [
        ("Langrennski, klassisk", "Klassiske langrennski med felleski under bindingen.", GoodsCategory.SportsOutdoors, Skis, 10),
        ("Slalåmski", "Carvingski med bindinger.", GoodsCategory.SportsOutdoors, Skis, 6),
        ("Fjellski", "Fjellski med stålkanter for tur i løypa og utenfor.", GoodsCategory.SportsOutdoors, Skis, 4),
        ("Skøyter", "Hockeyskøyter, slipt før sesongen.", GoodsCategory.SportsOutdoors, Shoes, 8),
        ("Skisko", "Skisko med NNN-feste.", GoodsCategory.SportsOutdoors, Shoes, 6),
        ("Telt 3 personer", "Lett tunneltelt for tre.", GoodsCategory.SportsOutdoors, Numbered, 8),
        ("Sovepose", "Sovepose for tre sesonger.", GoodsCategory.SportsOutdoors, Numbered, 6),
        ("Kajakk", "Havkajakk med åre og vest.", GoodsCategory.SportsOutdoors, Numbered, 4),
        ("Sykkelvogn", "Sykkelvogn for to barn.", GoodsCategory.Children, Numbered, 5),
        ("Tilhenger", "Skaphenger 750 kg.", GoodsCategory.Other, Numbered, 6),
        ("Boremaskin", "Slagdrill med batteri og bor.", GoodsCategory.ToolsGarden, Numbered, 8),
        ("Skiftenøkkelsett", "Skiftenøkler i fire størrelser.", GoodsCategory.ToolsGarden, Numbered, 5),
        ("Stige", "Skyvestige 2 x 4 meter.", GoodsCategory.ToolsGarden, Numbered, 5),
        ("Høytaleranlegg", "Høyttalere og mikser for fest.", GoodsCategory.Electronics, Numbered, 4),
    ];

    public static List<Initiative> Initiatives(int count, DateTime nowUtc, int seed = 42)
    {
        var random = new Random(seed);
        var totalWeight = OpeningHours.Sum(h => h.Weight);
        var list = new List<Initiative>(count);
        for (var i = 0; i < count; i++)
        {
            var roll = random.Next(totalWeight);
            var hours = OpeningHours.First(h => (roll -= h.Weight) < 0).Hours;
            list.Add(new Initiative
            {
                Slug = string.Create(CultureInfo.InvariantCulture, $"utlan-benk-{i:00000}"),
                Name = string.Create(CultureInfo.InvariantCulture, $"Utlånssentral {i}"),
                ShortDescription = LocalizedText.Of("Generert for ytelsestest av utlånet.", "Generated for the lending benchmark."),
                Kinds = [InitiativeKind.Lending],
                Categories = [GoodsCategory.SportsOutdoors, GoodsCategory.ToolsGarden],
                Services = [InitiativeService.Lends],
                OpeningHours = hours,
                Moderation = ModerationState.Approved,
                Status = InitiativeStatus.Active,
                Version = 1,
                CreatedAt = nowUtc,
                UpdatedAt = nowUtc,
                Locations =
                [
                    new InitiativeLocation
                    {
                        Address = string.Create(CultureInfo.InvariantCulture, $"Benkveien {i + 1}"), City = "Asker",
                        Latitude = MinLat + random.NextDouble() * (MaxLat - MinLat),
                        Longitude = MinLon + random.NextDouble() * (MaxLon - MinLon),
                    },
                ],
            });
        }
        return list;
    }

    /// <summary>
    /// <paramref name="count"/> types spread evenly over the initiatives, <paramref name="units"/> units in all (at least
    /// one per type), coordinates copied from the initiative's location and search terms by <see cref="LendingIndexing.Apply"/>.
    /// A few units are in maintenance or retired; a few types have staffed slots of their own.
    /// </summary>
    public static List<LendingType> Types(IReadOnlyList<(int Id, double Lat, double Lon)> initiatives, int count, int units, DateTime nowUtc, int seed = 43)
    {
        var random = new Random(seed);
        var totalWeight = Kinds.Sum(k => k.Weight);
        var list = new List<LendingType>(count);
        var left = units;
        for (var t = 0; t < count; t++)
        {
            var initiative = initiatives[t % initiatives.Count];
            var roll = random.Next(totalWeight);
            var kind = Kinds.First(k => (roll -= k.Weight) < 0);
            var typesLeft = count - t;
            // Between 1 and 9 units, keeping the total on target.
            var n = typesLeft == 1 ? left : Math.Clamp(left / typesLeft + random.Next(-3, 4), 1, Math.Max(1, left - (typesLeft - 1)));
            left -= n;
            var type = new LendingType
            {
                InitiativeId = initiative.Id, Name = kind.Name, Description = kind.Description, Category = kind.Category,
                PriceKind = random.Next(10) < 7 ? LendingPriceKind.Free : LendingPriceKind.PerDay, MaxDays = 7,
                StaffedHours = random.Next(10) == 0 ? "Tu,Th 17:00-19:00; Sa 10:00-12:00" : null,
                Latitude = initiative.Lat, Longitude = initiative.Lon, CreatedAt = nowUtc, UpdatedAt = nowUtc,
            };
            if (type.PriceKind == LendingPriceKind.PerDay) type.PriceNok = 50 * random.Next(1, 5);
            for (var u = 0; u < n; u++)
            {
                var label = kind.Labels == Numbered ? Numbered[u % Numbered.Length] : kind.Labels[random.Next(kind.Labels.Length)];
                var state = random.Next(100) switch { 0 => LendingUnitState.Retired, 1 or 2 => LendingUnitState.Maintenance, _ => LendingUnitState.Available };
                type.Units.Add(new LendingUnit { Label = label, LabelKey = LendingUnit.KeyOf(label), State = state, CreatedAt = nowUtc });
            }
            LendingIndexing.Apply(type);
            list.Add(type);
        }
        return list;
    }

    /// <summary>
    /// Bookings per unit from 26 weeks back to 8 weeks ahead, never overlapping: the window (shifted by up to five days per
    /// unit) is cut into as many equal slots as the unit gets bookings, and each booking lies inside its slot, 1 to 6 days
    /// long, picked up at 10:00 and back by 18:00 on its last day (Oslo). Finished ones are returned (some cancelled), one
    /// running now is checked out, coming ones are booked (some cancelled or offered). Exactly <paramref name="total"/>.
    /// </summary>
    public static IEnumerable<BookingRow> Bookings(IReadOnlyList<UnitRef> units, int total, DateTimeOffset now, TimeZoneInfo zone, int seed = 44)
    {
        var random = new Random(seed);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        const int Shift = 5;
        var days = 34 * 7 - Shift;
        var written = 0;
        DateTime At(DateOnly day, int hour) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, 0)), zone);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            // Spread the remainder so the total comes out exact.
            var count = total / units.Count + (u < total % units.Count ? 1 : 0);
            if (count == 0) continue;
            var first = today.AddDays(-26 * 7 + random.Next(0, Shift + 1));
            for (var b = 0; b < count; b++)
            {
                var slotStart = first.AddDays(b * days / count);
                var slotDays = (b + 1) * days / count - b * days / count;
                var length = Math.Min(random.Next(1, 7), Math.Max(1, slotDays - 1));
                var day = slotStart.AddDays(random.Next(0, Math.Max(1, slotDays - length)));
                var end = day.AddDays(length - 1);
                var pickup = At(day, 10);
                var back = At(end, 18);
                var roll = random.Next(100);
                var status = back <= now.UtcDateTime ? roll < 90 ? "Returned" : "Cancelled"
                    : pickup <= now.UtcDateTime ? "CheckedOut"
                    : roll < 92 ? "Booked" : roll < 97 ? "Cancelled" : "Offered";
                yield return new BookingRow(unit.Id, unit.TypeId, string.Create(CultureInfo.InvariantCulture, $"B{written:D7}"), status, pickup, back,
                    pickup.AddDays(-random.Next(1, 20)));
                written++;
            }
        }
    }
}
