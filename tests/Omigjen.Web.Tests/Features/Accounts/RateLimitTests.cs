using System.Net;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Accounts;

/// <summary>The sign-in, sign-up and reset forms share a small per-client budget of attempts; reading them is free.</summary>
public abstract class RateLimitTests(AppFactory factory)
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_retry_after_and_other_auth_forms_share_the_budget()
    {
        var client = factory.NoRedirectClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < LowAuthLimit.PerMinute; i++)
        {
            using var r = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = "x@eksempel.no", ["Password"] = "feil passord 1234" });
            statuses.Add(r.StatusCode);
        }
        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));

        using var limited = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = "x@eksempel.no", ["Password"] = "feil passord 1234" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        var text = await limited.Content.ReadAsStringAsync();
        Assert.Contains("For mange forsøk", text, StringComparison.Ordinal);
        Assert.Contains("Too many attempts", text, StringComparison.Ordinal);

        // Sign-up and reset draw on the same budget; the forms can still be read.
        using var signupPage = await client.GetAsync("/konto/registrer");
        Assert.Equal(HttpStatusCode.OK, signupPage.StatusCode);
        using var signup = await client.SubmitAsync("/konto/registrer", new Dictionary<string, string> { ["Email"] = "y@eksempel.no", ["Password"] = "et langt passord her" });
        Assert.Equal(HttpStatusCode.TooManyRequests, signup.StatusCode);
        using var reset = await client.SubmitAsync("/konto/glemt-passord", new Dictionary<string, string> { ["Email"] = "y@eksempel.no" });
        Assert.Equal(HttpStatusCode.TooManyRequests, reset.StatusCode);
    }
}

public abstract class LowAuthLimit(DatabaseKind kind) : AppFactory(kind)
{
    public const int PerMinute = 3;

    protected override int AuthPerMinute => PerMinute;
}

public sealed class LowAuthLimitSqlite() : LowAuthLimit(DatabaseKind.Sqlite);

public sealed class LowAuthLimitPostgres() : LowAuthLimit(DatabaseKind.Postgres);

public sealed class RateLimitTestsOnSqlite(LowAuthLimitSqlite f) : RateLimitTests(f), IClassFixture<LowAuthLimitSqlite>;

public sealed class RateLimitTestsOnPostgres(LowAuthLimitPostgres f) : RateLimitTests(f), IClassFixture<LowAuthLimitPostgres>;
