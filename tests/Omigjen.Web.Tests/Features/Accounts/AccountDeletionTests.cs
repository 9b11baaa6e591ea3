using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Accounts;

/// <summary>What a resident's holds and saved searches become when they download their data or delete the account.</summary>
public abstract class AccountDeletionTests(AppFactory factory)
{
    [Fact]
    public async Task Holds_and_saved_searches_are_in_the_download_and_deleting_the_account_gives_held_units_back()
    {
        var (id, _, _) = await factory.PlaceAsync(5, "Mo-Su 08:00-20:00");
        var itemId = await factory.ItemAsync(id, quantity: 2, title: "Kjelke");
        var (client, _) = await factory.ResidentAsync();
        using var held = await client.SubmitAsync($"/varer/{itemId}/reserver");
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        using var saved = await client.SubmitAsync("/konto/lagrede-sok/ny?q=kjelke", Form(("Name", "Kjelker")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, (await factory.ItemRowAsync(itemId)).Available);

        using var data = await client.GetAsync("/konto?handler=data");
        using var json = JsonDocument.Parse(await data.Content.ReadAsStringAsync());
        Assert.Equal("Kjelke", json.RootElement.GetProperty("reservations")[0].GetProperty("item").GetString());
        Assert.Equal("Kjelker", json.RootElement.GetProperty("savedSearches")[0].GetProperty("name").GetString());

        using var delete = await client.SubmitAsync("/konto", Form(("ConfirmPassword", TestUsers.Password)), "form[action*=delete]");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        var item = await factory.ItemRowAsync(itemId);
        Assert.Equal(2, item.Available);
        Assert.Equal(ItemStatus.Available, item.Status);
        Assert.Empty(await factory.HoldsOnAsync(itemId));
        Assert.False(await factory.WithDbAsync(db => db.SavedSearches.AnyAsync(s => s.Name == "Kjelker")));
    }
}

public sealed class AccountDeletionTestsOnSqlite(SqliteAppFactory f) : AccountDeletionTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AccountDeletionTestsOnPostgres(PostgresAppFactory f) : AccountDeletionTests(f), IClassFixture<PostgresAppFactory>;
