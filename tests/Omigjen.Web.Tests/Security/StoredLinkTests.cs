using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>A social-media link is held to the same rule as the website: http(s) only, in the form and on the way out.</summary>
public abstract class StoredLinkTests(AppFactory factory)
{
    [Fact]
    public async Task A_javascript_social_link_is_refused_by_the_form()
    {
        var (id, slug) = await factory.InitiativeAsync(5);
        var owner = await factory.CreateAsync($"lenke-{Guid.NewGuid():N}@eksempel.no");
        await factory.AddMemberAsync(id, owner.Id, MemberRole.Owner);
        var client = await factory.SignedInClientAsync(owner.Email!);
        using var response = await client.SubmitAsync($"/portal/{slug}/rediger", PortalTestData.Form(("Form.Social", "javascript:alert(document.cookie)")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Forms.ParseAsync(response, $"/portal/{slug}/rediger");
        Assert.Contains("https://", page.QuerySelector("#f-Social-error")?.TextContent, StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.Contact.Social).FirstAsync());
        Assert.NotEqual("javascript:alert(document.cookie)", stored);
    }

    [Fact]
    public async Task A_javascript_link_stored_before_the_rule_reaches_neither_the_page_nor_the_api()
    {
        var (id, slug) = await factory.InitiativeAsync(6);
        await factory.WithDbAsync(async db =>
        {
            var i = await db.Initiatives.FirstAsync(x => x.Id == id);
            i.Contact = new ContactInfo { Website = "https://eksempel.no/trygg", Social = "javascript:alert(1)" };
            return await db.SaveChangesAsync();
        });
        await factory.Services.GetRequiredService<DirectoryCache>().InvalidateAsync();
        var client = factory.CreateClient();
        var html = await client.GetStringAsync($"/initiativ/{slug}");
        Assert.Contains("https://eksempel.no/trygg", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/initiatives/{slug}"));
        var contact = json.RootElement.GetProperty("contact");
        Assert.Equal("https://eksempel.no/trygg", contact.GetProperty("website").GetString());
        Assert.True(!contact.TryGetProperty("social", out var social) || social.ValueKind == JsonValueKind.Null, social.ToString());
    }
}

public sealed class StoredLinkTestsOnSqlite(SqliteAppFactory f) : StoredLinkTests(f), IClassFixture<SqliteAppFactory>;

public sealed class StoredLinkTestsOnPostgres(PostgresAppFactory f) : StoredLinkTests(f), IClassFixture<PostgresAppFactory>;
