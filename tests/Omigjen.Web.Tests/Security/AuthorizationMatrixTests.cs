using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// Every page (each GET and each POST handler) and every API endpoint, for five people: anonymous, a resident, a member
/// of actor A, a member of actor B and an administrator. Routes with an initiative use A's. The table below must name
/// every endpoint the app has, so a new page without an entry here fails this test.
/// </summary>
public abstract class AuthorizationMatrixTests(AppFactory factory)
{
    public enum Who { Anonymous, Resident, MemberA, MemberB, Admin }

    /// <summary>Who may use a route: everyone, anyone signed in, members of the initiative (A), administrators, or only a station's staff (none of the five).</summary>
    public enum Access { Public, SignedIn, MemberOfA, Admin, StationStaffOnly }

    /// <summary>Route pattern → who may use it. Public routes may still answer 400 or 404 to a request without data.</summary>
    private static readonly Dictionary<string, Access> Table = new(StringComparer.Ordinal)
    {
        [""] = Access.Public,
        ["initiativ/{slug}"] = Access.Public,
        ["feil"] = Access.Public,
        ["api"] = Access.Public,
        ["personvern"] = Access.Public,
        ["tilgjengelighet"] = Access.Public,
        ["om-tallene"] = Access.Public,
        ["for-aktorer"] = Access.Public,
        ["konto/logg-inn"] = Access.Public,
        ["konto/logg-ut"] = Access.Public,
        ["konto/registrer"] = Access.Public,
        ["konto/glemt-passord"] = Access.Public,
        ["konto/nytt-passord"] = Access.Public,
        ["konto/bekreft-epost"] = Access.Public,
        ["konto/engangslenke"] = Access.Public,
        ["konto/ingen-tilgang"] = Access.Public,
        ["portal/bekreft"] = Access.Public, // the signed, expiring token in the link is the authorisation
        ["varer"] = Access.Public,
        ["varer/{id:int}"] = Access.Public,
        ["avmeld/{token}"] = Access.Public, // the secret in the e-mail's link is the authorisation; it can only stop e-mails
        ["varer/{id:int}/reserver"] = Access.SignedIn,
        ["konto/reservasjoner"] = Access.SignedIn,
        ["konto/ombruk"] = Access.SignedIn,
        ["konto/lagrede-sok"] = Access.SignedIn,
        ["konto/lagrede-sok/ny"] = Access.SignedIn,
        ["portal/{slug}/reservasjoner"] = Access.MemberOfA,
        ["portal/{slug}/varer"] = Access.MemberOfA,
        ["portal/{slug}/varer/ny"] = Access.MemberOfA,
        ["portal/{slug}/varer/{id:int}"] = Access.MemberOfA,
        ["portal/{slug}/varer/import"] = Access.MemberOfA,
        ["portal/{slug}/varer/eksport"] = Access.MemberOfA,
        ["portal/{slug}/reparasjon"] = Access.MemberOfA,
        ["portal/{slug}/reparasjon/ny"] = Access.MemberOfA,
        ["portal/{slug}/reparasjon/{id:int}"] = Access.MemberOfA,
        ["portal/{slug}/reparasjon/import"] = Access.MemberOfA,
        ["portal/{slug}/reparasjon/eksport"] = Access.MemberOfA,
        ["reparasjon"] = Access.Public,
        ["utlan"] = Access.Public,
        ["utlan/{id:int}"] = Access.Public,
        ["utlan/{id:int}/bestill"] = Access.SignedIn,
        ["konto/utlan"] = Access.SignedIn,
        ["konto/utlan/{id:int}"] = Access.SignedIn,
        ["portal/{slug}/utlan"] = Access.MemberOfA,
        ["portal/{slug}/utlan/ny"] = Access.MemberOfA,
        ["portal/{slug}/utlan/{id:int}"] = Access.MemberOfA,
        ["portal/{slug}/utlan/skranke"] = Access.MemberOfA,
        ["portal/{slug}/utlan/utlant"] = Access.MemberOfA,
        ["portal/{slug}/utlan/statistikk"] = Access.MemberOfA,
        ["portal/{slug}/effekt"] = Access.MemberOfA,
        ["portal/{slug}/reparasjoner/logg"] = Access.MemberOfA,
        ["portal/{slug}/reparasjoner/logg/{id:int}"] = Access.MemberOfA,
        ["portal/{slug}/reparasjoner/statistikk"] = Access.MemberOfA,
        ["admin/reparasjoner"] = Access.Admin,
        ["/api/v1/repairs/ords.csv"] = Access.Public, // no personal data: see RepairLogApi
        ["aktiviteter/pamelding/gang/{occasionId:long}"] = Access.Public,
        ["aktiviteter/pamelding/lenke/{token}"] = Access.Public, // the secret in the e-mail's link is the authorisation
        ["konto/aktiviteter"] = Access.SignedIn,
        ["portal/{slug}/aktiviteter/gang/{occasionId:long}/pameldte"] = Access.MemberOfA,
        ["/bilder/{name}"] = Access.Public, // item photos, by random key
        ["hva-skjer"] = Access.Public,
        ["aktiviteter/{id:long}"] = Access.Public,
        ["/aktiviteter/kalender.ics"] = Access.Public,
        ["/aktiviteter/kalender/{slug}.ics"] = Access.Public,
        ["/aktiviteter/kalender/type/{kind}.ics"] = Access.Public,
        ["/api/v1/activities/"] = Access.Public,
        ["/api/v1/activities/{id:long}"] = Access.Public,
        ["/api/v1/activities.geojson"] = Access.Public,
        ["portal/{slug}/aktiviteter"] = Access.MemberOfA,
        ["portal/{slug}/aktiviteter/ny"] = Access.MemberOfA,
        ["portal/{slug}/aktiviteter/{id:long}"] = Access.MemberOfA,
        ["portal/{slug}/aktiviteter/{id:long}/datoer"] = Access.MemberOfA,
        ["konto"] = Access.SignedIn,
        ["konto/passnokler"] = Access.SignedIn,
        ["portal"] = Access.SignedIn,
        ["portal/registrer"] = Access.SignedIn,
        ["portal/overta/{slug?}"] = Access.SignedIn,
        ["portal/invitasjon"] = Access.SignedIn,
        ["portal/{slug}"] = Access.MemberOfA,
        ["portal/{slug}/rediger"] = Access.MemberOfA,
        ["portal/{slug}/historikk"] = Access.MemberOfA,
        ["portal/{slug}/medlemmer"] = Access.MemberOfA,
        ["portal/{slug}/apningstider"] = Access.MemberOfA,
        ["portal/{slug}/unntak"] = Access.MemberOfA,
        ["portal/{slug}/statistikk"] = Access.MemberOfA,
        ["admin"] = Access.Admin,
        ["admin/initiativ"] = Access.Admin,
        ["admin/brukere"] = Access.Admin,
        ["admin/logg"] = Access.Admin,
        ["admin/innstillinger"] = Access.Admin,
        ["admin/utdaterte"] = Access.Admin,
        ["admin/kategorier"] = Access.Admin,
        ["admin/varsler"] = Access.Admin,
        ["admin/effekt"] = Access.Admin,
        ["admin/stasjoner"] = Access.Admin,
        ["admin/stasjoner/ny"] = Access.Admin,
        ["admin/stasjoner/{id:int}"] = Access.Admin,
        // Station staff and administrators; nobody in the matrix works at a station (StationScreenTests covers the staff).
        ["stasjon/{slug}"] = Access.Admin,
        ["stasjon/{slug}/arbeidstrening"] = Access.StationStaffOnly, // a participant's record: not even administrators by their role
        ["stasjon/{slug}/arbeidstrening/{id:int}"] = Access.StationStaffOnly,
        ["konto/arbeidstrening"] = Access.SignedIn,
        ["/api/v1/intake/stations/{slug}/lots"] = Access.Admin,
        ["stasjon/{slug}/fordeling"] = Access.Admin,
        ["admin/stasjoner/partnere"] = Access.Admin,
        ["admin/stasjoner/partnere/ny"] = Access.Admin,
        ["admin/stasjoner/partnere/{id:int}"] = Access.Admin,
        ["admin/stasjoner/fordeling"] = Access.Admin,
        ["portal/{slug}/hentinger"] = Access.MemberOfA,
        ["ombruk-fra-stasjonene"] = Access.Public,
        ["gis-bort/{slug}"] = Access.Public,
        ["poeng/{code?}"] = Access.SignedIn,
        ["poeng/belonninger"] = Access.SignedIn,
        ["konto/poeng"] = Access.SignedIn,
        ["portal/{slug}/poeng"] = Access.MemberOfA,
        ["portal/{slug}/poeng/belonninger"] = Access.MemberOfA,
        ["portal/{slug}/poeng/kupong"] = Access.MemberOfA,
        ["admin/poeng"] = Access.Admin,
        ["admin/poeng/utstedere"] = Access.Admin,
        ["admin/poeng/belonninger"] = Access.Admin,
        ["admin/poeng/misbruk"] = Access.Admin,
        ["/api/v1/initiatives/"] = Access.Public,
        ["/api/v1/initiatives/{slug}"] = Access.Public,
        ["/api/v1/initiatives.geojson"] = Access.Public,
        ["/api/v1/opening-hours/evaluate"] = Access.Public,
        ["/api/v1/usage"] = Access.Public,
        ["/api/v1/items/"] = Access.Public,
        ["/api/v1/items/{id:int}"] = Access.Public,
        ["/api/v1/repair-services"] = Access.Public,
        ["/api/v1/repair-services.geojson"] = Access.Public,
        ["/api/v1/lending/types"] = Access.Public,
        ["/api/v1/impact/summary"] = Access.Public,
        ["/api/v1/lending/types/{id:int}"] = Access.Public,
        ["/api/v1/lending/types/{id:int}/availability"] = Access.Public,
        ["/api/v1/saved-searches/{token}/feed"] = Access.Public, // the secret in the URL is the key
        ["/api/v1/saved-searches/unsubscribe/{token}"] = Access.Public,
        ["/api/{documentName}/openapi.json"] = Access.Public,
    };

