using System.Net;
using Microsoft.AspNetCore.Hosting;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Points;

/// <summary>Wrong guesses of codes are limited per person and per client address; real codes never count.</summary>
public abstract class PointsGuessLimitTests(AppFactory factory)
{
    [Fact]
    public async Task Wrong_guesses_are_limited_per_person_and_per_address_but_real_codes_are_not()
    {
        var (initiativeId, _, _) = await factory.IssuerAsync(0);
        var (scanner, _) = await factory.ResidentAsync();
        for (var i = 0; i < 6; i++)
        {
            using var real = await scanner.GetAsync("/poeng/" + await factory.CodeAsync(initiativeId));
            Assert.Equal(HttpStatusCode.OK, real.StatusCode);
        }

        var (guesser, _) = await factory.ResidentAsync();
        foreach (var guess in new[] { "AAAAAAAA", "BBBBBBBB", "CCCCCCCC" })
        {
            using var wrong = await guesser.GetAsync("/poeng/" + guess);
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }
        // The fourth try is refused, even with a real code, and whether looked at or posted.
        var code = await factory.CodeAsync(initiativeId);
        using var blocked = await guesser.GetAsync("/poeng/" + code);
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        Assert.Contains("For mange feil koder", await blocked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another person at the same address has the address's remaining two.
        var (neighbour, _) = await factory.ResidentAsync();
        foreach (var guess in new[] { "DDDDDDDD", "EEEEEEEE" })
        {
            using var wrong = await neighbour.GetAsync("/poeng/" + guess);
            Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        }
        using var addressBlocked = await neighbour.GetAsync("/poeng/" + code);
        Assert.Equal(HttpStatusCode.TooManyRequests, addressBlocked.StatusCode);
    }
}

public sealed class GuessLimitSqliteFactory() : AppFactory(DatabaseKind.Sqlite)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        GuessLimits.Apply(builder);
    }
}

public sealed class GuessLimitPostgresFactory() : AppFactory(DatabaseKind.Postgres)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        GuessLimits.Apply(builder);
    }
}

internal static class GuessLimits
{
    public static void Apply(IWebHostBuilder builder)
    {
        builder.UseSetting("RateLimits:PointsGuessesPerPerson", "3");
        builder.UseSetting("RateLimits:PointsGuessesPerAddress", "5");
    }
}

public sealed class PointsGuessLimitTestsOnSqlite(GuessLimitSqliteFactory f) : PointsGuessLimitTests(f), IClassFixture<GuessLimitSqliteFactory>;

public sealed class PointsGuessLimitTestsOnPostgres(GuessLimitPostgresFactory f) : PointsGuessLimitTests(f), IClassFixture<GuessLimitPostgresFactory>;
