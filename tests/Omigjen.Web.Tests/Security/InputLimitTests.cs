using System.Net;
using AngleSharp.Html.Dom;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// Every text field of every form people post: the page gives it the model's <c>maxlength</c>, and a value one
/// character longer (as a client that ignores <c>maxlength</c> sends it) is refused with a 400 naming the field,
/// before any handler or database sees it — on both databases.
/// </summary>
public abstract class InputLimitTests(AppFactory factory)
{
    private static readonly string[] TextTypes = ["", "text", "email", "url", "tel", "search", "password"];

    [Fact]
    public async Task Every_text_field_has_the_models_limit_and_one_character_more_is_refused()
    {
        var (id, slug) = await factory.InitiativeAsync(3);
        var owner = await factory.CreateAsync($"eier-{Guid.NewGuid():N}@eksempel.no");
        await factory.AddMemberAsync(id, owner.Id, MemberRole.Owner);
        var resident = await factory.SignedInClientAsync((await factory.CreateAsync($"beboer-{Guid.NewGuid():N}@eksempel.no")).Email!);
        var ownerClient = await factory.SignedInClientAsync(owner.Email!);
        var adminUser = await factory.CreateAsync($"admin2-{Guid.NewGuid():N}@eksempel.no", admin: true);
        var admin = await factory.SignedInClientAsync(adminUser.Email!);

        var pages = new List<(HttpClient Client, string Url)>
        {
            (factory.NoRedirectClient(), "/konto/registrer"), (factory.NoRedirectClient(), "/konto/logg-inn"),
            (factory.NoRedirectClient(), "/konto/glemt-passord"), (factory.NoRedirectClient(), "/konto/nytt-passord?bruker=x&kode=y"),
            (resident, "/portal/registrer"), (resident, "/konto/lagrede-sok/ny?q=sykkel"), (resident, "/konto/passnokler"),
            (resident, "/portal/overta"), (resident, "/konto"),
            (ownerClient, $"/portal/{slug}/rediger"), (ownerClient, $"/portal/{slug}/medlemmer"), (ownerClient, $"/portal/{slug}/varer/ny"),
            (ownerClient, $"/portal/{slug}/unntak"), (ownerClient, $"/portal/{slug}/apningstider"), (ownerClient, $"/portal/{slug}/utlan/ny"),
            (admin, "/admin/innstillinger"),
        };
        var failures = new List<string>();
        var checkedFields = 0;
        foreach (var (client, url) in pages)
        {
            using var page = await client.GetAsync(url);
            Assert.True(page.IsSuccessStatusCode, $"GET {url} gave {(int)page.StatusCode}");
            var doc = await Forms.ParseAsync(page, url);
            var forms = doc.QuerySelectorAll("main form").OfType<IHtmlFormElement>().Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ToList();
            for (var formIndex = 0; formIndex < forms.Count; formIndex++)
            {
                var fields = forms[formIndex].Elements.Where(IsText).Select(e => e.GetAttribute("name")!).Distinct().ToList();
                foreach (var name in fields)
                {
                    // Each post gets a fresh copy of the page, so its antiforgery token and fields are current.
                    using var again = await client.GetAsync(url);
                    var form = (await Forms.ParseAsync(again, url)).QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                        .Where(f => f.Method.Equals("post", StringComparison.OrdinalIgnoreCase)).ElementAt(formIndex);
                    var field = form.Elements.First(e => e.GetAttribute("name") == name);
                    if (!int.TryParse(field.GetAttribute("maxlength"), out var max))
                    {
                        failures.Add($"{url} {name}: no maxlength");
                        continue;
                    }
                    checkedFields++;
                    using var response = await client.PostFormAsync(form, new Dictionary<string, string> { [name] = new string('x', max + 1) }, url);
                    var body = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.BadRequest || !body.Contains("input-problem", StringComparison.Ordinal)
                        || !body.Contains($"høyst {max} tegn", StringComparison.Ordinal))
                        failures.Add($"{url} {name} ({max + 1} characters): {(int)response.StatusCode}");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(checkedFields > 60, $"only {checkedFields} fields were found");
    }

    private static bool IsText(AngleSharp.Dom.IElement e) => e switch
    {
        IHtmlTextAreaElement => e.HasAttribute("name"),
        IHtmlInputElement input => e.HasAttribute("name") && TextTypes.Contains(input.GetAttribute("type") ?? ""),
        _ => false,
    };

    [Fact]
    public async Task Sign_in_with_an_address_longer_than_the_audit_column_is_refused_not_a_server_error()
    {
        var client = factory.NoRedirectClient();
        var address = new string('a', 300) + "@eksempel.no";
        using var response = await client.SubmitAsync("/konto/logg-inn", PortalTestData.Form(("Email", address), ("Password", "feil passord 123")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        // Just inside the form's limit, the audit entry is cut to its column instead of failing the request.
        using var inside = await client.SubmitAsync("/konto/logg-inn", PortalTestData.Form(("Email", new string('b', 240) + "@eksempel.no"), ("Password", "feil passord 123")));
        Assert.Equal(HttpStatusCode.OK, inside.StatusCode);
    }

    [Fact]
    public async Task A_city_longer_than_its_column_is_refused_on_registration()
    {
        var client = await factory.SignedInClientAsync((await factory.CreateAsync($"by-{Guid.NewGuid():N}@eksempel.no")).Email!);
        using var response = await client.SubmitAsync("/portal/registrer", PortalTestData.Form(("Form.Name", "Langbyen ombruk"),
            ("Form.ShortNb", "Ombruk."), ("Form.Kinds[]", "ReuseShop"), ("Form.Address", "Torvet 1"), ("Form.Area", "Asker sentrum"),
            ("Form.City", new string('c', 150))));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Form.City", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Initiatives, i => i.Name == "Langbyen ombruk")));
    }

    [Fact]
    public async Task A_sign_up_body_of_megabytes_is_refused_before_it_is_read()
    {
        var client = factory.NoRedirectClient();
        using var page = await client.GetAsync("/konto/registrer");
        var form = (IHtmlFormElement)(await Forms.ParseAsync(page, "/konto/registrer")).QuerySelector("main form[method=post]")!;
        using var response = await client.PostFormAsync(form, PortalTestData.Form(("Email", $"stor-{Guid.NewGuid():N}@eksempel.no"),
            ("Password", "et langt passord for test"), ("DisplayName", new string('n', 4_000_000))), "/konto/registrer");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_newline_in_an_item_title_is_refused()
    {
        var (id, slug) = await factory.InitiativeAsync(4);
        var owner = await factory.CreateAsync($"tittel-{Guid.NewGuid():N}@eksempel.no");
        await factory.AddMemberAsync(id, owner.Id, MemberRole.Owner);
        var client = await factory.SignedInClientAsync(owner.Email!);
        using var response = await client.SubmitAsync($"/portal/{slug}/varer/ny",
            PortalTestData.Form(("Form.Title", "Sykkel\nFalsk linje"), ("Form.Price", "100"), ("Form.Category", "Bikes")));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Form.Title", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Items, i => i.Title.Contains("Falsk linje"))));
    }

    [Fact]
    public async Task A_nul_character_is_refused_before_it_reaches_the_database()
    {
        var client = await factory.SignedInClientAsync((await factory.CreateAsync($"nul-{Guid.NewGuid():N}@eksempel.no")).Email!);
        using var response = await client.SubmitAsync("/portal/registrer", PortalTestData.Form(("Form.Name", "Nulltegn ombruk"),
            ("Form.ShortNb", "Ombruk\0med nulltegn."), ("Form.Kinds[]", "ReuseShop"), ("Form.Address", "Torvet 1"), ("Form.Area", "Asker sentrum")));
        // Refused with 400 (by the form reader or by the input check) and nothing stored.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(await factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Initiatives, i => i.Name == "Nulltegn ombruk")));
    }
}

public sealed class InputLimitTestsOnSqlite(SqliteAppFactory f) : InputLimitTests(f), IClassFixture<SqliteAppFactory>;

public sealed class InputLimitTestsOnPostgres(PostgresAppFactory f) : InputLimitTests(f), IClassFixture<PostgresAppFactory>;
