using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Statistics;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>
/// Loans and utilisation for a hand-made set of bookings. The clock is Wednesday 2 December 2026, 12:00, in ISO week 49;
/// the 12 weeks are weeks 38 to 49.
/// </summary>
public abstract class LendingStatisticsTests(AppFactory factory)
{
    private sealed record Data(LendingPlaceData Place, int OtherTypeId);

    /// <summary>
    /// Skis with units 150, 150, 160 and a retired 170, and snowshoes with one unit and no bookings. Bookings:
    /// week 47 the 170 (retired since) out Mon 10:00 to Tue 22:00, back 12 hours late (1.5 days);
    /// week 48 a 150 Mon 10:00–Wed 10:00 (2 days) and the other 150 Sun 12:00–Tue 12:00 (0.5 days in 48, 1.5 in 49);
    /// week 49 the 160 out since Tue 12:00, due back Tue 18:00, still out (1 day until now) and a 150 booked Fri 10:00–Sat 10:00 (1 day);
    /// a cancelled booking, an offer and a loan before the 12 weeks, none of which count.
    /// </summary>
    private async Task<Data> SeedAsync()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm", "150 cm", "160 cm", "170 cm"]);
        var (other, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Truger", ["Voksen"]);
        var (archived, _) = await factory.AddLendingTypeAsync(place.InitiativeId, "Kjelke", ["1"]);
        var u = place.UnitIds;
        await factory.WithDbAsync(async db =>
        {
            // The units have been in service since long before the 12 weeks.
            await db.LendingUnits.Where(x => x.Type!.InitiativeId == place.InitiativeId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
            await db.LendingUnits.Where(x => x.Id == u[3]).ExecuteUpdateAsync(s => s.SetProperty(x => x.State, LendingUnitState.Retired));
            await db.LendingTypes.Where(t => t.Id == archived).ExecuteUpdateAsync(s => s.SetProperty(t => t.Archived, true));
            void Add(int unit, BookingStatus status, DateTimeOffset pickup, DateTimeOffset returnBy, DateTimeOffset? returnedAt = null, bool handedOut = true) =>
                db.Bookings.Add(new Booking
                {
                    UnitId = unit, TypeId = place.TypeId, Code = ReservationRules.NewCode(), Status = status, BorrowerName = "Test",
                    PickupAt = pickup.UtcDateTime, ReturnBy = returnBy.UtcDateTime, CreatedAt = pickup.UtcDateTime.AddDays(-1),
                    CheckedOutAt = handedOut ? pickup.UtcDateTime : null, ReturnedAt = returnedAt?.UtcDateTime,
                });
            Add(u[3], BookingStatus.Returned, Oslo(2026, 11, 16, 10), Oslo(2026, 11, 17, 10), Oslo(2026, 11, 17, 22));
            Add(u[0], BookingStatus.Returned, Oslo(2026, 11, 23, 10), Oslo(2026, 11, 25, 10), Oslo(2026, 11, 25, 10));
            Add(u[1], BookingStatus.Returned, Oslo(2026, 11, 29, 12), Oslo(2026, 12, 1, 12), Oslo(2026, 12, 1, 12));
            Add(u[2], BookingStatus.CheckedOut, Oslo(2026, 12, 1, 12), Oslo(2026, 12, 1, 18));
            Add(u[0], BookingStatus.Booked, Oslo(2026, 12, 4, 10), Oslo(2026, 12, 5, 10), handedOut: false);
            Add(u[0], BookingStatus.Cancelled, Oslo(2026, 11, 24, 10), Oslo(2026, 11, 26, 10), handedOut: false);
            Add(u[1], BookingStatus.Offered, Oslo(2026, 12, 3, 10), Oslo(2026, 12, 4, 10), handedOut: false);
            Add(u[0], BookingStatus.Returned, Oslo(2026, 9, 7, 10), Oslo(2026, 9, 9, 10), Oslo(2026, 9, 9, 10));
            return await db.SaveChangesAsync();
        });
        return new Data(place, other);
    }

    [Fact]
    public async Task Loans_booked_days_available_days_and_utilisation_are_counted_per_type_and_week()
    {
        var data = await SeedAsync();
        LendingReport report;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            report = await LendingStatistics.LoadAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), data.Place.InitiativeId,
                scope.ServiceProvider.GetRequiredService<MunicipalClock>());
        }

        Assert.Equal(12, report.Weeks.Count);
        Assert.Equal((new DateOnly(2026, 9, 14), 38), (report.Weeks[0].Monday, report.Weeks[0].Number));
        Assert.Equal((new DateOnly(2026, 11, 30), 49), (report.Weeks[^1].Monday, report.Weeks[^1].Number));
        // The archived type without bookings is left out; the others in name order.
        Assert.Equal(["Langrennski, klassisk", "Truger"], report.Types.Select(t => t.Name));

        var skis = report.Types[0];
        var expected = Enumerable.Repeat((Loans: 0, Booked: 0.0, Available: 21.0), 12).ToArray();
        expected[9] = (1, 1.5, 28); // week 47: the retired unit counts the week it was out
        expected[10] = (2, 2.5, 21); // week 48
        expected[11] = (1, 3.5, 21); // week 49
        for (var w = 0; w < 12; w++)
        {
            Assert.Equal(expected[w].Loans, skis.Weeks[w].Loans);
            Assert.Equal(expected[w].Booked, skis.Weeks[w].BookedDays, 9);
            Assert.Equal(expected[w].Available, skis.Weeks[w].AvailableDays, 9);
        }
        Assert.Equal(4, skis.Total.Loans);
        Assert.Equal(7.5, skis.Total.BookedDays, 9);
        Assert.Equal(259, skis.Total.AvailableDays, 9);
        Assert.Equal(7.5 / 259, skis.Total.Utilisation!.Value, 9);
        Assert.Equal(3.5 / 21, skis.Weeks[11].Utilisation!.Value, 9);

        var shoes = report.Types[1];
        Assert.Equal((0, 0.0, 84.0), (shoes.Total.Loans, shoes.Total.BookedDays, shoes.Total.AvailableDays));
        Assert.Equal((double?)0, shoes.Total.Utilisation);

        Assert.Equal(4, report.Total.Loans);
        Assert.Equal(7.5, report.Total.BookedDays, 9);
        Assert.Equal(343, report.Total.AvailableDays, 9);
        Assert.Equal(28, report.WeekTotals[11].AvailableDays, 9);
        Assert.Equal(3.5, report.WeekTotals[11].BookedDays, 9);
    }

    [Fact]
    public async Task The_page_shows_the_numbers_in_tables_with_totals_and_as_a_csv_file()
    {
        var data = await SeedAsync();
        var client = await factory.SignedInClientAsync(data.Place.OwnerEmail);
        var url = $"/portal/{data.Place.Slug}/utlan/statistikk";
        using var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, url);
        static string[] Cells(AngleSharp.Dom.IElement row) => row.QuerySelectorAll("th, td").Skip(1).Select(c => c.TextContent.Trim()).ToArray();
        Assert.Equal(["4", "7,5", "259", "2,9 %"], Cells(doc.GetElementById($"type-row-{data.Place.TypeId}")!));
        Assert.Equal(["0", "0", "84", "0 %"], Cells(doc.GetElementById($"type-row-{data.OtherTypeId}")!));
        Assert.Equal(["4", "7,5", "343", "2,2 %"], Cells(doc.QuerySelector("#type-table tfoot tr")!));
        // All types together, week 49 last; the chart has a bar per week.
        var weekRows = doc.QuerySelectorAll("#week-table tbody tr");
        Assert.Equal(["1", "3,5", "28", "12,5 %"], Cells(weekRows[weekRows.Length - 1]));
        Assert.Equal(12, doc.QuerySelectorAll("svg.usage-chart rect.bar").Length);

        var typeUrl = $"{url}?type={data.Place.TypeId}";
        using var one = await client.GetAsync(typeUrl);
        var oneDoc = await Forms.ParseAsync(one, typeUrl);
        var rows = oneDoc.QuerySelectorAll("#week-table tbody tr").ToList();
        Assert.Equal(["1", "1,5", "28", "5,4 %"], Cells(rows[9]));
        Assert.Equal(["2", "2,5", "21", "11,9 %"], Cells(rows[10]));
        Assert.Equal(["1", "3,5", "21", "16,7 %"], Cells(rows[11]));
        Assert.Equal(["4", "7,5", "259", "2,9 %"], Cells(oneDoc.QuerySelector("#week-table tfoot tr")!));

        using var csv = await client.GetAsync($"{url}?handler=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type_id;type;week_start;iso_week;loans;booked_unit_days;available_unit_days;utilisation", lines[0]);
        Assert.Equal(1 + 2 * 12, lines.Length);
        Assert.Contains($"{data.Place.TypeId};Langrennski, klassisk;2026-11-30;49;1;3.5;21;0.1667", lines);
    }
}

