using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Items.ImportTestSupport;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The export opens in Excel as it is (UTF-8 with BOM, ";") and imports again unchanged.</summary>
public abstract class ExportTests(AppFactory factory)
{
    private const string Header = "external_id;title;description;category;condition;price_nok;quantity;size;brand";

    private static string Today(AppFactory factory) =>
        TimeZoneInfo.ConvertTime(factory.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task ExportIsExcelReadyCsvOfEveryItemButRemovedOnes()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(8);
        var p = Prefix();
        var csv = "id;tittel;beskrivelse;kategori;tilstand;pris;antall;størrelse;merke\n" +
                  $"{p}1;=SUM(A1:A9);\"Linje én; med semikolon\nLinje to\";møbler;som ny;1200;2;180x90;Ærlig & Ødegård\n" +
                  $"{p}2;Fjernet lampe;;home-kitchen;brukt;50;1;;\n";
        var (_, page) = await client.UploadAsync(slug, Bytes(csv, Utf8WithBom));
        Assert.Contains("2 nye", Counts(page), StringComparison.Ordinal);
        await factory.WithDbAsync(db => db.Items.Where(i => i.ExternalId == p + "2").ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, ItemStatus.Removed)));

        using var response = await client.GetAsync($"/portal/{slug}/varer/eksport");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{slug}-varer-{Today(factory)}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(Header + "\r\n", text, StringComparison.Ordinal);
        // A formula is not run by a spreadsheet; separators and newlines are quoted.
        Assert.Contains($"{p}1;\"'=SUM(A1:A9)\";\"Linje én; med semikolon\nLinje to\";furniture;as-new;1200;2;180x90;Ærlig & Ødegård\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Fjernet lampe", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportThenReimportChangesNothingAndDuplicatesNothing()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(2);
        var p = Prefix();
        var csv = "external_id,title,description,category,condition,price_nok,quantity,size,brand\n" +
                  $"{p}1,Barnesykkel 20 tommer,\"Blå, 6 gir\",bikes,pent brukt,450,1,20 tommer,DBS\n" +
                  $"{p}2,-20 % på alt,Tilbud,other,ny,gratis,5,,\n" +
                  $"{p}3,Vinterjakke,\"Sier \"\"varm\"\"\",Klær og sko,used,150,3,L,Bergans\n";
        await client.UploadAsync(slug, Bytes(csv, new UTF8Encoding(false)));
        var before = await factory.WithDbAsync(db => db.Items.AsNoTracking().Where(i => i.InitiativeId == initiativeId && i.Status != ItemStatus.Removed).OrderBy(i => i.Id).ToListAsync());
        Assert.Equal(3, before.Count(i => i.ExternalId!.StartsWith(p, StringComparison.Ordinal)));
        Assert.All(before, i => Assert.NotNull(i.ExternalId)); // demo items and these: every one has an id, so the round trip updates all

        using var export = await client.GetAsync($"/portal/{slug}/varer/eksport");
        var file = await export.Content.ReadAsByteArrayAsync();
        var (_, page) = await client.UploadAsync(slug, file, fileName: $"{slug}-varer.csv");
        Assert.Contains($"0 nye, {before.Count} oppdatert, 0 rader hoppet over", Counts(page), StringComparison.Ordinal);

        var after = await factory.WithDbAsync(db => db.Items.AsNoTracking().Where(i => i.InitiativeId == initiativeId && i.Status != ItemStatus.Removed).OrderBy(i => i.Id).ToListAsync());
        static object Fields(Item i) => new { i.Id, i.ExternalId, i.Title, i.Description, i.Category, i.Condition, i.PriceNok, i.Quantity, i.Size, i.Brand, i.Status, i.TitleTerms, i.BodyTerms };
        Assert.Equal(before.Select(Fields), after.Select(Fields));
    }

    [Fact]
    public async Task OnlyMembersAndAdministratorsMayExport()
    {
        var (_, slug) = await factory.InitiativeAsync(4);
        var url = $"/portal/{slug}/varer/eksport";
        using var anonymous = await factory.NoRedirectClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        var outsider = $"utenfor-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(outsider);
        using var forbidden = await (await factory.SignedInClientAsync(outsider)).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, forbidden.StatusCode);
        Assert.Contains("/konto/ingen-tilgang", forbidden.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.NotEqual("text/csv", forbidden.Content.Headers.ContentType?.MediaType);
        var admin = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(admin, admin: true);
        using var ok = await (await factory.SignedInClientAsync(admin)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("text/csv", ok.Content.Headers.ContentType?.MediaType);
    }
}

public sealed class ExportTestsOnSqlite(SqliteAppFactory f) : ExportTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ExportTestsOnPostgres(PostgresAppFactory f) : ExportTests(f), IClassFixture<PostgresAppFactory>;
