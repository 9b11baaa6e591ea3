using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives;

/// <summary>The import is all or nothing and reports every bad cell with row and column.</summary>
public abstract class ImportTests(AppFactory factory)
{
    private const string Header = "slug;name;short_nb;kinds;categories;organisation_type;address;lat;lon;opening_hours";

    private async Task<ImportResult> ImportCsv(string csv, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"import-{Guid.NewGuid():N}.csv");
        await File.WriteAllBytesAsync(path, (encoding ?? Encoding.UTF8).GetBytes(csv));
        try
        {
            return await factory.WithDbAsync(db => InitiativeImporter.ImportFileAsync(db, path, TimeProvider.System, factory.Services.GetRequiredService<SlugAllocator>()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ValidCsvCreatesThenUpdatesBySlug()
    {
        var slug = "test-" + Guid.NewGuid().ToString("N")[..8];
        var first = await ImportCsv($"{Header}\n{slug};Loppis;Loppemarked;swap|reuse-shop;children;volunteer;Torget 1;59,83;10,43;Sa 10-14\n{slug};;;;;;Torget 2;59.84;10.44;\n");
        Assert.True(first.Succeeded, string.Join("\n", first.Errors));
        Assert.Equal(1, first.Created);
        var saved = await factory.WithDbAsync(db => db.Initiatives.Include(i => i.Locations).SingleAsync(i => i.Slug == slug));
        Assert.Equal(2, saved.Locations.Count);
        Assert.Equal("Sa 10:00-14:00", saved.OpeningHours); // the lenient form is stored normalised
        var second = await ImportCsv($"{Header}\n{slug};Loppis på torget;Loppemarked;swap;children;volunteer;Torget 1;59.83;10.43;Sa 10:00-15:00\n");
        Assert.Equal(1, second.Updated);
        var updated = await factory.WithDbAsync(db => db.Initiatives.Include(i => i.Locations).SingleAsync(i => i.Slug == slug));
        Assert.Equal("Loppis på torget", updated.Name);
        Assert.Single(updated.Locations);
    }

    [Fact]
    public async Task OneBadRowImportsNothingAndNamesRowAndColumn()
    {
        var good = "good-" + Guid.NewGuid().ToString("N")[..8];
        var result = await ImportCsv($"{Header}\n{good};God;Fin;swap;children;volunteer;Vei 1;59.8;10.4;Mo-Fr 10:00-17:00\n" +
                                     "Bad Slug;;Tekst;spaceship;children;volunteer;Vei 2;99;10.4;Mo-Fr 25:00-26:00 nonsense\n");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "slug");
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "name");
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "kinds");
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "lat");
        Assert.Contains(result.Errors, e => e.Row == 3 && e.Column == "opening_hours");
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageNb) || string.IsNullOrWhiteSpace(e.MessageEn)));
        Assert.False(await factory.WithDbAsync(db => db.Initiatives.AnyAsync(i => i.Slug == good)));
    }

    [Fact]
    public async Task ABadExtraLocationRowIsReportedOnItsOwnRow()
    {
        var slug = "loc-" + Guid.NewGuid().ToString("N")[..8];
        var result = await ImportCsv($"{Header}\n{slug};Skap;Bokskap;book-cabinet;books-media;municipal;Vei 1;59.8;10.4;24/7\n{slug};;;;;;Vei 2;59.9;200;\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "lon"), (error.Row, error.Column));
    }

    [Fact]
    public async Task Windows1252FromExcelIsRead()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var slug = "ansi-" + Guid.NewGuid().ToString("N")[..8];
        var result = await ImportCsv($"{Header}\n{slug};Bruktbutikken på Sætre;Møbler og ting;reuse-shop;furniture;commercial;Sætreveien 1;59.68;10.52;\n",
            Encoding.GetEncoding(1252));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var saved = await factory.WithDbAsync(db => db.Initiatives.SingleAsync(i => i.Slug == slug));
        Assert.Equal("Bruktbutikken på Sætre", saved.Name);
    }

    [Fact]
    public async Task ImportedInitiativeShowsInTheApiOnceTheDirectoryIsInvalidated()
    {
        var client = factory.CreateClient();
        var slug = "new-" + Guid.NewGuid().ToString("N")[..8];
        var before = await client.GetStringAsync("/api/v1/initiatives?kind=swap&page_size=100");
        Assert.DoesNotContain(slug, before, StringComparison.Ordinal);
        var result = await ImportCsv($"{Header}\n{slug};Byttebod;Bytt ting;swap;toys-games;volunteer;Torget 3;59.8;10.4;\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        await factory.Services.GetRequiredService<DirectoryCache>().InvalidateAsync();
        var after = await client.GetStringAsync("/api/v1/initiatives?kind=swap&page_size=100");
        Assert.Contains(slug, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingColumnsAreReportedOnTheHeaderRow()
    {
        var result = await ImportCsv("slug,name\nx,y\n");
        Assert.Contains(result.Errors, e => e.Row == 1 && e.Column == "kinds");
    }
}

public sealed class ImportTestsOnSqlite(SqliteAppFactory f) : ImportTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ImportTestsOnPostgres(PostgresAppFactory f) : ImportTests(f), IClassFixture<PostgresAppFactory>;
