using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Features.Items.ImportTestSupport;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Impact;

/// <summary>An item's weight through the form, the spreadsheet and the API.</summary>
public abstract class ImpactWeightTests(AppFactory factory)
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task A_wrong_weight_is_named_in_both_languages_and_a_comma_or_a_dot_is_kept()
    {
        var (client, _, slug) = await factory.MemberAsync(5);
        var url = $"/portal/{slug}/varer/ny";
        foreach (var bad in new[] { "tung", "0", "2000,5", "1,2,3", "-3" })
        {
            using var response = await client.SubmitAsync(url, Form(("Form.Title", Unique("Sofa")), ("Form.Price", "100"), ("Form.Weight", bad)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await Forms.ParseAsync(response, url);
            Assert.Contains("Vekt (kg): skriv vekten i kilo", doc.QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
            Assert.Equal("true", doc.QuerySelector("#item-weight")!.GetAttribute("aria-invalid"));
            Assert.NotNull(doc.QuerySelector("#item-weight-error"));
        }
        using var english = await client.SubmitAsync(url + "?lang=en", Form(("Form.Title", Unique("Sofa")), ("Form.Price", "100"), ("Form.Weight", "heavy")));
        Assert.Contains("Weight (kg): enter the weight in kilograms", (await Forms.ParseAsync(english, url)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);

        foreach (var (typed, kg) in new[] { ("2,5", 2.5m), ("2.25 kg", 2.25m), ("2000", 2000m) })
        {
            var title = Unique("Kommode");
            using var saved = await client.SubmitAsync(url, Form(("Form.Title", title), ("Form.Price", "100"), ("Form.Weight", typed)));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(kg, await factory.WithDbAsync(db => db.Items.Where(i => i.Title == title).Select(i => i.WeightKg).SingleAsync()));
        }
        var unweighed = Unique("Lampe");
        using var none = await client.SubmitAsync(url, Form(("Form.Title", unweighed), ("Form.Price", "100")));
        Assert.Null(await factory.WithDbAsync(db => db.Items.Where(i => i.Title == unweighed).Select(i => i.WeightKg).SingleAsync()));
    }

    [Fact]
    public async Task The_spreadsheet_takes_weight_kg_or_vekt_kg_and_a_bad_weight_stops_the_import()
    {
        var (client, initiativeId, slug) = await factory.MemberAsync(6);
        var p = Prefix();
        var (_, english) = await client.UploadAsync(slug, Bytes($"external_id;title;weight_kg\n{p}1;Stol;3,5\n{p}2;Bord;\n", Utf8WithBom));
        Assert.Empty(Report(english));
        var (_, norwegian) = await client.UploadAsync(slug, Bytes($"id,tittel,vekt_kg\n{p}3,Sykkel,12.25\n", Utf8WithBom));
        Assert.Empty(Report(norwegian));
        var weights = await factory.WithDbAsync(db => db.Items.Where(i => i.InitiativeId == initiativeId && i.ExternalId!.StartsWith(p))
            .OrderBy(i => i.ExternalId).Select(i => i.WeightKg).ToListAsync());
        Assert.Equal([3.5m, null, 12.25m], weights);

        var before = await factory.WithDbAsync(db => db.Items.CountAsync(i => i.InitiativeId == initiativeId));
        var (_, bad) = await client.UploadAsync(slug, Bytes($"id;tittel;vekt_kg\n{p}4;Skap;40\n{p}5;Hylle;mye\n{p}6;Benk;0\n", Utf8WithBom));
        Assert.Equal([("3", "vekt_kg"), ("4", "vekt_kg")], Report(bad).Select(r => (r.Row, r.Column)).ToList());
        Assert.Contains("gyldig vekt", Report(bad)[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Items.CountAsync(i => i.InitiativeId == initiativeId)));

        // The export writes the column back, and the file imports unchanged.
        using var export = await client.GetAsync($"/portal/{slug}/varer/eksport");
        var text = System.Text.Encoding.UTF8.GetString((await export.Content.ReadAsByteArrayAsync())[3..]);
        Assert.StartsWith("external_id;title;description;category;condition;price_nok;quantity;size;brand;weight_kg\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"{p}3;Sykkel;;other;gently-used;0;1;;;12.25\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_item_api_gives_the_weight()
    {
        var (_, initiativeId, _) = await factory.MemberAsync(7);
        var id = await Omigjen.Web.Tests.Features.Reservations.ReservationTestData.ItemAsync(factory, initiativeId);
        using var client = factory.CreateClient();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("weightKg").ValueKind);
        await factory.WithDbAsync(db => db.Items.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.WeightKg, 7.125m)));
        Assert.Equal(7.125m, (await client.GetJsonAsync($"/api/v1/items/{id}")).GetProperty("weightKg").GetDecimal());
    }
}

public sealed class ImpactWeightTestsOnSqlite(SqliteAppFactory f) : ImpactWeightTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ImpactWeightTestsOnPostgres(PostgresAppFactory f) : ImpactWeightTests(f), IClassFixture<PostgresAppFactory>;
