using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Security;

/// <summary>
/// An initiative named like a fixed route word ("registrer" beside "/portal/{slug}") would get a slug whose portal
/// the fixed route hides. Every such word in the app's route table is registered as a name here.
/// </summary>
public abstract class ReservedSlugTests(AppFactory factory)
{
    [Fact]
    public async Task An_initiative_named_like_a_fixed_route_word_gets_another_slug_and_its_portal_is_reachable()
    {
        var words = RouteWordsBesideSlugs(factory.Services.GetRequiredService<EndpointDataSource>());
        Assert.Superset(new HashSet<string>(StringComparer.Ordinal) { "registrer", "bekreft", "invitasjon", "overta" }, words);
        var email = $"ordbruker-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);

        foreach (var word in words)
        {
            using var registered = await client.SubmitAsync("/portal/registrer", Form(("Form.Name", word), ("Form.ShortNb", "Et ord i adressene."),
                ("Form.Kinds[]", "Repair"), ("Form.Address", "Torvet 1"), ("Form.PostalCode", "1383"), ("Form.Area", "Asker sentrum")));
            Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
            var (id, slug) = await factory.WithDbAsync(async db =>
            {
                var mine = await db.Initiatives.Where(i => i.Name == word && db.ModerationRequests.Any(r => r.InitiativeId == i.Id && r.UserId == user.Id))
                    .Select(i => new { i.Id, i.Slug }).SingleAsync();
                await db.Initiatives.Where(i => i.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Moderation, ModerationState.Approved));
                return (mine.Id, mine.Slug);
            });
            Assert.NotEqual(word, slug);
            await factory.AddMemberAsync(id, user.Id, MemberRole.Owner);

            using var portal = await client.GetAsync($"/portal/{slug}");
            Assert.Equal(HttpStatusCode.OK, portal.StatusCode);
            var title = (await Forms.ParseAsync(portal, $"/portal/{slug}")).QuerySelector("h1")?.TextContent ?? "";
            Assert.Contains(word, title, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_import_that_names_a_fixed_route_word_as_slug_is_refused()
    {
        var record = new InitiativeRecord
        {
            Slug = "registrer", Name = "Registrer", ShortDescription = new() { Nb = "Et ord i adressene." }, Kinds = ["repair"],
            OrganisationType = "volunteer", Locations = [new() { Address = "Torvet 1", Lat = 59.83, Lon = 10.43 }],
        };
        var result = await factory.WithDbAsync(db =>
            InitiativeImporter.ImportAsync(db, [(2, record)], TimeProvider.System, factory.Services.GetRequiredService<SlugAllocator>()));
        var error = Assert.Single(result.Errors);
        Assert.Equal(("slug", 2), (error.Column, error.Row));
        Assert.False(await factory.WithDbAsync(db => db.Initiatives.AnyAsync(i => i.Slug == "registrer")));
    }

    /// <summary>
    /// Literal segments that stand where a <c>{slug}</c> stands in another route with the same literal prefix
    /// ("portal/registrer" beside "portal/{slug}"), read from the routes as the app serves them.
    /// </summary>
    private static HashSet<string> RouteWordsBesideSlugs(EndpointDataSource endpoints)
    {
        var templates = endpoints.Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern.RawText?.Trim('/') ?? "")
            .Select(t => t.Split('/')).ToList();
        var slugPrefixes = templates.SelectMany(t => t.Select((segment, i) => (segment, i))
                .Where(x => x.segment is "{slug}" or "{slug?}").Select(x => string.Join('/', t[..x.i])))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.Contains("portal", slugPrefixes);
        return templates.SelectMany(t => t.Select((segment, i) => (segment, i))
                .Where(x => !x.segment.Contains('{', StringComparison.Ordinal) && slugPrefixes.Contains(string.Join('/', t[..x.i])))
                .Select(x => x.segment.ToLowerInvariant()))
            .ToHashSet(StringComparer.Ordinal);
    }
}

public sealed class ReservedSlugTestsOnSqlite(SqliteAppFactory f) : ReservedSlugTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ReservedSlugTestsOnPostgres(PostgresAppFactory f) : ReservedSlugTests(f), IClassFixture<PostgresAppFactory>;
