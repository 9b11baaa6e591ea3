using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.SignUps;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>An occasion of its own per test: a new initiative with an owner, a series and one stored occasion.</summary>
public sealed record OccasionData(int InitiativeId, string Slug, string OwnerEmail, long SeriesId, long OccasionId);

public static class SignUpTestData
{
    /// <summary>
    /// A new initiative (owner included; or the given one) with a series and one occasion starting <paramref name="startsIn"/> from the
    /// test clock (default three days), with <paramref name="capacity"/> places (null: unlimited).
    /// </summary>
    public static async Task<OccasionData> OccasionAsync(this AppFactory factory, int? capacity = 10, TimeSpan? startsIn = null,
        int offerHours = 24, string title = "Reparasjonskafé", int? initiativeId = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (id, slug, owner) = (initiativeId ?? 0, "", "");
        if (initiativeId is null)
        {
            (id, slug) = await factory.NewInitiativeAsync();
            owner = ReservationTestData.NewEmail("arrangor");
            var user = await factory.CreateAsync(owner);
            await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);
        }
        var start = factory.Clock.Now.UtcDateTime.Add(startsIn ?? TimeSpan.FromDays(3));
        start = new DateTime(start.Year, start.Month, start.Day, start.Hour, 0, 0, DateTimeKind.Utc);
        return await factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            var series = new ActivitySeries
            {
                InitiativeId = id, Title = title, Kind = ActivityKind.RepairCafe, Address = "Testveien 1, Asker", Latitude = 59.83, Longitude = 10.43,
                StartLocal = start.AddHours(1), DurationMinutes = 120, Capacity = capacity, OfferHours = offerHours, WhatToBring = "Det som er ødelagt",
                CreatedAt = now, UpdatedAt = now,
            };
            db.ActivitySeries.Add(series);
            await db.SaveChangesAsync();
            var occasion = new ActivityOccasion
            {
                SeriesId = series.Id, InitiativeId = id, OriginalStartUtc = start, StartUtc = start, EndUtc = start.AddHours(2),
                Kind = ActivityKind.RepairCafe, Latitude = 59.83, Longitude = 10.43, IsFree = true, Capacity = capacity, UpdatedAt = now,
            };
            db.ActivityOccasions.Add(occasion);
            await db.SaveChangesAsync();
            return new OccasionData(id, slug, owner, series.Id, occasion.Id);
        });
    }

    public static Task<ActivityOccasion> OccasionRowAsync(this AppFactory factory, long id) =>
        factory.WithDbAsync(db => db.ActivityOccasions.AsNoTracking().SingleAsync(o => o.Id == id));

    public static Task<List<ActivitySignUp>> SignUpsAsync(this AppFactory factory, long occasionId) =>
        factory.WithDbAsync(db => db.ActivitySignUps.AsNoTracking().Where(s => s.OccasionId == occasionId).OrderBy(s => s.Id).ToListAsync());

    /// <summary>Runs <paramref name="work"/> with the sign-up services of a scope of its own.</summary>
    public static async Task<T> WithSignUpsAsync<T>(this AppFactory factory, Func<SignUpService, SignUpWaitlist, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<SignUpService>(), scope.ServiceProvider.GetRequiredService<SignUpWaitlist>());
    }

    /// <summary>A new resident (an account) and their id.</summary>
    public static async Task<(string UserId, string Email)> ResidentAsync(this AppFactory factory, string prefix = "deltaker")
    {
        ArgumentNullException.ThrowIfNull(factory);
        var email = ReservationTestData.NewEmail(prefix);
        var user = await factory.CreateAsync(email);
        return (user.Id, email);
    }

    public static Task<SignUpResult> SignUpAsync(this AppFactory factory, long occasionId, string userId, int guests = 0, SignUpRole role = SignUpRole.Visitor) =>
        factory.WithSignUpsAsync((s, _) => s.SignUpAsync(new SignUpRequest(occasionId, userId, null, null, guests, role)));
}
