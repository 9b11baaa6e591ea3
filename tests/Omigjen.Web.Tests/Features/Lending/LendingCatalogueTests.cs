using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>Helpers for the catalogue's tests: bookings written straight to the database, the catalogue itself, and far-away places.</summary>
public static class CatalogueTestData
{
    /// <summary>A booking of one unit for [from, to), written as it is (no rules checked).</summary>
    public static Task<int> CatalogueBookingAsync(this AppFactory factory, int typeId, int unitId, DateTimeOffset from, DateTimeOffset to,
                                            BookingStatus status = BookingStatus.Booked, string? borrowerName = null) =>
        factory.WithDbAsync(async db =>
        {
            var booking = new Booking
            {
                UnitId = unitId, TypeId = typeId, Code = ReservationRules.NewCode(), Status = status, BorrowerName = borrowerName,
                PickupAt = from.UtcDateTime, ReturnBy = to.UtcDateTime, CreatedAt = factory.Clock.Now.UtcDateTime,
            };
            db.Bookings.Add(booking);
            await db.SaveChangesAsync();
            return booking.Id;
        });

    public static Task CatalogueUnitStateAsync(this AppFactory factory, int unitId, LendingUnitState state) =>
        factory.WithDbAsync(db => db.LendingUnits.Where(u => u.Id == unitId).ExecuteUpdateAsync(s => s.SetProperty(u => u.State, state)));

    public static Task CatalogueTypeChangeAsync(this AppFactory factory, int typeId, Action<LendingType> change) =>
        factory.WithDbAsync(async db =>
        {
            var type = await db.LendingTypes.FirstAsync(t => t.Id == typeId);
            change(type);
            LendingIndexing.Apply(type);
            await db.SaveChangesAsync();
            return 0;
        });

    public static Task<T> CatalogueAsync<T>(this AppFactory factory, Func<LendingCatalogue, Task<T>> work) =>
        factory.WithDbAsync(db => work(new LendingCatalogue(db, factory.Services.GetRequiredService<DirectoryCache>(),
                                                            factory.Services.GetRequiredService<MunicipalClock>())));

    /// <summary>A point far from the demo data, different per call, so "near" isolates a test's places.</summary>
    public static (double Lat, double Lon) FarPoint()
    {
        var n = Random.Shared.Next(0, 5000);
        return (62 + n % 100 * 0.05, 8 + n / 100 * 0.05);
    }

