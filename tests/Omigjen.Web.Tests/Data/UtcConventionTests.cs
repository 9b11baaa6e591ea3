using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Data;

/// <summary>
/// Every <see cref="DateTime"/> the database hands back is marked UTC, whether read as an entity, projected or
/// aggregated, and whatever kind it was written with; code relies on it instead of patching the kind by hand.
/// </summary>
public abstract class UtcConventionTests(AppFactory factory)
{
    private static readonly DateTime Stamp = new(2026, 12, 7, 9, 30, 0);

    [Theory]
    [InlineData(DateTimeKind.Utc)]
    [InlineData(DateTimeKind.Unspecified)]
    public async Task Times_read_from_the_database_are_utc_however_they_were_written(DateTimeKind written)
    {
        var (id, _) = await factory.InitiativeAsync(written == DateTimeKind.Utc ? 3 : 4);
        await factory.WithDbAsync(async db =>
        {
            var i = await db.Initiatives.SingleAsync(x => x.Id == id);
            i.UpdatedAt = DateTime.SpecifyKind(Stamp, written);
            i.LastReminderAt = DateTime.SpecifyKind(Stamp, written);
            return await db.SaveChangesAsync();
        });

        var (entity, projected, nullable, newest) = await factory.WithDbAsync(async db =>
        {
            var e = await db.Initiatives.AsNoTracking().SingleAsync(x => x.Id == id);
            var p = await db.Initiatives.Where(x => x.Id == id).Select(x => x.UpdatedAt).SingleAsync();
            var n = await db.Initiatives.Where(x => x.Id == id).Select(x => x.LastReminderAt).SingleAsync();
            var m = await db.Initiatives.Where(x => x.Id == id).MaxAsync(x => x.UpdatedAt);
            return (e.UpdatedAt, p, n, m);
        });

        foreach (var value in new[] { entity, projected, nullable!.Value, newest })
        {
            Assert.Equal(DateTimeKind.Utc, value.Kind);
            Assert.Equal(Stamp, DateTime.SpecifyKind(value, DateTimeKind.Unspecified));
        }
    }

    [Fact]
    public void The_clock_refuses_a_time_that_is_not_utc_instead_of_guessing()
    {
        var clock = factory.Services.GetRequiredService<MunicipalClock>();
        var utc = DateTime.SpecifyKind(Stamp, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 10, 30, 0, TimeSpan.FromHours(1)), clock.ToLocal(utc));
        Assert.Throws<ArgumentException>(() => clock.ToLocal(Stamp));
        Assert.Throws<ArgumentException>(() => clock.ToLocal(DateTime.SpecifyKind(Stamp, DateTimeKind.Local)));
    }
}

public sealed class UtcConventionTestsOnSqlite(SqliteAppFactory f) : UtcConventionTests(f), IClassFixture<SqliteAppFactory>;

public sealed class UtcConventionTestsOnPostgres(PostgresAppFactory f) : UtcConventionTests(f), IClassFixture<PostgresAppFactory>;
