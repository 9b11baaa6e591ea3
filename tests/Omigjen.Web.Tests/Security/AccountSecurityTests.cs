using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>Sessions end at sign-out, one-time links sign in once under concurrent use, a bad return address is ignored.</summary>
public abstract class AccountSecurityTests(AppFactory factory)
{
    [Fact]
    public async Task A_copied_session_cookie_stops_working_within_a_minute_of_sign_out()
    {
        var user = await factory.CreateAsync($"kopi-{Guid.NewGuid():N}@eksempel.no");
        var client = factory.NoRedirectClient();
        using var signIn = await client.SubmitAsync("/konto/logg-inn", PortalTestData.Form(("Email", user.Email!), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Where(c => c.StartsWith("omigjen-auth", StringComparison.Ordinal))
            .Select(c => c.Split(';')[0]));
        var copy = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        using (var before = await copy.GetAsync("/konto")) Assert.Equal(HttpStatusCode.OK, before.StatusCode);

        using var page = await client.GetAsync("/konto");
        var form = (IHtmlFormElement)(await Forms.ParseAsync(page, "/konto")).QuerySelector("form[action='/konto/logg-ut']")!;
        using (var signOut = await client.PostFormAsync(form, new Dictionary<string, string>(), "/konto")) Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        factory.Clock.Now += TimeSpan.FromMinutes(2);
        using var after = await copy.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/konto/logg-inn", after.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_time_link_posted_by_five_clients_at_once_signs_in_once_and_refuses_the_rest()
    {
        var user = await factory.CreateAsync($"engang-{Guid.NewGuid():N}@eksempel.no");
        string link;
        await using (var scope = factory.Services.CreateAsyncScope())
            link = new Uri(await scope.ServiceProvider.GetRequiredService<AccountEmails>().CreateOneTimeSignInLinkAsync(user)).PathAndQuery;
        var prepared = new List<(HttpClient Client, IHtmlFormElement Form)>();
        for (var i = 0; i < 5; i++)
        {
            var client = factory.NoRedirectClient();
            using var page = await client.GetAsync(link);
            prepared.Add((client, (IHtmlFormElement)(await Forms.ParseAsync(page, link)).QuerySelector("main form[method=post]")!));
        }
        using var start = new SemaphoreSlim(0);
        var posts = prepared.Select(async p =>
        {
            await start.WaitAsync();
            using var r = await p.Client.PostFormAsync(p.Form, new Dictionary<string, string>(), link);
            return (r.StatusCode, Body: await r.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(5);
        var results = await Task.WhenAll(posts);
        Assert.DoesNotContain(results, r => (int)r.StatusCode >= 500);
        Assert.Single(results, r => r.StatusCode == HttpStatusCode.Redirect);
        Assert.Equal(4, results.Count(r => r.StatusCode == HttpStatusCode.OK && r.Body.Contains("ugyldig", StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("/\t/evil.test")]
    [InlineData("/\r\n/evil.test")]
    [InlineData("//evil.test")]
    [InlineData("/\\evil.test")]
    [InlineData("https://evil.test/")]
    public async Task A_return_address_that_is_not_a_local_path_leads_to_the_account_page(string returnUrl)
    {
        var user = await factory.CreateAsync($"retur-{Guid.NewGuid():N}@eksempel.no");
        var client = factory.NoRedirectClient();
        using var response = await client.SubmitAsync("/konto/logg-inn?ReturnUrl=%2Fkonto",
            PortalTestData.Form(("Email", user.Email!), ("Password", TestUsers.Password), ("ReturnUrl", returnUrl)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/konto", response.Headers.Location?.OriginalString);
    }
}

public sealed class AccountSecurityTestsOnSqlite(SqliteAppFactory f) : AccountSecurityTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AccountSecurityTestsOnPostgres(PostgresAppFactory f) : AccountSecurityTests(f), IClassFixture<PostgresAppFactory>;
