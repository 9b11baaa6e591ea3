using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Accounts;

/// <summary>
/// Passkeys over HTTP: who may see and change them, and that a bad credential stores nothing and signs nobody in.
/// The whole ceremony with a (virtual) authenticator is in the browser tests.
/// </summary>
public abstract class PasskeyTests(AppFactory factory)
{
    private const string Page = "/konto/passnokler";
    private const string Garbage = """{"id":"AAAA","rawId":"AAAA","type":"public-key","response":{"clientDataJSON":"e30","attestationObject":"oA"}}""";

    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    /// <summary>A passkey stored straight in the user store (its key is not real; only listing, renaming and removal use it).</summary>
    private async Task<string> AddStoredPasskeyAsync(string email, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        var id = RandomNumberGenerator.GetBytes(16);
        var passkey = new UserPasskeyInfo(id, publicKey: [1, 2, 3], createdAt: factory.Clock.GetUtcNow(), signCount: 0, transports: ["internal"],
            isUserVerified: true, isBackupEligible: false, isBackedUp: false, attestationObject: [4], clientDataJson: [5])
        { Name = name };
        Assert.True((await users.AddOrUpdatePasskeyAsync(user, passkey)).Succeeded);
        return Base64Url.EncodeToString(id);
    }

    private async Task<List<string?>> PasskeyNamesAsync(string userId) =>
        (await factory.WithDbAsync(db => db.UserPasskeys.AsNoTracking().Where(p => p.UserId == userId).ToListAsync())).Select(p => p.Data.Name).ToList();

