using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Points;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Features.Lending;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>Acts the platform verifies with both parties credit the resident directly, once; and the resident's points are theirs to download and erase.</summary>
public abstract class PointsDirectCreditTests(AppFactory factory)
{
    private Task<int> JoinAsync(int initiativeId) => factory.WithDbAsync(async db =>
    {
        db.PointsIssuers.Add(new PointsIssuer { InitiativeId = initiativeId, Status = IssuerStatus.Approved, RequestedAt = DateTime.UtcNow });
        return await db.SaveChangesAsync();
    });

    private async Task<T> WithAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    [Fact]
    public async Task A_collected_hold_credits_the_resident_once_and_only_at_an_issuer()
    {
        var (id, _, _) = await factory.PlaceAsync(0, "Mo-Su 08:00-20:00");
        var (outside, _, _) = await factory.PlaceAsync(1, "Mo-Su 08:00-20:00");
        await JoinAsync(id);
        var (client, email) = await factory.ResidentAsync();
        var userId = await factory.UserIdAsync(email);
        var holds = new List<(int Initiative, int Reservation)>();
        foreach (var initiative in new[] { id, outside })
        {
            var itemId = await factory.ItemAsync(initiative, quantity: 1, title: "Barnesykkel");
            using var held = await client.SubmitAsync($"/varer/{itemId}/reserver");
            Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
            holds.Add((initiative, (await factory.HoldsOnAsync(itemId)).Single().Id));
        }

        foreach (var (initiative, reservation) in holds)
            Assert.Equal(HandleStatus.Done, await WithAsync<ReservationService, HandleStatus>(s => s.CollectAsync(reservation, initiative)));
        Assert.Equal(HandleStatus.AlreadyHandled, await WithAsync<ReservationService, HandleStatus>(s => s.CollectAsync(holds[0].Reservation, id)));

        var entry = Assert.Single(await factory.EntriesOfAsync(userId));
        Assert.Equal((id, PointsAction.BuyingUsed, 10, "hold:" + holds[0].Reservation), (entry.InitiativeId!.Value, entry.Action!.Value, entry.Points, entry.SourceKey));
    }

    [Fact]
    public async Task A_returned_loan_credits_the_borrower_once()
    {
        var place = await factory.LendingPlaceAsync(labels: ["150 cm"]);
        await JoinAsync(place.InitiativeId);
        var (_, email) = await factory.ResidentAsync();
        var userId = await factory.UserIdAsync(email);
        var booking = await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            var b = new Booking
            {
                UnitId = place.UnitIds[0], TypeId = place.TypeId, UserId = userId, Code = "L" + Guid.NewGuid().ToString("N")[..7].ToUpperInvariant(),
                Status = BookingStatus.CheckedOut, PickupAt = now.AddHours(-2), ReturnBy = now.AddDays(1), CreatedAt = now.AddHours(-3), CheckedOutAt = now.AddHours(-2),
            };
            db.Bookings.Add(b);
            await db.SaveChangesAsync();
            return b;
        });

        Assert.Equal(DeskOutcome.Done, (await WithAsync<DeskService, DeskResult>(d => d.CheckInAsync(place.InitiativeId, booking.Id, null, false, LendingServices.Staff))).Outcome);
        Assert.Equal(DeskOutcome.WrongState, (await WithAsync<DeskService, DeskResult>(d => d.CheckInAsync(place.InitiativeId, booking.Id, null, false, LendingServices.Staff))).Outcome);

        var entry = Assert.Single(await factory.EntriesOfAsync(userId));
        Assert.Equal((PointsAction.Loan, 10, "booking:" + booking.Id), (entry.Action!.Value, entry.Points, entry.SourceKey));
    }

    [Fact]
    public async Task Points_and_vouchers_are_in_the_download_and_deleting_the_account_anonymises_them()
    {
        var (initiativeId, _, _) = await factory.IssuerAsync(2);
        var rewardId = await factory.RewardAsync(initiativeId, price: 20, stock: 3);
        var (client, email) = await factory.ResidentAsync();
        var userId = await factory.UserIdAsync(email);
        using (var claimed = await client.SubmitAsync("/poeng/" + await factory.CodeAsync(initiativeId))) Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        await factory.GrantAsync(userId, 15);
        using (var redeemed = await client.SubmitAsync("/poeng/belonninger", null, $"main form:has(input[name=rewardId][value='{rewardId}'])"))
            Assert.Equal(HttpStatusCode.Redirect, redeemed.StatusCode);

        using var data = await client.GetAsync("/konto?handler=data");
        using var json = JsonDocument.Parse(await data.Content.ReadAsStringAsync());
        var points = json.RootElement.GetProperty("points");
        Assert.Equal(3, points.GetArrayLength());
        Assert.Equal("Redemption", points[2].GetProperty("kind").GetString());
        Assert.Equal(-20, points[2].GetProperty("points").GetInt32());
        Assert.Equal(12, json.RootElement.GetProperty("vouchers")[0].GetProperty("code").GetString()!.Length);

        using var delete = await client.SubmitAsync("/konto", Form(("ConfirmPassword", TestUsers.Password)), "form[action*=delete]");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.Empty(await factory.EntriesOfAsync(userId));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PointsEntries.CountAsync(e => e.InitiativeId == initiativeId && e.UserId == null && e.Points == 10)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Vouchers.CountAsync(v => v.RewardId == rewardId && v.UserId == null)));
        Assert.False(await factory.WithDbAsync(db => db.PointsCodes.AnyAsync(c => c.ClaimedByUserId == userId)));
    }
}

public sealed class PointsDirectCreditTestsOnSqlite(SqliteAppFactory f) : PointsDirectCreditTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PointsDirectCreditTestsOnPostgres(PostgresAppFactory f) : PointsDirectCreditTests(f), IClassFixture<PostgresAppFactory>;