public sealed class LendingStatisticsTestsOnSqlite(SqliteAppFactory f) : LendingStatisticsTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LendingStatisticsTestsOnPostgres(PostgresAppFactory f) : LendingStatisticsTests(f), IClassFixture<PostgresAppFactory>;

/// <summary>The pure counting, without a database.</summary>
public sealed class LendingStatisticsRulesTests
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Fact]
    public void A_unit_booked_the_whole_week_the_clocks_go_back_is_booked_7_days_of_7()
    {
        // Week 43 of 2026 ends on Sunday 25 October, when summer time ends: 7 days and 1 hour, counted as 7 days on the calendar.
        var weeks = LendingStatistics.WeeksEndingIn(new DateOnly(2026, 10, 21), 1);
        Assert.Equal((new DateOnly(2026, 10, 19), 43), (weeks[0].Monday, weeks[0].Number));
        var report = LendingStatistics.Compute(
            [new(1, "Sykkel", false)],
            [new(10, 1, LendingUnitState.Available), new(11, 1, LendingUnitState.Maintenance)],
            [new(10, 1, BookingStatus.Returned, Oslo(2026, 10, 18, 12).UtcDateTime, Oslo(2026, 10, 27, 12).UtcDateTime, Oslo(2026, 10, 18, 12).UtcDateTime, Oslo(2026, 10, 27, 12).UtcDateTime)],
            weeks, Zone, Oslo(2026, 10, 28, 12));
        var week = report.Types.Single().Weeks.Single();
        Assert.Equal(0, week.Loans); // picked up the week before
        Assert.Equal(7, week.BookedDays, 9);
        Assert.Equal(14, week.AvailableDays, 9); // the unit in maintenance counts as available
        Assert.Equal(0.5, week.Utilisation!.Value, 9);
    }

    [Fact]
    public void A_unit_added_on_thursday_is_available_4_days_that_week_and_7_the_next()
    {
        // Week 48 of 2026: Monday 23 – Sunday 29 November; the unit is added on Thursday 26 November at 00:00.
        var weeks = LendingStatistics.WeeksEndingIn(new DateOnly(2026, 12, 2), 2);
        Assert.Equal(new DateOnly(2026, 11, 23), weeks[0].Monday);
        var report = LendingStatistics.Compute([new(1, "Telt", false)],
            [new(10, 1, LendingUnitState.Available, Oslo(2026, 11, 26, 0).UtcDateTime)], [], weeks, Zone, Oslo(2026, 12, 2, 12));
        var use = report.Types.Single().Weeks;
        Assert.Equal(4, use[0].AvailableDays, 9);
        Assert.Equal(7, use[1].AvailableDays, 9);
    }

    [Fact]
    public void Nothing_available_gives_no_utilisation()
    {
        var weeks = LendingStatistics.WeeksEndingIn(new DateOnly(2026, 12, 2), 2);
        var report = LendingStatistics.Compute([new(1, "Tom", false)], [new(10, 1, LendingUnitState.Retired)], [], weeks, Zone, Oslo(2026, 12, 2, 12));
        Assert.All(report.Types.Single().Weeks, w => Assert.Null(w.Utilisation));
        Assert.Null(report.Total.Utilisation);
    }
}