    // POST handlers with side effects on the people themselves are left out of the matrix: they have flow tests.
    private static readonly HashSet<string> SkippedPosts = ["konto/logg-ut", "konto delete"];

    private sealed record People(string SlugA, int IdA, string SlugB, Dictionary<Who, HttpClient?> Clients);

    private People? _people;

    private async Task<People> PeopleAsync()
    {
        if (_people is not null) return _people;
        var (idA, slugA) = await factory.InitiativeAsync(0);
        var (idB, slugB) = await factory.InitiativeAsync(1);
        var run = Guid.NewGuid().ToString("N")[..8];
        var clients = new Dictionary<Who, HttpClient?> { [Who.Anonymous] = factory.NoRedirectClient() };
        foreach (var who in new[] { Who.Resident, Who.MemberA, Who.MemberB, Who.Admin })
        {
            var email = $"{who.ToString().ToLowerInvariant()}-{run}@eksempel.no";
            var user = await factory.CreateAsync(email, admin: who == Who.Admin);
            if (who == Who.MemberA) await factory.AddMemberAsync(idA, user.Id, MemberRole.Owner);
            if (who == Who.MemberB) await factory.AddMemberAsync(idB, user.Id, MemberRole.Owner);
            clients[who] = await factory.SignedInClientAsync(email);
        }
        return _people = new People(slugA, idA, slugB, clients);
    }

