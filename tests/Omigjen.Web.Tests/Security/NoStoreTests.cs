using System.Net;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>A person's own pages and the personal-data download are never stored by a browser or a proxy.</summary>
public abstract class NoStoreTests(AppFactory factory)
{
    [Fact]
    public async Task The_personal_data_download_is_not_stored()
    {
        var email = ReservationTestData.NewEmail("mine-data");
        await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        using var response = await client.GetAsync("/konto?handler=data");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoStore, $"Cache-Control: {response.Headers.CacheControl}");
    }

    [Theory]
    [InlineData("/konto")]
    [InlineData("/konto/utlan")]
    [InlineData("/konto/reservasjoner")]
    [InlineData("/portal")]
    [InlineData("/admin")]
    public async Task A_signed_in_persons_private_pages_are_not_stored(string url)
    {
        var email = ReservationTestData.NewEmail("privat");
        await factory.CreateAsync(email, admin: true);
        var client = await factory.SignedInClientAsync(email);
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, $"{url}: Cache-Control: {response.Headers.CacheControl}");
    }

    [Fact]
    public async Task Public_pages_stay_cacheable()
    {
        using var response = await factory.CreateClient().GetAsync("/utlan");
        Assert.NotEqual(true, response.Headers.CacheControl?.NoStore);
    }
}

public sealed class NoStoreTestsOnSqlite(SqliteAppFactory f) : NoStoreTests(f), IClassFixture<SqliteAppFactory>;

public sealed class NoStoreTestsOnPostgres(PostgresAppFactory f) : NoStoreTests(f), IClassFixture<PostgresAppFactory>;
