using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Transparency;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>The published kg per partner, category and month count in the municipality's months, not UTC's.</summary>
public abstract class TransparencyFiguresTests(AppFactory factory)
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    [Fact]
    public async Task A_lot_decided_just_after_midnight_on_the_first_counts_in_the_new_month()
    {
        var year = 2031; // a year no other test decides lots in
        var (stationId, _) = await factory.StationAsync();
        var (partnerId, _, _, _) = await factory.PartnerAsync("Månedslaget", [IntakeCategory.Books]);
        async Task DecideAsync(DateTime utc, decimal kg)
        {
            var lot = await factory.LotAsync(stationId, IntakeCategory.Books, kg);
            await factory.WithDbAsync(async db =>
            {
                db.AllocationDecisions.Add(new AllocationDecision
                {
                    LotId = lot, StationId = stationId, Category = IntakeCategory.Books, WeightKg = kg, PartnerId = partnerId,
                    Rule = AllocationRule.FewestKg, Claims = 1, DecidedAt = utc, ReasonNb = "test", ReasonEn = "test",
                });
                return await db.SaveChangesAsync();
            });
        }
        await DecideAsync(new DateTime(year, 1, 1, 0, 30, 0, DateTimeKind.Utc), 1m);      // 01:30 on 1 January in Oslo: January
        await DecideAsync(new DateTime(year, 1, 31, 23, 30, 0, DateTimeKind.Utc), 2m);    // 00:30 on 1 February in Oslo (UTC: still January)
        await DecideAsync(new DateTime(year, 3, 31, 21, 30, 0, DateTimeKind.Utc), 4m);    // 23:30 on 31 March in Oslo, summer time: March
        await DecideAsync(new DateTime(year, 6, 30, 22, 15, 0, DateTimeKind.Utc), 8m);    // 00:15 on 1 July in Oslo: July
        await DecideAsync(new DateTime(year, 12, 31, 23, 10, 0, DateTimeKind.Utc), 16m);  // 00:10 on 1 January the year after: not this year
        await DecideAsync(new DateTime(year - 1, 12, 31, 23, 20, 0, DateTimeKind.Utc), 32m); // 00:20 on 1 January this year: January

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var row = Assert.Single(await TransparencyFigures.YearAsync(db, year, Oslo, default), r => r.PartnerId == partnerId);
        Assert.Equal([33.0, 2, 4, 0, 0, 0, 8, 0, 0, 0, 0, 0], row.Months);
        Assert.Equal(47, row.Total);
        var next = Assert.Single(await TransparencyFigures.YearAsync(db, year + 1, Oslo, default), r => r.PartnerId == partnerId);
        Assert.Equal(16, next.Months[0]);
    }
}

public sealed class TransparencyFiguresTestsOnSqlite(SqliteAppFactory f) : TransparencyFiguresTests(f), IClassFixture<SqliteAppFactory>;

public sealed class TransparencyFiguresTestsOnPostgres(PostgresAppFactory f) : TransparencyFiguresTests(f), IClassFixture<PostgresAppFactory>;
