using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Rollups;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Lending.LendingTestData;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Impact;

/// <summary>Acts are written to the impact ledger with the act that proves them, and their roll-ups follow.</summary>
public abstract class ImpactLedgerTests(AppFactory factory)
{
    private static readonly DeskStaff Staff = new(null, "skranke@example.no");

    private Task<List<ReuseAct>> ActsAsync(ReuseSource source, int sourceId) =>
        factory.WithDbAsync(db => db.ReuseActs.AsNoTracking().Where(a => a.Source == source && a.SourceId == sourceId).OrderBy(a => a.Id).ToListAsync());

    private Task<List<ImpactMonth>> MonthsAsync(int initiativeId) =>
        factory.WithDbAsync(db => db.ImpactMonths.AsNoTracking().Where(m => m.InitiativeId == initiativeId).ToListAsync());

    /// <summary>A fresh initiative of its own (so its roll-up holds only this test's acts) with a signed-in editor.</summary>
    private async Task<(HttpClient Client, int InitiativeId, string Slug)> FreshAsync(int index)
    {
        var (client, id, slug) = await factory.MemberAsync(index);
        await factory.WithDbAsync(async db =>
        {
            await db.ImpactMonths.Where(m => m.InitiativeId == id).ExecuteDeleteAsync();
            return 0;
        });
        return (client, id, slug);
    }