    /// <summary>POSTs a JSON handler as the page's script does: the antiforgery token from the page's form in a header.</summary>
    private static async Task<HttpResponseMessage> PostForOptionsAsync(HttpClient client, string pageUrl, string handler)
    {
        using var page = await client.GetAsync(pageUrl);
        var doc = await Forms.ParseAsync(page, pageUrl);
        var token = doc.QuerySelector("main form input[name=__RequestVerificationToken]")?.GetAttribute("value")
                    ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {pageUrl}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{pageUrl}?handler={handler}");
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_passkey_page_needs_sign_in_and_without_script_explains_what_is_needed()
    {
        using var anonymous = factory.NoRedirectClient();
        using var denied = await anonymous.GetAsync(Page);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.StartsWith("/konto/logg-inn", denied.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
        using var options = await anonymous.PostAsync($"{Page}?handler=creationOptions", null);
        Assert.NotEqual(HttpStatusCode.OK, options.StatusCode);

        var email = NewEmail("passnokkel-side");
        await factory.CreateAsync(email);
        using var client = await factory.SignedInClientAsync(email);
        using var response = await client.GetAsync(Page);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, Page);
        Assert.Contains("ingen passnøkler ennå", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        // Without script the add controls stay hidden and the page says why; the script only ever unhides them.
        Assert.Contains("nyere nettleser", doc.QuerySelector("#passkey-unsupported")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True(doc.QuerySelector("#passkey-add-section")?.HasAttribute("hidden"));
        Assert.NotNull(doc.QuerySelector("script[src^='/js/passkeys.js']"));
        Assert.Null(doc.QuerySelector("script:not([src])"));
    }

    [Fact]
    public async Task Creation_options_name_the_signed_in_person_and_this_site()
    {
        var email = NewEmail("passnokkel-valg");
        var user = await factory.CreateAsync(email);
        using var client = await factory.SignedInClientAsync(email);
        using var response = await PostForOptionsAsync(client, Page, "creationOptions");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("localhost", root.GetProperty("rp").GetProperty("id").GetString());
        Assert.Equal(email, root.GetProperty("user").GetProperty("name").GetString());
        Assert.Equal(user.Id, System.Text.Encoding.UTF8.GetString(Base64Url.DecodeFromChars(root.GetProperty("user").GetProperty("id").GetString())));
        Assert.True(root.GetProperty("challenge").GetString()!.Length >= 40);

        // Without the antiforgery header the handler refuses.
        using var forged = await client.PostAsync($"{Page}?handler=creationOptions", null);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Theory]
    [InlineData(false, "")]
    [InlineData(false, Garbage)]
    [InlineData(true, Garbage)]
    [InlineData(true, "not json at all")]
    public async Task A_garbage_credential_is_refused_with_a_clear_error_and_nothing_is_stored(bool askedForOptions, string credential)
    {
        var email = NewEmail("passnokkel-feil");
        var user = await factory.CreateAsync(email);
        using var client = await factory.SignedInClientAsync(email);
        if (askedForOptions)
        {
            using var options = await PostForOptionsAsync(client, Page, "creationOptions");
            Assert.Equal(HttpStatusCode.OK, options.StatusCode);
        }
        using var response = await client.SubmitAsync(Page, new Dictionary<string, string> { ["Credential"] = credential, ["Name"] = "Mobilen min" }, "#passkey-add");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, Page);
        var error = doc.QuerySelector("#feil")?.TextContent ?? "";
        Assert.Contains("Passnøkkelen ble ikke lagret", error, StringComparison.Ordinal);
        Assert.Equal("#passkey-name", doc.QuerySelector("#feil a")?.GetAttribute("href"));
        Assert.Equal("true", doc.QuerySelector("#passkey-name")?.GetAttribute("aria-invalid"));
        Assert.Empty(await PasskeyNamesAsync(user.Id));
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == user.Id && a.Kind == "passkey-added")));
    }

    [Fact]
    public async Task A_garbage_assertion_signs_nobody_in_and_gets_the_usual_message()
    {
        using var client = factory.NoRedirectClient();
        string? passwordMessage;
        using (var wrong = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["Email"] = NewEmail("ukjent"), ["Password"] = "feil passord 123" }))
            passwordMessage = (await Forms.ParseAsync(wrong, "/konto/logg-inn")).QuerySelector("#feil")?.TextContent.Trim();
        Assert.NotNull(passwordMessage);

        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Kind == "sign-in-failed" && a.Detail == "passkey"));
        using (var options = await PostForOptionsAsync(client, "/konto/logg-inn", "passkeyOptions"))
        {
            Assert.Equal(HttpStatusCode.OK, options.StatusCode);
            using var json = JsonDocument.Parse(await options.Content.ReadAsStringAsync());
            Assert.Equal("localhost", json.RootElement.GetProperty("rpId").GetString());
        }
        foreach (var credential in new[] { Garbage, "{}", "" })
        {
            using var response = await client.SubmitAsync("/konto/logg-inn", new Dictionary<string, string> { ["PasskeyCredential"] = credential }, "#passkey-signin-form");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await Forms.ParseAsync(response, "/konto/logg-inn");
            Assert.Equal(passwordMessage, doc.QuerySelector("#feil")?.TextContent.Trim());
            Assert.DoesNotContain("omigjen-auth=", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
        }
        using var account = await client.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.Redirect, account.StatusCode);
        var after = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Kind == "sign-in-failed" && a.Detail == "passkey"));
        Assert.Equal(before + 3, after);
    }

    [Fact]
    public async Task Only_your_own_passkeys_are_listed_renamed_and_removed()
    {
        var owner = NewEmail("passnokkel-eier");
        var ownerUser = await factory.CreateAsync(owner);
        var theirs = await AddStoredPasskeyAsync(owner, "Eierens nøkkel");
        var other = NewEmail("passnokkel-annen");
        var otherUser = await factory.CreateAsync(other);
        var mine = await AddStoredPasskeyAsync(other, "Min nøkkel");
        using var client = await factory.SignedInClientAsync(other);

        using (var list = await client.GetAsync(Page))
        {
            var doc = await Forms.ParseAsync(list, Page);
            var items = doc.QuerySelectorAll(".passkey-list li").Select(li => li.GetAttribute("data-passkey-id")).ToList();
            Assert.Equal(mine, Assert.Single(items));
            Assert.DoesNotContain("Eierens nøkkel", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
            Assert.Contains("2. desember 2026", doc.QuerySelector(".passkey__created")!.TextContent, StringComparison.Ordinal);
        }

        // The other person's passkey id, posted through this person's own forms: not found, nothing changes.
        using (var remove = await client.SubmitAsync(Page, new Dictionary<string, string> { ["PasskeyId"] = theirs }, "form.passkey__remove"))
        {
            Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
            Assert.Contains("Fant ikke passnøkkelen", (await Forms.ParseAsync(remove, Page)).QuerySelector("#feil")?.TextContent ?? "", StringComparison.Ordinal);
        }
        using (var rename = await client.SubmitAsync(Page, new Dictionary<string, string> { ["PasskeyId"] = theirs, ["Name"] = "Kapret" }, "form.passkey__rename"))
            Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        using (var bogus = await client.SubmitAsync(Page, new Dictionary<string, string> { ["PasskeyId"] = "!!ikke base64!!" }, "form.passkey__remove"))
            Assert.Equal(HttpStatusCode.NotFound, bogus.StatusCode);
        Assert.Equal("Eierens nøkkel", Assert.Single(await PasskeyNamesAsync(ownerUser.Id)));

        // Renaming one's own: an empty name is refused, a real one is kept.
        using (var empty = await client.SubmitAsync(Page, new Dictionary<string, string> { ["Name"] = "  " }, "form.passkey__rename"))
        {
            Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
            var doc = await Forms.ParseAsync(empty, Page);
            Assert.Contains("Nytt navn: skriv et navn", doc.QuerySelector("#feil")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.Equal("true", doc.QuerySelector("#passkey-0-name")?.GetAttribute("aria-invalid"));
        }
        using (var renamed = await client.SubmitAsync(Page, new Dictionary<string, string> { ["Name"] = "Mobilen min" }, "form.passkey__rename"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
            Assert.Equal("/konto/passnokler?ok=endret", renamed.Headers.Location?.OriginalString);
        }
        Assert.Equal("Mobilen min", Assert.Single(await PasskeyNamesAsync(otherUser.Id)));

        using (var removed = await client.SubmitAsync(Page, new Dictionary<string, string>(), "form.passkey__remove"))
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await PasskeyNamesAsync(otherUser.Id));
        Assert.Equal("Eierens nøkkel", Assert.Single(await PasskeyNamesAsync(ownerUser.Id)));
        using (var after = await client.GetAsync("/konto/passnokler?ok=fjernet"))
            Assert.Contains("Passnøkkelen er fjernet", (await Forms.ParseAsync(after, Page)).QuerySelector("main [role=status]")?.TextContent ?? "", StringComparison.Ordinal);
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == otherUser.Id && a.Kind.StartsWith("passkey-")).Select(a => a.Kind + ":" + a.Detail).ToListAsync());
        Assert.Contains("passkey-removed:Mobilen min", audit);
        Assert.False(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.UserId == ownerUser.Id && a.Kind == "passkey-removed")));
    }
}

public sealed class PasskeyTestsOnSqlite(SqliteAppFactory f) : PasskeyTests(f), IClassFixture<SqliteAppFactory>;

public sealed class PasskeyTestsOnPostgres(PostgresAppFactory f) : PasskeyTests(f), IClassFixture<PostgresAppFactory>;