    private static bool Allowed(Access access, Who who) => access switch
    {
        Access.Public => true,
        Access.SignedIn => who != Who.Anonymous,
        Access.MemberOfA => who is Who.MemberA or Who.Admin,
        Access.Admin => who == Who.Admin,
        _ => false,
    };

    private sealed record Route(string Pattern, bool IsPage, IReadOnlyList<string> Methods, IReadOnlyList<string> PostHandlers);

    private async Task<List<Route>> RoutesAsync()
    {
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var routes = new List<Route>();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern.RawText ?? "";
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                var posts = compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => h.Name ?? "").Distinct().ToList();
                routes.Add(new Route(pattern, true, ["GET"], posts));
            }
            else
            {
                var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
                routes.Add(new Route(pattern, false, methods.ToList(), []));
            }
        }
        // Razor Pages registers "Index" pages twice ("portal" and "portal/Index"): keep the public one.
        return routes.Where(r => !r.Pattern.EndsWith("/Index", StringComparison.Ordinal) && r.Pattern != "Index")
            .GroupBy(r => r.Pattern).Select(g => g.First()).ToList();
    }

    [Fact]
    public async Task Every_endpoint_has_an_entry_in_the_matrix()
    {
        var missing = (await RoutesAsync()).Select(r => r.Pattern).Where(p => !Table.ContainsKey(p)).ToList();
        Assert.True(missing.Count == 0, "Add these routes to the authorization matrix: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData(Who.Anonymous)]
    [InlineData(Who.Resident)]
    [InlineData(Who.MemberA)]
    [InlineData(Who.MemberB)]
    [InlineData(Who.Admin)]
    public async Task Each_person_gets_exactly_what_the_matrix_allows(Who who)
    {
        var people = await PeopleAsync();
        var client = people.Clients[who]!;
        var token = await TokenAsync(client, who == Who.Anonymous ? "/konto/logg-inn" : "/konto");
        var failures = new StringBuilder();
        var checkedCount = 0;
        var routes = await RoutesAsync();
        var postCount = routes.Sum(r => r.PostHandlers.Count);
        foreach (var route in routes)
        {
            if (!Table.TryGetValue(route.Pattern, out var access)) continue;
            var path = "/" + route.Pattern.TrimStart('/').Replace("{slug}", people.SlugA, StringComparison.Ordinal)
                .Replace("{slug?}", people.SlugA, StringComparison.Ordinal).Replace("{documentName}", "v1", StringComparison.Ordinal)
                .Replace("{id:int}", "999999", StringComparison.Ordinal).Replace("{id:long}", "999999", StringComparison.Ordinal).Replace("{occasionId:long}", "999999", StringComparison.Ordinal)
                .Replace("{code?}", "ABCDEFGH", StringComparison.Ordinal).Replace("{token}", new string('a', 32), StringComparison.Ordinal)
                .Replace("{name}", "0123456789abcdef0123456789abcdef-320.webp", StringComparison.Ordinal);
            var allowed = Allowed(access, who);
            if (route.Methods.Contains("GET"))
            {
                using var r = await client.GetAsync(path);
                checkedCount++;
                Check(failures, $"GET {path}", r, allowed, who);
            }
            foreach (var handler in route.IsPage ? route.PostHandlers : route.Methods.Contains("POST") ? [""] : [])
            {
                if (SkippedPosts.Contains(route.Pattern) || SkippedPosts.Contains($"{route.Pattern} {handler}")) continue;
                var url = handler.Length == 0 ? path : $"{path}?handler={handler}";
                using var content = route.IsPage
                    ? (HttpContent)new FormUrlEncodedContent([new("__RequestVerificationToken", token)])
                    : new StringContent("{}", Encoding.UTF8, "application/json");
                using var r = await client.PostAsync(url, content);
                checkedCount++;
                Check(failures, $"POST {url}", r, allowed, who);
            }
        }
        // Every page and endpoint was requested, and the portal and admin pages' POST handlers were found.
        Assert.True(checkedCount >= Table.Count && postCount >= 15,
            $"Only {checkedCount} requests ({postCount} page POST handlers) for {Table.Count} routes: " + string.Join(", ", routes.Select(r => $"{r.Pattern} [{string.Join('/', r.PostHandlers)}]")));
        Assert.True(failures.Length == 0, $"{who}:\n{failures}");

        // A member of A can never change B's entry: B's data is as before.
        var versionB = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == people.SlugB).Select(i => i.Version).SingleAsync());
        Assert.Equal(0, versionB);
    }

    private static void Check(StringBuilder failures, string request, HttpResponseMessage r, bool allowed, Who who)
    {
        var status = (int)r.StatusCode;
        var location = r.Headers.Location?.OriginalString ?? "";
        var toLogin = status == 302 && location.Contains("/konto/logg-inn", StringComparison.Ordinal);
        var toDenied = status == 302 && location.Contains("/konto/ingen-tilgang", StringComparison.Ordinal);
        var refused = toLogin || toDenied || status is 401 or 403;
        if (status >= 500)
            failures.AppendLine($"  {request}: {status} (server error)");
        else if (allowed && (toLogin || toDenied || status is 401))
            failures.AppendLine($"  {request}: refused ({status} {location}) but should be allowed");
        else if (allowed && status == 403 && !request.EndsWith("/konto/ingen-tilgang", StringComparison.Ordinal))
            failures.AppendLine($"  {request}: 403 but should be allowed");
        else if (!allowed && !refused)
            failures.AppendLine($"  {request}: {status} but should be refused");
        else if (!allowed && who == Who.Anonymous && !(toLogin || status == 401))
            failures.AppendLine($"  {request}: anonymous should be sent to sign in, got {status} {location}");
    }

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        using var page = await client.GetAsync(url);
        var doc = await Forms.ParseAsync(page, url);
        return doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
               ?? throw new Xunit.Sdk.XunitException($"No antiforgery token on {url}");
    }
}

public sealed class AuthorizationMatrixTestsOnSqlite(SqliteAppFactory f) : AuthorizationMatrixTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AuthorizationMatrixTestsOnPostgres(PostgresAppFactory f) : AuthorizationMatrixTests(f), IClassFixture<PostgresAppFactory>;
