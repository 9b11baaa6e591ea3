using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The demo lending: sports gear at BUA Asker and rental tools at a building-materials store, found by the search.</summary>
public abstract class DemoLendingTests(AppFactory factory)
{
    [Fact]
    public async Task The_demo_types_have_units_coordinates_and_search_terms_and_seeding_twice_adds_nothing()
    {
        factory.Clock.Now = TestClock.Default;
        // The start-up seeding may already have made them; either way there are demo types afterwards, and a second run adds none.
        await factory.WithDbAsync(db => DemoLending.SeedIfNoneAsync(db, factory.Clock));
        Assert.Equal(0, await factory.WithDbAsync(db => DemoLending.SeedIfNoneAsync(db, factory.Clock)));

        var (types, bua) = await factory.WithDbAsync(async db =>
        {
            var initiative = await db.Initiatives.AsNoTracking().Include(i => i.Locations).SingleAsync(i => i.Slug == "bua-asker");
            var list = await db.LendingTypes.AsNoTracking().Include(t => t.Units).Include(t => t.Initiative).ToListAsync();
            return (list, initiative);
        });
        var location = bua.Locations.OrderBy(l => l.Id).First();

        var skis = types.Single(t => t.Name == "Langrennski, klassisk");
        Assert.Equal(bua.Id, skis.InitiativeId);
        Assert.Equal(["120cm", "130cm", "140cm", "150cm", "150cm", "160cm", "170cm"], skis.Units.Select(u => u.LabelKey).Order());
        Assert.All(skis.Units, u => Assert.Equal(LendingUnitState.Available, u.State));
        Assert.Equal((location.Latitude, location.Longitude), (skis.Latitude, skis.Longitude));
        Assert.Contains(" langrennski ", skis.SearchTerms, StringComparison.Ordinal);
        Assert.Equal(LendingPriceKind.Free, skis.PriceKind);

        Assert.Contains(types, t => t.Name == "Slalåmski" && t.InitiativeId == bua.Id);
        var skates = types.Single(t => t.Name == "Skøyter");
        Assert.Contains("30", skates.Units.Select(u => u.Label));
        Assert.Contains("42", skates.Units.Select(u => u.Label));
        Assert.Contains(types, t => t.Name == "Telt 3 personer");

        var trailer = types.Single(t => t.Name == "Tilhenger");
        Assert.Equal("hallenskog-ombrukslager", trailer.Initiative!.Slug);
        Assert.Equal((LendingPriceKind.PerDay, 150, 500), (trailer.PriceKind, trailer.PriceNok, trailer.DepositNok));
        Assert.Contains(types, t => t.Name == "Boremaskin");
        Assert.All(types.Where(t => t.Initiative!.IsIllustrative), t => Assert.True(t.Latitude != 0 && t.Longitude != 0));

        // The question the catalogue is for: skis of 150 cm free next weekend near BUA.
        var result = await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery
        {
            Text = "ski", Size = "150 cm", When = LendingWhen.NextWeekend, Near = new GeoPoint(location.Latitude, location.Longitude), RadiusKm = 10,
        }));
        var names = result.Hits.Where(h => h.Entry.Initiative.Slug == "bua-asker").Select(h => h.Name).ToList();
        Assert.Contains("Langrennski, klassisk", names);
        Assert.Contains("Slalåmski", names);
        Assert.DoesNotContain("Skøyter", names);
    }
}

public sealed class DemoLendingTestsOnSqlite(SqliteAppFactory f) : DemoLendingTests(f), IClassFixture<SqliteAppFactory>;

public sealed class DemoLendingTestsOnPostgres(PostgresAppFactory f) : DemoLendingTests(f), IClassFixture<PostgresAppFactory>;