    public static string Invariant(double v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The lending catalogue: availability per day, the search's filters, and the two public pages without JavaScript.</summary>
public abstract class LendingCatalogueTests(AppFactory factory)
{
    private static readonly DateOnly Wednesday = new(2026, 12, 2);
    private static readonly DateOnly Saturday = new(2026, 12, 5);

    private static AvailabilityDay On(LendingAvailability a, DateOnly date) => a.Days.Single(d => d.Date == date);

    [Fact]
    public async Task A_booking_over_saturday_makes_saturday_one_fewer_and_touching_bookings_do_not_count()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        // Ends exactly at Thursday's midnight and starts exactly at Monday's: neither touches Friday or Sunday.
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[1], LendingTestData.Oslo(2026, 12, 3, 10), LendingTestData.Oslo(2026, 12, 4, 0));
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[1], LendingTestData.Oslo(2026, 12, 7, 0), LendingTestData.Oslo(2026, 12, 7, 12));
        // Cancelled and returned bookings hold nothing.
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[2], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 12), BookingStatus.Cancelled);
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[2], LendingTestData.Oslo(2026, 12, 4, 10), LendingTestData.Oslo(2026, 12, 4, 12), BookingStatus.Returned);

        var all = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
        Assert.Equal(56, all.Days.Count);
        Assert.Equal(Wednesday, all.Days[0].Date);
        Assert.Equal(new DateOnly(2027, 1, 26), all.Days[^1].Date);
        Assert.All(all.Days, d => Assert.Equal(3, d.Total));
        Assert.Equal(3, On(all, Wednesday).Free);
        Assert.Equal(2, On(all, new DateOnly(2026, 12, 3)).Free);
        Assert.Equal(3, On(all, new DateOnly(2026, 12, 4)).Free);
        Assert.Equal(2, On(all, Saturday).Free);
        Assert.Equal(3, On(all, new DateOnly(2026, 12, 6)).Free);
        Assert.Equal(2, On(all, new DateOnly(2026, 12, 7)).Free);

        var size = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, LendingUnit.KeyOf("150 CM"), Wednesday)))!;
        Assert.Equal(2, On(size, Saturday).Total);
        Assert.Equal(1, On(size, Saturday).Free);
        Assert.Equal(2, On(size, new DateOnly(2026, 12, 4)).Free);
    }

    [Fact]
    public async Task A_unit_in_maintenance_is_not_free_and_a_retired_one_is_not_counted_at_all()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm"]);
        await factory.CatalogueUnitStateAsync(place.UnitIds[0], LendingUnitState.Maintenance);
        await factory.CatalogueUnitStateAsync(place.UnitIds[2], LendingUnitState.Retired);

        var a = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
        Assert.All(a.Days, d => Assert.Equal(1, d.Free));
        Assert.All(a.Days, d => Assert.Equal(2, d.Total));

        var details = (await factory.CatalogueAsync(c => c.DetailsAsync(place.TypeId)))!;
        var only = Assert.Single(details.Sizes);
        Assert.Equal(("150 cm", 2, 1), (only.Label, only.Units, only.Available));
    }

    [Fact]
    public async Task Closed_days_say_why_holidays_by_name_and_the_hours_own_comment_first()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00; PH off; Dec 24 off \"Julaften stengt\"");
        var a = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;

        var thursday = On(a, new DateOnly(2026, 12, 3));
        Assert.True(thursday.Open);
        Assert.Equal("10:00–18:00", Assert.Single(thursday.Slots).Text());
        Assert.True(thursday.Bookable);

        var sunday = On(a, new DateOnly(2026, 12, 6));
        Assert.False(sunday.Open);
        Assert.False(sunday.Bookable);
        Assert.Equal("Stengt 6. desember.", sunday.ClosedNb);

        var christmasEve = On(a, new DateOnly(2026, 12, 24));
        Assert.False(christmasEve.Open);
        Assert.Equal("Stengt 24. desember: Julaften stengt.", christmasEve.ClosedNb);
        Assert.Equal("Closed on 24 December: Julaften stengt.", christmasEve.ClosedEn);

        var christmas = On(a, new DateOnly(2026, 12, 25));
        Assert.False(christmas.Open);
        Assert.Contains("Første juledag", christmas.ClosedNb, StringComparison.Ordinal);
        Assert.StartsWith("Stengt 25. desember", christmas.ClosedNb, StringComparison.Ordinal);
        Assert.Contains("Andre juledag", On(a, new DateOnly(2026, 12, 26)).ClosedNb, StringComparison.Ordinal);
        Assert.Contains("Første nyttårsdag", On(a, new DateOnly(2027, 1, 1)).ClosedNb, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staffed_slots_govern_pickup_instead_of_the_opening_hours()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00", staffedHours: "Tu,Th 17:00-19:00");
        var a = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
        Assert.True(a.Place.FromStaffedHours);
        Assert.False(On(a, Wednesday).Open);
        Assert.Equal("17:00–19:00", Assert.Single(On(a, new DateOnly(2026, 12, 3)).Slots).Text());
        Assert.Equal("17.00–19.00", On(a, new DateOnly(2026, 12, 3)).Slots[0].Text(norwegian: true));
    }

    [Fact]
    public async Task Today_after_closing_and_days_inside_the_lead_time_cannot_be_booked()
    {
        var place = await factory.LendingPlaceAsync(hours: "Mo-Sa 10:00-18:00");
        await factory.CatalogueTypeChangeAsync(place.TypeId, t => t.LeadTimeHours = 30);
        try
        {
            factory.Clock.Now = LendingTestData.Oslo(2026, 12, 2, 12);
            var a = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
            // 30 hours from Wednesday noon is Thursday 18:00: Wednesday and Thursday have nothing left, Friday has.
            Assert.True(On(a, Wednesday).TooSoon);
            Assert.False(On(a, Wednesday).Bookable);
            Assert.True(On(a, new DateOnly(2026, 12, 3)).TooSoon);
            Assert.True(On(a, new DateOnly(2026, 12, 4)).Bookable);

            await factory.CatalogueTypeChangeAsync(place.TypeId, t => t.LeadTimeHours = 0);
            factory.Clock.Now = LendingTestData.Oslo(2026, 12, 2, 17);
            var open = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
            Assert.True(On(open, Wednesday).Bookable);
            factory.Clock.Now = LendingTestData.Oslo(2026, 12, 2, 18, 30);
            var late = (await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)))!;
            Assert.False(On(late, Wednesday).Open);
            Assert.Equal("For sent å bestille til denne dagen.", On(late, Wednesday).ClosedNb);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task Text_finds_compounds_ending_in_the_word_but_not_false_friends()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(name: "Langrennski, klassisk");
        var (wrench, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Skiftenøkkel", ["Stor"], category: GoodsCategory.ToolsGarden);
        var (skins, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Skinnhansker", ["M"], category: GoodsCategory.ClothesShoes);
        var (slalom, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Slalåmski", ["140 cm"]);
        await factory.CatalogueTypeChangeAsync(slalom, t => t.Description = "Carvingski med bindinger.");

        async Task<List<int>> Find(string text) =>
            (await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Text = text, Initiative = place.Slug }))).Hits.Select(h => h.Id).ToList();

        var ski = await Find("ski");
        Assert.Equal(new[] { place.TypeId, slalom }, ski.Order());
        Assert.DoesNotContain(wrench, ski);
        Assert.DoesNotContain(skins, ski);
        Assert.Equal(new[] { place.TypeId, slalom }, (await Find("skiene")).Order());
        Assert.Equal(new[] { place.TypeId }, await Find("klassiske langrennski"));
        Assert.Equal(new[] { wrench }, await Find("skiftenøkler"));
        Assert.Empty(await Find("ski skiftenøkkel"));
        // Wildcards typed by the resident are not patterns: they separate words like any other sign.
        Assert.Equal(ski, await Find("%ski%"));
        Assert.Empty(await Find("_ki"));
    }

    [Fact]
    public async Task Text_finds_a_compound_by_its_first_part_but_not_a_word_that_only_starts_alike()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(name: "Teltplugger, 20 stk.");
        var (towel, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Badehåndkle", ["Stor"], category: GoodsCategory.HomeKitchen);
        var (racket, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Badmintonracket", ["Voksen"]);

        async Task<List<int>> Find(string text) =>
            (await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Text = text, Initiative = place.Slug }))).Hits.Select(h => h.Id).ToList();

        Assert.Equal(new[] { place.TypeId }, await Find("telt"));
        Assert.Equal(new[] { place.TypeId }, await Find("plugg"));
        Assert.Equal(new[] { towel }, await Find("bad"));
        Assert.Equal(new[] { racket }, await Find("badminton"));
    }

    [Fact]
    public async Task Size_and_next_weekend_leave_out_a_type_whose_only_unit_of_the_size_is_booked_on_saturday()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var (other, otherUnits) = await factory.AddLendingTypeAsync(place.InitiativeId, "Langrennski, skøyting", ["150 cm", "170 cm"]);
        var (noSize, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Fjellski", ["180 cm"]);
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 14));
        // The other type's 150 cm unit is booked only until Friday evening: free for the weekend.
        await factory.CatalogueBookingAsync(other, otherUnits[0], LendingTestData.Oslo(2026, 12, 3, 10), LendingTestData.Oslo(2026, 12, 4, 18));

        Task<LendingSearchResult> Search(LendingQuery q) => factory.CatalogueAsync(c => c.SearchAsync(q with { Initiative = place.Slug }));

        var sized = await Search(new LendingQuery { Size = "150 CM" });
        Assert.Equal(new[] { place.TypeId, other }, sized.Hits.Select(h => h.Id).Order());
        Assert.DoesNotContain(noSize, sized.Hits.Select(h => h.Id));

        var weekend = await Search(new LendingQuery { Size = "150cm", When = LendingWhen.NextWeekend });
        Assert.Equal((Saturday, new DateOnly(2026, 12, 6)), weekend.Period);
        var hit = Assert.Single(weekend.Hits);
        Assert.Equal(other, hit.Id);
        Assert.Equal((1, 1), (hit.FreeUnits, hit.TotalUnits));
        Assert.Equal(["150 cm", "170 cm"], hit.Labels);

        var anySize = await Search(new LendingQuery { When = LendingWhen.NextWeekend });
        var booked = anySize.Hits.Single(h => h.Id == place.TypeId);
        Assert.Equal((1, 2), (booked.FreeUnits, booked.TotalUnits));
        Assert.Equal(["160 cm"], booked.Labels);

        // Chosen dates: Thursday to Friday the other type's 150 cm is taken, this one's is free.
        var dates = await Search(new LendingQuery { Size = "150 cm", When = LendingWhen.Dates, From = new(2026, 12, 3), To = new(2026, 12, 4) });
        Assert.Equal(new[] { place.TypeId }, dates.Hits.Select(h => h.Id));

        // A unit in maintenance is not free either.
        await factory.CatalogueUnitStateAsync(otherUnits[0], LendingUnitState.Maintenance);
        Assert.Empty((await Search(new LendingQuery { Size = "150cm", When = LendingWhen.NextWeekend })).Hits);
    }

    [Fact]
    public async Task A_bare_number_finds_the_size_with_its_unit_and_not_a_longer_number()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["130 cm", "160 cm"]);
        await factory.AddLendingTypeAsync(place.InitiativeId, "Fjellski", ["1300 cm"]);
        var (shoes, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Skisko", ["30", "130,5"]);

        Task<LendingSearchResult> Search(LendingQuery q) => factory.CatalogueAsync(c => c.SearchAsync(q with { Initiative = place.Slug }));

        var bare = await Search(new LendingQuery { Size = "130" });
        var hit = Assert.Single(bare.Hits);
        Assert.Equal(place.TypeId, hit.Id);
        Assert.Equal((1, 1), (hit.FreeUnits, hit.TotalUnits));
        Assert.Equal(new[] { place.TypeId }, (await Search(new LendingQuery { Size = "130", When = LendingWhen.NextWeekend })).Hits.Select(h => h.Id));
        Assert.Equal(new[] { shoes }, (await Search(new LendingQuery { Size = "30" })).Hits.Select(h => h.Id));
        Assert.Empty((await Search(new LendingQuery { Size = "13" })).Hits);
    }

    [Theory]
    [InlineData("130cm", "130", true)]
    [InlineData("130cm", "130cm", true)]
    [InlineData("1300cm", "130", false)]
    [InlineData("130,5", "130", false)]
    [InlineData("130cm", "13", false)]
    [InlineData("eu38", "38", false)]
    [InlineData("m", "m", true)]
    [InlineData("ml", "m", false)]
    public void Size_matching_takes_a_bare_number_for_the_number_with_a_unit(string labelKey, string wanted, bool matches) =>
        Assert.Equal(matches, LendingUnit.SizeMatches(labelKey, wanted));

    [Fact]
    public void Next_weekend_is_the_coming_saturday_and_sunday()
    {
        Assert.Equal((Saturday, new DateOnly(2026, 12, 6)), LendingQuery.NextWeekend(Wednesday));
        Assert.Equal((Saturday, new DateOnly(2026, 12, 6)), LendingQuery.NextWeekend(Saturday));
        Assert.Equal((new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13)), LendingQuery.NextWeekend(new DateOnly(2026, 12, 6)));
        Assert.Equal((new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13)), LendingQuery.NextWeekend(new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public async Task Near_keeps_types_inside_the_radius_nearest_first()
    {
        factory.Clock.Now = TestClock.Default;
        var (lat, lon) = CatalogueTestData.FarPoint();
        var near = await factory.LendingPlaceAsync(name: "Telt 3 personer", at: (lat + 0.001, lon));
        var farther = await factory.LendingPlaceAsync(name: "Telt 2 personer", at: (lat + 0.045, lon)); // about 5 km north
        var outside = await factory.LendingPlaceAsync(name: "Telt 4 personer", at: (lat + 0.2, lon)); // about 22 km

        Task<LendingSearchResult> Search(double km) =>
            factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Text = "telt", Near = new GeoPoint(lat, lon), RadiusKm = km }));

        var ten = await Search(10);
        Assert.Equal(new[] { near.TypeId, farther.TypeId }, ten.Hits.Select(h => h.Id));
        Assert.InRange(ten.Hits[0].DistanceKm!.Value, 0.05, 0.2);
        Assert.InRange(ten.Hits[1].DistanceKm!.Value, 4.8, 5.2);
        Assert.Equal(new[] { near.TypeId }, (await Search(1)).Hits.Select(h => h.Id));
        Assert.Equal(new[] { near.TypeId, farther.TypeId, outside.TypeId }, (await Search(30)).Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task Only_public_types_with_units_are_found_and_results_are_paged()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(name: "Sag 00");
        for (var n = 1; n < 30; n++)
            await factory.AddLendingTypeAsync(place.InitiativeId, string.Create(CultureInfo.InvariantCulture, $"Sag {n:00}"), ["Nr. 1"]);
        var (archived, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Sag arkivert", ["Nr. 1"]);
        await factory.CatalogueTypeChangeAsync(archived, t => t.Archived = true);
        var (retired, retiredUnits) = await factory.AddLendingTypeAsync(place.InitiativeId, "Sag utrangert", ["Nr. 1"]);
        await factory.CatalogueUnitStateAsync(retiredUnits[0], LendingUnitState.Retired);

        var first = await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Initiative = place.Slug }));
        Assert.Equal(30, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal(25, first.Hits.Count);
        Assert.Equal("Sag 00", first.Hits[0].Name);
        var second = await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Initiative = place.Slug, Page = 2 }));
        Assert.Equal(["Sag 25", "Sag 26", "Sag 27", "Sag 28", "Sag 29"], second.Hits.Select(h => h.Name));
        var beyond = await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Initiative = place.Slug, Page = 9 }));
        Assert.Equal(2, beyond.Page);
        Assert.DoesNotContain(archived, first.Hits.Concat(second.Hits).Select(h => h.Id));
        Assert.DoesNotContain(retired, first.Hits.Concat(second.Hits).Select(h => h.Id));
        Assert.Null(await factory.CatalogueAsync(c => c.DetailsAsync(archived)));
        Assert.Null(await factory.CatalogueAsync(c => c.DetailsAsync(retired)));

        // An initiative waiting for approval or closed down shows nothing.
        await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == place.InitiativeId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Moderation, ModerationState.Pending)));
        await factory.Services.GetRequiredService<DirectoryCache>().InvalidateAsync();
        Assert.Equal(0, (await factory.CatalogueAsync(c => c.SearchAsync(new LendingQuery { Initiative = place.Slug }))).Total);
        Assert.Null(await factory.CatalogueAsync(c => c.AvailabilityAsync(place.TypeId, null, Wednesday)));
    }

    [Fact]
    public async Task The_search_page_works_without_javascript_and_links_to_the_booking_form()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm"]);
        var client = factory.NoRedirectClient();
        var doc = await client.GetDocumentAsync($"/utlan?q=ski&size=150+cm&when=next-weekend&initiative={place.Slug}");
        var hit = doc.QuerySelector($"#result-list li[data-id='{place.TypeId}']");
        Assert.NotNull(hit);
        Assert.Contains("1 ledig i størrelse 150 cm", hit!.TextContent, StringComparison.Ordinal);
        var links = hit.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/utlan/{place.TypeId}/bestill?storrelse=150%20cm&fra=2026-12-05&til=2026-12-06", links);
        Assert.Contains($"/utlan/{place.TypeId}?storrelse=150%20cm", links);
        Assert.NotNull(doc.QuerySelector("#f-when-next-weekend")!.GetAttribute("checked"));
        Assert.Contains("1 ting å låne som er ledige i helgen (lør. 5.–søn. 6. des.)", doc.QuerySelector("#result-count")!.TextContent, StringComparison.Ordinal);

        // Dates in the fields do not count when "next weekend" or "any time" is chosen.
        var any = await client.GetDocumentAsync($"/utlan?when=any&from=2020-01-01&initiative={place.Slug}");
        Assert.Null(any.QuerySelector("#feil"));
        Assert.NotNull(any.QuerySelector($"#result-list li[data-id='{place.TypeId}']"));

        var bad = await client.GetDocumentAsync("/utlan?when=dates&from=2020-01-01&category=dinosaurer");
        var summary = bad.QuerySelector("#feil")!;
        Assert.Contains("Fra og med: dagen har allerede vært", summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(summary.QuerySelector("a[href='#f-from']"));
        Assert.NotNull(summary.QuerySelector("a[href='#f-category']"));
        Assert.Equal("true", bad.QuerySelector("#f-from")!.GetAttribute("aria-invalid"));

        var english = await client.GetDocumentAsync($"/utlan?when=next-weekend&initiative={place.Slug}&lang=en");
        Assert.Contains("2 free this weekend (Sat 5–Sun 6 Dec)", english.QuerySelector($"#result-list li[data-id='{place.TypeId}']")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_page_pages_with_side()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(name: "Hammer 00");
        for (var n = 1; n < 27; n++)
            await factory.AddLendingTypeAsync(place.InitiativeId, string.Create(CultureInfo.InvariantCulture, $"Hammer {n:00}"), ["Nr. 1"]);
        var client = factory.NoRedirectClient();
        var first = await client.GetDocumentAsync($"/utlan?initiative={place.Slug}");
        Assert.Equal(25, first.QuerySelectorAll("#result-list li").Length);
        Assert.Equal($"/utlan?initiative={place.Slug}&side=2", first.QuerySelector("a[rel=next]")!.GetAttribute("href"));
        var second = await client.GetDocumentAsync($"/utlan?initiative={place.Slug}&side=2");
        Assert.Equal(2, second.QuerySelectorAll("#result-list li").Length);
    }

    [Fact]
    public async Task The_type_page_shows_terms_sizes_and_eight_weeks_with_booking_links()
    {
        factory.Clock.Now = TestClock.Default;
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "160 cm", "120 cm"], hours: "Mo-Sa 10:00-18:00; PH off");
        await factory.CatalogueTypeChangeAsync(place.TypeId, t =>
        {
            t.PriceKind = LendingPriceKind.PerDay;
            t.PriceNok = 150;
            t.DepositNok = 500;
            t.MaxDays = 3;
        });
        await factory.CatalogueBookingAsync(place.TypeId, place.UnitIds[0], LendingTestData.Oslo(2026, 12, 5, 10), LendingTestData.Oslo(2026, 12, 5, 18));
        var client = factory.NoRedirectClient();

        var doc = await client.GetDocumentAsync($"/utlan/{place.TypeId}");
        Assert.Equal("150 kr per dag", doc.QuerySelector("#price")!.TextContent);
        Assert.Contains("500 kr", doc.QuerySelector("#terms")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("3 dager", doc.QuerySelector("#terms")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["120 cm", "150 cm", "160 cm"], doc.QuerySelectorAll("#sizes tbody th").Select(th => th.TextContent));
        // Wednesday to Tuesday eight weeks on touch nine weeks: a month-style grid of five weeks and one of four, Monday first.
        var grids = doc.QuerySelectorAll("table.availability-month");
        Assert.Equal(2, grids.Length);
        Assert.Equal("Ledig 2. desember – 3. januar", grids[0].QuerySelector("caption")!.TextContent);
        Assert.Equal("Ledig 4. januar – 26. januar", grids[1].QuerySelector("caption")!.TextContent);
        Assert.Equal(["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"],
            grids[0].QuerySelectorAll("thead th[scope=col] .ds-sr-only").Select(th => th.TextContent));
        Assert.Equal([5, 4], grids.Select(g => g.QuerySelectorAll("tbody tr").Length));
        Assert.All(doc.QuerySelectorAll("table.availability-month tbody tr"), tr => Assert.Equal(7, tr.Children.Length));
        Assert.Equal(56, doc.QuerySelectorAll("table.availability-month td[data-date]").Length);
        Assert.Equal("2026-12-02", grids[0].QuerySelector("tbody tr td:nth-child(3)")!.GetAttribute("data-date")); // a Wednesday
        Assert.Equal(2, grids[0].QuerySelectorAll("tbody tr:first-child td.day--outside").Length);

        string Cell(string date) => doc.QuerySelector($"td[data-date='{date}'] .day-free")!.TextContent;
        string Said(string date) => doc.QuerySelector($"td[data-date='{date}'] .day-text")!.TextContent;
        Assert.Equal("2 ledige", Cell("2026-12-05"));
        Assert.Equal("3 ledige", Cell("2026-12-04"));
        Assert.Equal("Stengt", Cell("2026-12-06"));
        Assert.Equal("søndag 6. desember: Stengt 6. desember.", Said("2026-12-06"));
        Assert.Equal("Stengt", Cell("2026-12-25"));
        Assert.Equal("fredag 25. desember: Stengt 25. desember (Første juledag).", Said("2026-12-25"));
        Assert.Contains("Stengt 25. desember (Første juledag).", grids[0].NextElementSibling!.TextContent, StringComparison.Ordinal);
        Assert.Equal("date", doc.QuerySelector("td[data-date='2026-12-02']")!.GetAttribute("aria-current"));
        // Thursday's pickup returns by the next open day, Friday; Saturday's by Monday (Sunday is closed).
        Assert.Equal($"/utlan/{place.TypeId}/bestill?fra=2026-12-03&til=2026-12-04", doc.QuerySelector("td[data-date='2026-12-03'] a")!.GetAttribute("href"));
        var saturday = doc.QuerySelector("td[data-date='2026-12-05'] a")!;
        Assert.Equal($"/utlan/{place.TypeId}/bestill?fra=2026-12-05&til=2026-12-07", saturday.GetAttribute("href"));
        Assert.Equal("Bestill lørdag 5. desember, 2 ledige", string.Join(" ",
            saturday.QuerySelectorAll("span:not([aria-hidden]):not(.day__hours)").Select(e => e.TextContent.Trim())));
        Assert.Null(doc.QuerySelector("td[data-date='2026-12-06'] a"));

        var sized = await client.GetDocumentAsync($"/utlan/{place.TypeId}?storrelse=150cm");
        Assert.Equal("Fullt", sized.QuerySelector("td[data-date='2026-12-05'] .day-free")!.TextContent);
        Assert.Null(sized.QuerySelector("td[data-date='2026-12-05'] a"));
        Assert.Equal($"/utlan/{place.TypeId}/bestill?storrelse=150%20cm&fra=2026-12-04&til=2026-12-05",
            sized.QuerySelector("td[data-date='2026-12-04'] a")!.GetAttribute("href"));
        Assert.Equal("150 cm", sized.QuerySelector("#f-storrelse option[selected]")!.TextContent);

        var unknown = await client.GetDocumentAsync($"/utlan/{place.TypeId}?storrelse=999");
        Assert.NotNull(unknown.QuerySelector("#unknown-size"));

        var english = await client.GetDocumentAsync($"/utlan/{place.TypeId}?storrelse=150+cm&lang=en");
        Assert.Equal("Full", english.QuerySelector("td[data-date='2026-12-05'] .day-free")!.TextContent);
        Assert.Equal("Saturday 5 December: Fully booked", english.QuerySelector("td[data-date='2026-12-05'] .day-text")!.TextContent);
        Assert.Equal("Free 2 December – 3 January", english.QuerySelector("table.availability-month caption")!.TextContent);
        Assert.Equal("NOK 150 per day", english.QuerySelector("#price")!.TextContent);

        using var missing = await client.GetAsync("/utlan/987654321");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
    }
}

public sealed class LendingCatalogueTestsOnSqlite(SqliteAppFactory f) : LendingCatalogueTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingCatalogueTestsOnPostgres(PostgresAppFactory f) : LendingCatalogueTests(f), IClassFixture<PostgresAppFactory>;
