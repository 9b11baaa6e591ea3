using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Items.ImportTestSupport;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>The item spreadsheet import through the portal page: formats, the row report, all or nothing, valid rows only, re-import.</summary>
public abstract class ImportTests(AppFactory factory)
{
    [Fact]
    public async Task AGoodFileInUtf8WithBomAndSemicolonsCreatesTheItems()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(1);
        var p = Prefix();
        var csv = "ekstern_id;Tittel;beskrivelse;kategori;tilstand;pris;antall;størrelse;merke\r\n" +
                  $"{p}1;Barnesykkel 20 tommer;Blå, seks gir;Sykler;pent brukt;kr 450;1;20 tommer;DBS\r\n" +
                  $"{p}2;Vinterjakke;Varm og tørr;clothes-shoes;som ny;150,00;3;M;Bergans\r\n" +
                  $"{p}3;Kokebok;;bøker;Må repareres;gratis;;;\r\n";
        var (response, page) = await client.UploadAsync(slug, Bytes(csv, Utf8WithBom));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3 nye", Counts(page), StringComparison.Ordinal);
        Assert.Empty(Report(page));

        var items = await factory.ItemsAsync(initiativeId, p);
        Assert.Equal(3, items.Count);
        var bike = items[0];
        Assert.Equal(("Barnesykkel 20 tommer", "Blå, seks gir", GoodsCategory.Bikes, ItemCondition.GentlyUsed, 450, 1, "20 tommer", "DBS"),
            (bike.Title, bike.Description, bike.Category, bike.Condition, bike.PriceNok, bike.Quantity, bike.Size, bike.Brand));
        Assert.Equal((GoodsCategory.ClothesShoes, ItemCondition.AsNew, 150, 3, 3), (items[1].Category, items[1].Condition, items[1].PriceNok, items[1].Quantity, items[1].Available));
        Assert.Equal((GoodsCategory.BooksMedia, ItemCondition.NeedsRepair, 0, 1, (string?)null), (items[2].Category, items[2].Condition, items[2].PriceNok, items[2].Quantity, items[2].Size));
        Assert.All(items, i => Assert.Equal(ItemStatus.Available, i.Status));
        Assert.All(items, i => Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, DateTime.SpecifyKind(i.CreatedAt, DateTimeKind.Utc)));

        // Place from the initiative's first location, so distance filters need no join.
        var first = await factory.WithDbAsync(db => db.InitiativeLocations.Where(l => l.InitiativeId == initiativeId).OrderBy(l => l.Id).FirstAsync());
        Assert.All(items, i => Assert.Equal((first.Id, first.Latitude, first.Longitude), (i.LocationId!.Value, i.Latitude, i.Longitude)));

        // Analysed terms are stored, the vocabulary knows them, and the database's full-text index serves them.
        Assert.All(items, i => Assert.False(string.IsNullOrWhiteSpace(i.TitleTerms)));
        var term = bike.TitleTerms.Split(' ')[0];
        Assert.True(await factory.WithDbAsync(db => db.SearchVocabulary.AnyAsync(v => v.Term == term)), $"vocabulary lacks '{term}'");
        var found = await factory.WithDbAsync(db => FullTextAsync(db, term));
        Assert.Contains(bike.Id, found);
    }

    private static async Task<List<int>> FullTextAsync(AppDbContext db, string term)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT \"Id\" AS \"Value\" FROM \"Items\" WHERE \"SearchVector\" @@ to_tsquery('simple', {0})"
            : "SELECT rowid AS \"Value\" FROM \"ItemSearch\" WHERE \"ItemSearch\" MATCH {0}";
        var query = db.Database.IsNpgsql() ? term : "\"" + term + "\"";
        return await db.Database.SqlQueryRaw<int>(sql, query).ToListAsync();
    }

    [Fact]
    public async Task AWindows1252FileFromExcelKeepsÆØÅ()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(2);
        var p = Prefix();
        var csv = $"Varenummer;Tittel;Beskrivelse;Størrelse\r\n{p}1;Blå jakke fra Sætre;Grønn fôr, pent brukt – fin;Små\r\n";
        var bytes = Windows1252.GetBytes(csv);
        Assert.Contains(bytes, b => b == 0xE5); // "å" as one Windows-1252 byte: not valid UTF-8
        var (_, page) = await client.UploadAsync(slug, bytes);
        Assert.Contains("1 nye", Counts(page), StringComparison.Ordinal);
        var item = Assert.Single(await factory.ItemsAsync(initiativeId, p));
        Assert.Equal(("Blå jakke fra Sætre", "Grønn fôr, pent brukt – fin", "Små"), (item.Title, item.Description, item.Size));
    }

    [Fact]
    public async Task CommasWithQuotedFieldsHoldingSeparatorsQuotesAndNewlines()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(3);
        var p = Prefix();
        var csv = "external_id,title,description,price_nok,quantity\n" +
                  $"{p}1,\"Sofa, tre seter\",\"Grå stoff.\nTrekk vasket, \"\"som ny\"\".\",\"1 500\",1\n" +
                  $"{p}2,Lenestol,Skinn,\"600,00\",2\n";
        var (_, page) = await client.UploadAsync(slug, Bytes(csv, new UTF8Encoding(false)));
        Assert.Contains("2 nye", Counts(page), StringComparison.Ordinal);
        var items = await factory.ItemsAsync(initiativeId, p);
        Assert.Equal(("Sofa, tre seter", "Grå stoff.\nTrekk vasket, \"som ny\".", 1500), (items[0].Title, items[0].Description, items[0].PriceNok));
        Assert.Equal((600, 2), (items[1].PriceNok, items[1].Quantity));
    }

    [Fact]
    public async Task A_line_break_in_a_one_line_cell_becomes_a_space_and_control_characters_are_dropped()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(4);
        var p = Prefix();
        var csv = "external_id,title,description,size,brand\n" +
                  $"{p}1,\"Sofa\r\ntre seter\",\"Grå\u0001 stoff.\r\nSom ny.\",\"L\tXL\",\"Ikea\u0000\"\n";
        var (_, page) = await client.UploadAsync(slug, Bytes(csv, new UTF8Encoding(false)));
        Assert.Contains("1 nye", Counts(page), StringComparison.Ordinal);
        var item = Assert.Single(await factory.ItemsAsync(initiativeId, p));
        Assert.Equal(("Sofa tre seter", "Grå stoff.\nSom ny.", "L XL", "Ikea"), (item.Title, item.Description, item.Size, item.Brand));
    }

    private static string BadFile(string p) =>
        "ekstern_id;tittel;beskrivelse;kategori;tilstand;pris;antall\n" +
        $"{p}1;God sykkel;\"To linjer\nbeskrivelse\";sykler;brukt;200;1\n" +   // row 2 (spans two lines)
        $"{p}2;;Uten tittel;;;;\n" +                                          // row 3: title missing
        $"{p}3;Kjele;;romskip;skitten;abc;0\n" +                             // row 4: category, condition, price, quantity
        $"{p}1;Dobbel;;;;;\n" +                                              // row 5: external id used on row 2
        $"{p}5;Lampe;;home-kitchen;ny;149,50;2\n" +                          // row 6: price not whole kroner
        $"{p}6;Stol;;møbler;brukt;kr 75;2 stk\n";                           // row 7: good

    [Fact]
    public async Task BadRowsAreReportedByRowAndColumnAndNothingIsWritten()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(4);
        var p = Prefix();
        var (response, page) = await client.UploadAsync(slug, Bytes(BadFile(p), Utf8WithBom));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = Report(page).Select(r => (r.Row, r.Column)).ToList();
        Assert.Equal(
            [("3", "tittel"), ("4", "kategori"), ("4", "tilstand"), ("4", "pris"), ("4", "antall"), ("5", "ekstern_id"), ("6", "pris")],
            report);
        Assert.All(Report(page), r => Assert.False(string.IsNullOrWhiteSpace(r.Message)));
        Assert.Contains("rad 2", Report(page).Single(r => r.Row == "5").Message, StringComparison.Ordinal);
        Assert.Contains("Ingenting ble importert", Counts(page), StringComparison.Ordinal);
        Assert.Empty(await factory.ItemsAsync(initiativeId, p));
    }

    [Fact]
    public async Task ValidOnlyImportsTheGoodRowsAndSkipsTheRest()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(4);
        var p = Prefix();
        var (_, page) = await client.UploadAsync(slug, Bytes(BadFile(p), Utf8WithBom), validOnly: true);
        Assert.Contains("2 nye, 0 oppdatert, 4 rader hoppet over", Counts(page), StringComparison.Ordinal);
        Assert.Equal(7, Report(page).Count);
        var items = await factory.ItemsAsync(initiativeId, p);
        Assert.Equal([("God sykkel", 200, 1), ("Stol", 75, 2)], items.Select(i => (i.Title, i.PriceNok, i.Quantity)).ToList());
        Assert.Equal("To linjer\nbeskrivelse", items[0].Description);
    }

    [Fact]
    public async Task ReimportWithTheSameExternalIdUpdatesInsteadOfDuplicating()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(5);
        var p = Prefix();
        await client.UploadAsync(slug, Bytes($"id;tittel;beskrivelse;pris;antall\n{p}1;Hammer;Snekkerhammer;60;3\n{p}2;Sag;Fintannet;90;1\n", Utf8WithBom));
        var before = await factory.ItemsAsync(initiativeId, p);
        factory.Clock.Now = factory.Clock.Now.AddHours(1);
        // No description column this time: descriptions stay; a row without external id always creates.
        var (_, page) = await client.UploadAsync(slug, Bytes($"id;tittel;pris;antall\n{p}1;Hammer, stor;75;5\n{p}2;Sag;gratis;1\n;Uten id;10;1\n;Uten id;10;1\n", Utf8WithBom));
        Assert.Contains("2 nye, 2 oppdatert", Counts(page), StringComparison.Ordinal);
        var after = await factory.ItemsAsync(initiativeId, p);
        Assert.Equal(2, after.Count);
        Assert.Equal(before.Select(i => i.Id), after.Select(i => i.Id));
        Assert.Equal(("Hammer, stor", "Snekkerhammer", 75, 5, 5), (after[0].Title, after[0].Description, after[0].PriceNok, after[0].Quantity, after[0].Available));
        Assert.Equal(0, after[1].PriceNok);
        Assert.True(after[0].UpdatedAt > before[0].UpdatedAt);
        Assert.Equal(before[0].CreatedAt, after[0].CreatedAt);
        Assert.Contains(after[0].TitleTerms.Split(' '), t => t.StartsWith("stor", StringComparison.Ordinal));
        Assert.Equal(2, await factory.WithDbAsync(db => db.Items.CountAsync(i => i.InitiativeId == initiativeId && i.Title == "Uten id")));
    }

    [Fact]
    public async Task AnUpdateCannotTakeTheQuantityBelowActiveHolds()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(6);
        var p = Prefix();
        await client.UploadAsync(slug, Bytes($"id;tittel;antall\n{p}1;Barnevogn;3\n{p}2;Bilstol;1\n", Utf8WithBom));
        var pram = (await factory.ItemsAsync(initiativeId, p))[0];
        var resident = await factory.CreateAsync($"hold-{Guid.NewGuid():N}@eksempel.no");
        await factory.WithDbAsync(async db =>
        {
            for (var n = 0; n < 2; n++)
                db.Reservations.Add(new Reservation
                {
                    ItemId = pram.Id, UserId = resident.Id, Code = Guid.NewGuid().ToString("N")[..10], CreatedAt = DateTime.UtcNow,
                    ExpiresAt = DateTime.UtcNow.AddDays(1),
                });
            await db.SaveChangesAsync();
            return await db.Items.Where(i => i.Id == pram.Id).ExecuteUpdateAsync(s => s.SetProperty(i => i.Available, 1));
        });

        var (_, page) = await client.UploadAsync(slug, Bytes($"id;tittel;antall\n{p}1;Barnevogn;1\n{p}2;Bilstol;2\n", Utf8WithBom));
        var problem = Assert.Single(Report(page));
        Assert.Equal(("2", "antall"), (problem.Row, problem.Column));
        var kept = await factory.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Id == pram.Id));
        Assert.Equal((3, 1), (kept.Quantity, kept.Available));
        Assert.Equal(1, (await factory.ItemsAsync(initiativeId, p))[1].Quantity); // all or nothing: the good row waited too

        // Down to exactly the held units: nothing left to hold.
        var (_, ok) = await client.UploadAsync(slug, Bytes($"id;tittel;antall\n{p}1;Barnevogn;2\n", Utf8WithBom));
        Assert.Contains("1 oppdatert", Counts(ok), StringComparison.Ordinal);
        var updated = (await factory.ItemsAsync(initiativeId, p))[0];
        Assert.Equal((2, 0, ItemStatus.Reserved), (updated.Quantity, updated.Available, updated.Status));
    }

    [Fact]
    public async Task UnknownColumnsAreNamedAndNothingIsWrittenEvenForValidOnly()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(7);
        var p = Prefix();
        var (_, page) = await client.UploadAsync(slug, Bytes($"id;tittel;pirs;Farge\n{p}1;Lampe;100;rød\n", Utf8WithBom), validOnly: true);
        var problem = Assert.Single(Report(page));
        Assert.Contains("«pirs»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("«Farge»", problem.Message, StringComparison.Ordinal);
        Assert.Contains("Ingenting ble importert", Counts(page), StringComparison.Ordinal);
        Assert.Empty(await factory.ItemsAsync(initiativeId, p));
    }

    [Fact]
    public async Task NoFileIsAFormErrorOnTheFileField()
    {
        var (client, _, slug) = await factory.MemberAsync(7);
        var url = $"/portal/{slug}/varer/import";
        using var response = await client.SubmitAsync(url, new Dictionary<string, string>(), "form[enctype='multipart/form-data']");
        var page = await Forms.ParseAsync(response, url);
        Assert.NotNull(page.QuerySelector("#feil a[href='#upload']"));
        Assert.Equal("true", page.QuerySelector("#upload")?.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task OnlyMembersAndAdministratorsMayImport()
    {
        var (_, slug) = await factory.InitiativeAsync(8);
        var url = $"/portal/{slug}/varer/import";
        using var anonymous = await factory.NoRedirectClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/konto/logg-inn", anonymous.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);

        var outsider = $"utenfor-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(outsider);
        var client = await factory.SignedInClientAsync(outsider);
        using var get = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Contains("/konto/ingen-tilgang", get.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        using var content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("tittel\nInnbrudd\n")), "Upload", "x.csv" } };
        using var post = await client.PostAsync(url, content);
        Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"POST gave {(int)post.StatusCode}");
        Assert.False(await factory.WithDbAsync(db => db.Items.AnyAsync(i => i.Title == "Innbrudd")));

        var admin = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(admin, admin: true);
        using var asAdmin = await (await factory.SignedInClientAsync(admin)).GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, asAdmin.StatusCode);

        var (owner, _, ownerSlug) = await factory.MemberAsync(8, MemberRole.Owner);
        using var asOwner = await owner.GetAsync($"/portal/{ownerSlug}/varer/import");
        Assert.Equal(HttpStatusCode.OK, asOwner.StatusCode);
    }
}

public sealed class ImportTestsOnSqlite(SqliteAppFactory f) : ImportTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ImportTestsOnPostgres(PostgresAppFactory f) : ImportTests(f), IClassFixture<PostgresAppFactory>;
