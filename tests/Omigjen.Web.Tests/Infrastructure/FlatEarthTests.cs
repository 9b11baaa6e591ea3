using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>The flat-earth distance the "near" searches filter and order by, checked against the great circle.</summary>
public sealed class FlatEarthTests
{
    private sealed record Place(string Name, double Latitude, double Longitude);

    private static readonly GeoPoint AskerSentrum = new(59.8331, 10.4355);

    private static readonly Place[] Places =
    [
        new("Asker sentrum", 59.8331, 10.4355),
        new("Heggedal", 59.7877, 10.4419),   // about 5 km south
        new("Slemmestad", 59.7812, 10.4946), // about 6.6 km south-east
        new("Sandvika", 59.8912, 10.5236),   // about 8 km north-east
        new("Drammen", 59.7439, 10.2045),    // about 16 km south-west
        new("Oslo S", 59.9111, 10.7528),     // about 20 km east
    ];

    [Theory]
    [InlineData(59.7877, 10.4419)]
    [InlineData(59.9111, 10.7528)]
    [InlineData(59.7439, 10.2045)]
    [InlineData(69.6496, 18.9560)] // far north: the cosine matters most
    public void The_distance_is_within_half_a_percent_of_the_great_circle_at_municipal_scale(double latitude, double longitude)
    {
        var origin = latitude > 65 ? new GeoPoint(69.6800, 18.9200) : AskerSentrum;
        var flat = new FlatEarth(origin).DistanceKm(latitude, longitude);
        var great = Geo.DistanceKm(origin, new GeoPoint(latitude, longitude));
        Assert.InRange(flat, great * 0.995, great * 1.005);
    }

    [Theory]
    [InlineData(5.5, "Asker sentrum,Heggedal")]
    [InlineData(7.0, "Asker sentrum,Heggedal,Slemmestad")]
    [InlineData(10.0, "Asker sentrum,Heggedal,Slemmestad,Sandvika")]
    [InlineData(25.0, "Asker sentrum,Heggedal,Slemmestad,Sandvika,Drammen,Oslo S")]
    public void Within_keeps_exactly_the_places_inside_the_radius(double radiusKm, string expected)
    {
        var flat = new FlatEarth(AskerSentrum);
        var inside = Places.AsQueryable().Where(flat.Within<Place>(p => p.Latitude, p => p.Longitude, radiusKm)).Select(p => p.Name);
        Assert.Equal(expected.Split(','), inside);
        // The same answer as the distance itself gives.
        Assert.Equal(Places.Where(p => flat.DistanceKm(p.Latitude, p.Longitude) <= radiusKm).Select(p => p.Name), inside);
    }

    [Fact]
    public void SquaredKm_orders_nearest_first_and_is_the_square_of_the_distance()
    {
        var flat = new FlatEarth(AskerSentrum);
        var squared = flat.SquaredKm<Place>(p => p.Latitude, p => p.Longitude);
        var order = Places.AsQueryable().OrderBy(squared).Select(p => p.Name).ToList();
        Assert.Equal(["Asker sentrum", "Heggedal", "Slemmestad", "Sandvika", "Drammen", "Oslo S"], order);
        var compiled = squared.Compile();
        foreach (var p in Places)
            Assert.Equal(flat.DistanceKm(p.Latitude, p.Longitude) * flat.DistanceKm(p.Latitude, p.Longitude), compiled(p), 6);
    }
}
