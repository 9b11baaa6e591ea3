using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Intake;

/// <summary>Registering goods on the station screen: the plain form, the API the script uses, refusals, undo and access.</summary>
public abstract class StationScreenTests(AppFactory factory)
{
    private Task<List<IntakeLot>> LotsAsync(int stationId) =>
        factory.WithDbAsync(db => db.IntakeLots.AsNoTracking().Where(l => l.StationId == stationId).OrderBy(l => l.Id).ToListAsync());

    [Fact]
    public async Task A_sofa_registered_with_the_plain_form_is_stored_with_an_estimated_weight_and_confirmed()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, userId, _) = await factory.StaffAsync(stationId);
        using var response = await client.SubmitAsync($"/stasjon/{slug}", IntakeTestData.Lot("store-mobler"), "#station-form");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var back = response.Headers.Location!.OriginalString;
        var doc = await client.GetDocumentAsync(back);
        Assert.Contains("Registrert: 1 × Store møbler, cirka 40 kg.", doc.QuerySelector("#station-status")!.TextContent, StringComparison.Ordinal);
        var lot = Assert.Single(await LotsAsync(stationId));
        Assert.Equal(IntakeCategory.LargeFurniture, lot.Category);
        Assert.Equal(40m, lot.WeightKg);
        Assert.Equal(WeightSource.Estimated, lot.WeightSource);
        Assert.Equal(LotState.Registered, lot.State);
        Assert.Equal(userId, lot.RegisteredById);
        Assert.Equal(DateTimeKind.Utc, lot.RegisteredAt.Kind);
        Assert.Equal(factory.Clock.Now.UtcDateTime, lot.RegisteredAt);
        Assert.Equal(Omigjen.Web.Features.Initiatives.GoodsCategory.Furniture, IntakeCategories.GoodsOf(lot.Category));
        // The undo button names the lot.
        Assert.Contains("Store møbler", doc.QuerySelector("#undo-form")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_bilingual_field_errors_and_nothing_is_stored()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, _, _) = await factory.StaffAsync(stationId);
        using (var noCategory = await client.SubmitAsync($"/stasjon/{slug}", IntakeTestData.Lot("", count: "0", kg: "2001"), "#station-form"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noCategory.StatusCode);
            var doc = await Forms.ParseAsync(noCategory, $"/stasjon/{slug}");
            var summary = doc.QuerySelector("#feil")!.TextContent;
            Assert.Contains("Hva er det? Trykk på en av tingene.", summary, StringComparison.Ordinal);
            Assert.Contains("Antall: skriv et tall fra 1 til 500.", summary, StringComparison.Ordinal);
            Assert.Contains("høyst 2000 kg", summary, StringComparison.Ordinal);
        }

        var token = await client.TokenAsync(slug);
        foreach (var (fields, field, en) in new[]
                 {
                     (IntakeTestData.Lot("klaer", count: "-3"), "lot-count", "Count: enter a number from 1 to 500."),
                     (IntakeTestData.Lot("klaer", count: "abc"), "lot-count", "Count: enter a number from 1 to 500."),
                     (IntakeTestData.Lot("klaer", kg: "0"), "lot-kg", "more than 0 and at most 2000 kg"),
                     (IntakeTestData.Lot("klaer", kg: "-5"), "lot-kg", "more than 0 and at most 2000 kg"),
                     (IntakeTestData.Lot("klaer", kg: "2000,5"), "lot-kg", "more than 0 and at most 2000 kg"),
                     (IntakeTestData.Lot("ukjent"), "lot-category", "What is it? Tap one of the kinds."),
                     (IntakeTestData.Lot("hvitevarer", count: "50"), "lot-kg", "the estimate is over 2000 kg"),
                     (IntakeTestData.Lot("klaer", key: "ikke-en-guid"), "lot-category", "The registration has no key."),
                 })
        {
            using var r = await client.PostLotAsync(slug, token, fields);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            using var problem = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
            var errors = problem.RootElement.GetProperty("errors").EnumerateArray().ToList();
            Assert.Contains(errors, e => e.GetProperty("parameter").GetString() == field && e.GetProperty("messageEn").GetString()!.Contains(en, StringComparison.Ordinal)
                                          && e.GetProperty("messageNb").GetString()!.Length > 0);
        }

        // A photo must be an image by its content, whatever it is called.
        using (var notAnImage = await client.PostLotAsync(slug, token, IntakeTestData.Lot("klaer"), "%PDF-1.4 ikke et bilde"u8.ToArray()))
        {
            Assert.Equal(HttpStatusCode.BadRequest, notAnImage.StatusCode);
            Assert.Contains("Photo: the file is not an image", await notAnImage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Empty(await LotsAsync(stationId));
    }

    [Fact]
    public async Task A_photo_is_stored_with_the_lot()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, _, _) = await factory.StaffAsync(stationId);
        using var bitmap = Items.PhotoTestImages.TwoColours(800, 600);
        var jpeg = Items.PhotoTestImages.Encode(bitmap, SkiaSharp.SKEncodedImageFormat.Jpeg);
        using var r = await client.PostLotAsync(slug, await client.TokenAsync(slug), IntakeTestData.Lot("sma-mobler", kg: "7,5"), jpeg);
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        var lot = Assert.Single(await LotsAsync(stationId));
        Assert.Equal(7.5m, lot.WeightKg);
        Assert.Equal(WeightSource.Weighed, lot.WeightSource);
        var photo = await factory.WithDbAsync(db => db.IntakeLotPhotos.SingleAsync(p => p.LotId == lot.Id));
        Assert.True(photo.Width > 0 && photo.Key.Length > 0);
    }

    [Fact]
    public async Task The_same_key_sent_three_times_stores_one_lot_and_answers_the_same_each_time()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, _, _) = await factory.StaffAsync(stationId);
        var token = await client.TokenAsync(slug);
        var fields = IntakeTestData.Lot("klaer", count: "3");
        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var r = await client.PostLotAsync(slug, token, fields);
            Assert.Equal(HttpStatusCode.Created, r.StatusCode);
            answers.Add(await r.Content.ReadAsStringAsync());
        }
        Assert.Single(answers.Distinct());
        var lot = Assert.Single(await LotsAsync(stationId));
        Assert.Equal(3, lot.Count);
        Assert.Equal(24m, lot.WeightKg);

        // The same key with other goods is refused, and stores nothing.
        using var other = await client.PostLotAsync(slug, token, fields.Where(f => f.Key != "Form.Count").Append(new("Form.Count", "4")).ToDictionary());
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.Single(await LotsAsync(stationId));
    }

    [Fact]
    public async Task The_same_key_sent_in_parallel_stores_one_lot()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, _, _) = await factory.StaffAsync(stationId);
        var token = await client.TokenAsync(slug);
        var fields = IntakeTestData.Lot("barn", count: "2");
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.PostLotAsync(slug, token, fields)));
        var bodies = new List<string>();
        foreach (var r in responses)
        {
            using (r)
            {
                Assert.Equal(HttpStatusCode.Created, r.StatusCode);
                bodies.Add(await r.Content.ReadAsStringAsync());
            }
        }
        Assert.Single(bodies.Distinct());
        Assert.Single(await LotsAsync(stationId));
    }

    [Fact]
    public async Task A_child_car_seat_is_registered_as_refused_and_the_reason_is_shown()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (client, _, _) = await factory.StaffAsync(stationId);
        using var response = await client.SubmitAsync($"/stasjon/{slug}", IntakeTestData.Lot("", safety: "bilsete"), "#station-form");
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var doc = await client.GetDocumentAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Vi vet ikke om setet har vært i en ulykke.", doc.QuerySelector("#station-alert")!.TextContent, StringComparison.Ordinal);
        var lot = Assert.Single(await LotsAsync(stationId));
        Assert.Equal(LotState.RefusedForSafety, lot.State);
        Assert.Equal(SafetyKind.ChildCarSeat, lot.Safety);
        Assert.Equal(IntakeCategory.ChildrenToys, lot.Category);

        // The API gives the reason too.
        var token = await client.TokenAsync(slug);
        using var helmet = await client.PostLotAsync(slug, token, IntakeTestData.Lot("sport", safety: "hjelm"));
        Assert.Equal(HttpStatusCode.Created, helmet.StatusCode);
        using var body = JsonDocument.Parse(await helmet.Content.ReadAsStringAsync());
        Assert.Equal("RefusedForSafety", body.RootElement.GetProperty("state").GetString());
        Assert.Contains("hjelm", body.RootElement.GetProperty("reason").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_person_who_registered_can_undo_and_only_the_last_and_only_in_time()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (ann, _, _) = await factory.StaffAsync(stationId);
        var (bob, _, _) = await factory.StaffAsync(stationId);
        var token = await ann.TokenAsync(slug);
        var first = await RegisterAsync(ann, slug, token, "boker");
        var second = await RegisterAsync(ann, slug, token, "kjokken");

        // Someone else cannot undo it.
        using (var other = await bob.SubmitAsync($"/stasjon/{slug}", new Dictionary<string, string> { ["LotId"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#undo-form"))
        {
            Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
            Assert.Contains("Du kan bare angre det du selv har registrert.", (await Forms.ParseAsync(other, "/")).QuerySelector("#station-alert")!.TextContent, StringComparison.Ordinal);
        }
        // Not the one before the last.
        using (var older = await ann.SubmitAsync($"/stasjon/{slug}", new Dictionary<string, string> { ["LotId"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#undo-form"))
            Assert.Equal(HttpStatusCode.Conflict, older.StatusCode);
        // The last one, by its maker, at once: undone, and it no longer counts.
        using (var undo = await ann.SubmitAsync($"/stasjon/{slug}", null, "#undo-form"))
            Assert.Equal(HttpStatusCode.Found, undo.StatusCode);
        var lots = await LotsAsync(stationId);
        Assert.NotNull(lots.Single(l => l.Id == second).UndoneAt);
        Assert.Null(lots.Single(l => l.Id == first).UndoneAt);
        // Twice is refused.
        using (var again = await ann.SubmitAsync($"/stasjon/{slug}", new Dictionary<string, string> { ["LotId"] = second.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "#undo-form"))
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        // Too late: three minutes after the registration.
        var third = await RegisterAsync(ann, slug, token, "verktoy");
        var page = await ann.GetDocumentAsync($"/stasjon/{slug}");
        factory.Clock.Now += TimeSpan.FromMinutes(3);
        try
        {
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#undo-form")!;
            using var late = await ann.PostFormAsync(form, new Dictionary<string, string> { ["LotId"] = third.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"/stasjon/{slug}");
            Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
            Assert.Null((await LotsAsync(stationId)).Single(l => l.Id == third).UndoneAt);
        }
        finally
        {
            factory.Clock.Now -= TimeSpan.FromMinutes(3);
        }
    }

    [Fact]
    public async Task Only_the_stations_staff_and_administrators_may_use_the_screen_and_its_api()
    {
        var (stationId, slug) = await factory.StationAsync();
        var (otherId, _) = await factory.StationAsync();
        var (staff, _, _) = await factory.StaffAsync(stationId);
        var (elsewhere, _, _) = await factory.StaffAsync(otherId);
        var residentEmail = $"beboer-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(residentEmail);
        var resident = await factory.SignedInClientAsync(residentEmail);
        var adminEmail = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(adminEmail, admin: true);
        var admin = await factory.SignedInClientAsync(adminEmail);
        var token = await staff.TokenAsync(slug);

        foreach (var client in new[] { resident, elsewhere })
        {
            using var page = await client.GetAsync($"/stasjon/{slug}");
            Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
            Assert.Contains("/konto/ingen-tilgang", page.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var api = await client.PostLotAsync(slug, token, IntakeTestData.Lot("klaer"));
            Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        }
        using (var anonymous = await factory.NoRedirectClient().PostLotAsync(slug, token, IntakeTestData.Lot("klaer")))
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using (var adminPage = await admin.GetAsync($"/stasjon/{slug}"))
            Assert.Equal(HttpStatusCode.OK, adminPage.StatusCode);
        using (var staffWithoutToken = await staff.PostLotAsync(slug, "", IntakeTestData.Lot("klaer")))
            Assert.Equal(HttpStatusCode.BadRequest, staffWithoutToken.StatusCode);
        Assert.Empty(await LotsAsync(stationId));
    }

    private static async Task<long> RegisterAsync(HttpClient client, string slug, string token, string category)
    {
        using var r = await client.PostLotAsync(slug, token, IntakeTestData.Lot(category));
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        using var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("id").GetInt64();
    }
}

public sealed class StationScreenTestsOnSqlite(SqliteAppFactory f) : StationScreenTests(f), IClassFixture<SqliteAppFactory>;

public sealed class StationScreenTestsOnPostgres(PostgresAppFactory f) : StationScreenTests(f), IClassFixture<PostgresAppFactory>;