    private async Task<int> BikeAsync(int initiativeId, int quantity, decimal? weight)
    {
        var id = await factory.ItemAsync(initiativeId, quantity, $"Barnesykkel {Guid.NewGuid():N}");
        await factory.WithDbAsync(db => db.Items.Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Category, Omigjen.Web.Features.Initiatives.GoodsCategory.Bikes).SetProperty(i => i.WeightKg, weight)));
        return id;
    }

    [Fact]
    public async Task Marking_a_unit_sold_writes_one_entry_and_its_monthly_roll_up()
    {
        var (client, initiativeId, slug) = await FreshAsync(1);
        var itemId = await BikeAsync(initiativeId, 2, 12.5m);
        var before = (await MonthsAsync(initiativeId)).Sum(m => m.Co2eGrams);

        using var sold = await client.SubmitAsync($"/portal/{slug}/varer", Form(), $"#vare-{itemId} .pi-sold-form");
        Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);

        var act = Assert.Single(await ActsAsync(ReuseSource.Item, itemId));
        Assert.Equal((ReuseActKind.ItemSold, ReuseChannel.Shop, initiativeId, 1, 12_500L, WeightSource.Entered, 74_800L, 1),
            (act.Kind, act.Channel, act.InitiativeId, act.Quantity, act.WeightGrams, act.WeightSource, act.Co2eGrams, act.FactorSetVersion));
        Assert.Null(act.UserId);
        var months = await MonthsAsync(initiativeId);
        Assert.Equal(74_800L, months.Sum(m => m.Co2eGrams) - before);
        var month = Assert.Single(months, m => m.Channel == ReuseChannel.Shop);
        Assert.Equal((1, 1, 12_500L, 12_500L, 1, 0), (month.Acts, month.Quantity, month.WeightGrams, month.MeasuredGrams, month.MeasuredQuantity, month.EstimatedQuantity));
    }

    [Fact]
    public async Task Sold_on_the_edit_page_writes_one_entry_per_unit_and_taking_it_back_reverses_them_to_zero()
    {
        var (client, initiativeId, slug) = await FreshAsync(2);
        var itemId = await BikeAsync(initiativeId, 3, null);
        var edit = $"/portal/{slug}/varer/{itemId}";

        using var sold = await client.SubmitAsync(edit, Form(("Form.Status", "Sold")), "#item-form");
        Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);
        var acts = await ActsAsync(ReuseSource.Item, itemId);
        Assert.Equal(3, acts.Count);
        Assert.All(acts, a => Assert.Equal((1, 15_100L, WeightSource.CategoryAverage, 74_800L), (a.Quantity, a.WeightGrams, a.WeightSource, a.Co2eGrams)));
        var month = Assert.Single(await MonthsAsync(initiativeId));
        Assert.Equal((3, 3, 45_300L, 0L, 3, 224_400L), (month.Acts, month.Quantity, month.WeightGrams, month.MeasuredGrams, month.EstimatedQuantity, month.Co2eGrams));

        // Sold by mistake: two units back on sale; two reversing entries, each naming the entry it undoes.
        using var back = await client.SubmitAsync(edit, Form(("Form.Status", "Available"), ("Form.Quantity", "2")), "#item-form");
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        acts = await ActsAsync(ReuseSource.Item, itemId);
        Assert.Equal(5, acts.Count);
        var reversals = acts.Where(a => a.ReversesId is not null).ToList();
        Assert.Equal(2, reversals.Count);
        Assert.All(reversals, r => Assert.Equal((-1, -15_100L, -74_800L), (r.Quantity, r.WeightGrams, r.Co2eGrams)));
        Assert.Equal(acts.Where(a => a.ReversesId is null).Select(a => a.Id).TakeLast(2).Order(), reversals.Select(r => r.ReversesId!.Value).Order());
        month = Assert.Single(await MonthsAsync(initiativeId));
        Assert.Equal((1, 1, 15_100L, 74_800L), (month.Acts, month.Quantity, month.WeightGrams, month.Co2eGrams));

        // Sold again and the last one taken back too: the month sums to what is sold now.
        using var again = await client.SubmitAsync(edit, Form(("Form.Status", "Sold")), "#item-form");
        using var allBack = await client.SubmitAsync(edit, Form(("Form.Status", "Available"), ("Form.Quantity", "3")), "#item-form");
        Assert.Equal(HttpStatusCode.Redirect, allBack.StatusCode);
        month = Assert.Single(await MonthsAsync(initiativeId));
        Assert.Equal((0, 0, 0L, 0L), (month.Acts, month.Quantity, month.WeightGrams, month.Co2eGrams));
        var all = await ActsAsync(ReuseSource.Item, itemId);
        Assert.Equal(0, all.Sum(a => a.Quantity));
        Assert.Equal(0L, all.Sum(a => a.Co2eGrams));
    }

    [Fact]
    public async Task A_collected_hold_writes_one_entry_linked_to_the_resident_once()
    {
        var (_, initiativeId, _) = await FreshAsync(3);
        var itemId = await BikeAsync(initiativeId, 1, null);
        var resident = await factory.CreateAsync(ReservationTestData.NewEmail("hentet"));
        var holdId = await factory.WithDbAsync(async db =>
        {
            var hold = new Reservation
            {
                ItemId = itemId, UserId = resident.Id, Code = Guid.NewGuid().ToString("N")[..8], Status = ReservationStatus.Active,
                CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(1),
            };
            db.Reservations.Add(hold);
            await db.SaveChangesAsync();
            await db.Items.Where(i => i.Id == itemId).ExecuteUpdateAsync(s => s.SetProperty(i => i.Available, 0).SetProperty(i => i.Status, ItemStatus.Reserved));
            return hold.Id;
        });

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<ReservationService>();
            Assert.Equal(HandleStatus.Done, await service.CollectAsync(holdId, initiativeId));
            Assert.Equal(HandleStatus.AlreadyHandled, await service.CollectAsync(holdId, initiativeId));
        }

        var act = Assert.Single(await ActsAsync(ReuseSource.Hold, holdId));
        Assert.Equal((ReuseActKind.HoldCollected, resident.Id, Omigjen.Web.Features.Initiatives.GoodsCategory.Bikes, 15_100L, 74_800L, $"hold:{holdId}"),
            (act.Kind, act.UserId, act.Category, act.WeightGrams, act.Co2eGrams, act.OnceKey));
        Assert.Equal(ItemStatus.Sold, (await factory.ItemRowAsync(itemId)).Status);
        Assert.Empty(await ActsAsync(ReuseSource.Item, itemId)); // counted once: not again as sold

        // The ledger itself refuses a second entry for the same hold.
        var again = await factory.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var ledger = factory.Services.GetRequiredService<ImpactLedger>();
            return await ledger.RecordAsync(db, new(ReuseActKind.HoldCollected, initiativeId, Omigjen.Web.Features.Initiatives.GoodsCategory.Bikes, 1, null, resident.Id, holdId), default);
        });
        Assert.Null(again);
        Assert.Single(await ActsAsync(ReuseSource.Hold, holdId));
    }

    [Fact]
    public async Task A_returned_loan_writes_one_entry_with_the_lending_types_weight()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"], hours: "Mo-Su 08:00-20:00");
        await factory.WithDbAsync(db => db.LendingTypes.Where(t => t.Id == place.TypeId).ExecuteUpdateAsync(s => s.SetProperty(t => t.WeightKg, 2.4m)));
        var booking = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 14), Oslo(2026, 12, 4, 12));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var desk = scope.ServiceProvider.GetRequiredService<DeskService>();
            Assert.Equal(DeskOutcome.Done, (await desk.CheckOutAsync(place.InitiativeId, booking.Code, Staff)).Outcome);
            Assert.Empty(await ActsAsync(ReuseSource.Booking, booking.Id)); // handing out is not the act
            Assert.Equal(DeskOutcome.Done, (await desk.CheckInAsync(place.InitiativeId, booking.Id, "Fin", false, Staff)).Outcome);
            Assert.Equal(DeskOutcome.WrongState, (await desk.CheckInAsync(place.InitiativeId, booking.Id, null, false, Staff)).Outcome);
        }
        var type = await factory.WithDbAsync(db => db.LendingTypes.AsNoTracking().SingleAsync(t => t.Id == place.TypeId));
        var factor = Omigjen.Web.Features.Impact.Factors.FirstFactorSet.Rows.Single(f => f.Category == type.Category && f.Activity == ImpactActivity.Lending);
        var act = Assert.Single(await ActsAsync(ReuseSource.Booking, booking.Id));
        Assert.Equal((ReuseActKind.LoanReturned, ReuseChannel.Lending, booking.UserId, 2_400L, WeightSource.Entered),
            (act.Kind, act.Channel, act.UserId, act.WeightGrams, act.WeightSource));
        Assert.Equal(ImpactArithmetic.Compute(factor, 1, 2.4m).Co2eGrams, act.Co2eGrams);
    }

    /// <summary>Throws on the roll-up's statement, after the entry itself was written inside the transaction.</summary>
    private sealed class CrashOnRollup : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default) =>
            command.CommandText.Contains("INSERT INTO \"ImpactMonths\"", StringComparison.Ordinal)
                ? throw new InvalidOperationException("crash after the ledger write")
                : base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }

    [Fact]
    public async Task A_crash_after_the_ledger_write_leaves_neither_the_act_nor_the_entry()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"], hours: "Mo-Su 08:00-20:00");
        var booking = await factory.StaffBookAsync(place.TypeId, Oslo(2026, 12, 2, 14), Oslo(2026, 12, 4, 12));
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.Equal(DeskOutcome.Done, (await scope.ServiceProvider.GetRequiredService<DeskService>().CheckOutAsync(place.InitiativeId, booking.Code, Staff)).Outcome);

        await using (var crashing = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(new CrashOnRollup()));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(new CrashOnRollup()));
        })))
        {
            await using var scope = crashing.Services.CreateAsyncScope();
            var desk = scope.ServiceProvider.GetRequiredService<DeskService>();
            await Assert.ThrowsAsync<InvalidOperationException>(() => desk.CheckInAsync(place.InitiativeId, booking.Id, null, false, Staff));
        }

        Assert.Equal(BookingStatus.CheckedOut, (await factory.StaffBookingAsync(booking.Id)).Status);
        Assert.Empty(await ActsAsync(ReuseSource.Booking, booking.Id));

        // After the restart the same return goes through, once.
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.Equal(DeskOutcome.Done, (await scope.ServiceProvider.GetRequiredService<DeskService>().CheckInAsync(place.InitiativeId, booking.Id, null, false, Staff)).Outcome);
        Assert.Single(await ActsAsync(ReuseSource.Booking, booking.Id));
    }
}

public sealed class ImpactLedgerTestsOnSqlite(SqliteAppFactory f) : ImpactLedgerTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ImpactLedgerTestsOnPostgres(PostgresAppFactory f) : ImpactLedgerTests(f), IClassFixture<PostgresAppFactory>;
