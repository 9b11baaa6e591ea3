using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>The header's logo, the favicon and the self-hosted typeface on every page.</summary>
public abstract class LookTests(AppFactory factory)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/varer?lang=en")]
    public async Task The_header_shows_the_word_mark_and_the_page_has_a_favicon(string url)
    {
        var doc = await factory.CreateClient().GetDocumentAsync(url);
        var logo = doc.QuerySelector("header .brand img.brand__logo");
        Assert.NotNull(logo);
        Assert.StartsWith("/img/omigjen-wordmark.svg", logo.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Equal("OMigjen", logo.GetAttribute("alt"));
        var icon = doc.QuerySelector("link[rel=icon]");
        Assert.NotNull(icon);
        Assert.Equal("image/svg+xml", icon.GetAttribute("type"));
        foreach (var path in new[] { logo.GetAttribute("src")!, icon.GetAttribute("href")! })
        {
            using var r = await factory.CreateClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("image/svg+xml", r.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_typeface_is_served_from_this_site()
    {
        var client = factory.CreateClient();
        var doc = await client.GetDocumentAsync("/");
        var css = doc.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).ToList();
        Assert.All(css, href => Assert.StartsWith("/", href, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.QuerySelectorAll("link[href]"), l => l.GetAttribute("href")!.Contains("//", StringComparison.Ordinal));
        var siteCss = await client.GetStringAsync(css.Single(h => h.StartsWith("/css/site.css", StringComparison.Ordinal)));
        var fonts = FontUrls(siteCss);
        Assert.Equal(8, fonts.Count); // Latin and Latin Extended, weights 400, 500, 600 and 700
        foreach (var font in fonts)
        {
            Assert.StartsWith("../lib/inter/", font, StringComparison.Ordinal);
            using var r = await client.GetAsync(new Uri(new Uri("https://localhost/css/site.css"), font));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Equal("font/woff2", r.Content.Headers.ContentType?.MediaType);
            Assert.True((await r.Content.ReadAsByteArrayAsync()).AsSpan(0, 4).SequenceEqual("wOF2"u8), font);
        }
        // No stylesheet the page loads asks another origin for a font.
        foreach (var href in css)
            Assert.DoesNotContain("url(http", (await client.GetStringAsync(href)).Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
    }

    private static List<string> FontUrls(string css) =>
        System.Text.RegularExpressions.Regex.Matches(css, @"@font-face\s*\{[^}]*?src:\s*url\(([^)]+)\)")
            .Select(m => m.Groups[1].Value.Trim('"', '\'')).ToList();
}

public sealed class LookTestsOnSqlite(SqliteAppFactory f) : LookTests(f), IClassFixture<SqliteAppFactory>;

public sealed class LookTestsOnPostgres(PostgresAppFactory f) : LookTests(f), IClassFixture<PostgresAppFactory>;

/// <summary>A municipality with its own logo on another host, and a map tile server on a port of its own.</summary>
public sealed class ConfiguredLookTests(ConfiguredLookTests.LookAppFactory factory) : IClassFixture<ConfiguredLookTests.LookAppFactory>
{
    public sealed class LookAppFactory() : AppFactory(DatabaseKind.Sqlite)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Municipality:LogoUrl", "https://kommune.example/logo.svg");
            builder.UseSetting("Map:TileUrl", "http://localhost:8080/{z}/{x}/{y}.png");
        }
    }

    [Fact]
    public async Task The_configured_logo_takes_the_word_marks_place_with_the_municipalitys_name()
    {
        var doc = await factory.CreateClient().GetDocumentAsync("/");
        var logo = doc.QuerySelector("header .brand img.brand__logo")!;
        Assert.Equal("https://kommune.example/logo.svg", logo.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(logo.GetAttribute("alt")));
        Assert.Equal("OMigjen", doc.QuerySelector("header .brand .brand__name")?.TextContent);
        Assert.DoesNotContain(doc.QuerySelectorAll("img"), i => i.GetAttribute("src")!.Contains("wordmark", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_policy_allows_images_from_the_tile_servers_port_and_the_logos_host()
    {
        using var r = await factory.CreateClient().GetAsync("/");
        var csp = r.Headers.GetValues("Content-Security-Policy").Single();
        var imgSrc = csp.Split(';').Select(d => d.Trim()).Single(d => d.StartsWith("img-src ", StringComparison.Ordinal)).Split(' ');
        Assert.Contains("http://localhost:8080", imgSrc);
        Assert.Contains("https://kommune.example", imgSrc);
        Assert.DoesNotContain("http://localhost", imgSrc);
        Assert.Contains("font-src 'self'", csp, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org")]
    [InlineData("https://a.tile.example.org:8443/{z}/{x}/{y}.png", "https://*.tile.example.org:8443")]
    [InlineData("https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png", "https://cache.kartverket.no")]
    [InlineData("http://localhost:8080/{z}/{x}/{y}.png", "http://localhost:8080")]
    public void The_tile_origin_keeps_a_port_other_than_the_default(string tileUrl, string expected)
    {
        var sources = Omigjen.Web.Infrastructure.SecurityHeaders.ImageSources(new() { TileUrl = tileUrl }, new()).Split(' ');
        Assert.Equal(["'self'", "data:", expected], sources);
    }
}
