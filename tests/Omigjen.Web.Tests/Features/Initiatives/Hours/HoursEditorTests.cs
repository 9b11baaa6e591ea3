using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Initiatives.Hours;

/// <summary>The opening-hours editor, the exceptions page and "Stengt i dag", through the real forms.</summary>
public abstract class HoursEditorTests(AppFactory factory)
{
    private static string HoursUrl(string slug) => $"/portal/{slug}/apningstider";
    private static string ExceptionsUrl(string slug) => $"/portal/{slug}/unntak";

    /// <summary>A signed-in editor of the initiative.</summary>
    private async Task<(HttpClient Client, string Email)> MemberAsync(string slug)
    {
        var email = $"timer-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.WithDbAsync(async db =>
        {
            var id = await db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Id).SingleAsync();
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return (await factory.SignedInClientAsync(email), email);
    }

    private Task<(string Hours, int Version, int Revisions, int Exceptions)> StoredAsync(string slug) =>
        factory.WithDbAsync(async db =>
        {
            var i = await db.Initiatives.AsNoTracking().Include(x => x.Exceptions).SingleAsync(x => x.Slug == slug);
            var revisions = await db.InitiativeRevisions.CountAsync(r => r.InitiativeId == i.Id && r.Number == i.Version && i.Version > 0);
            return (i.OpeningHours, i.Version, revisions, i.Exceptions.Count);
        });

    private static async Task<(IDocument Doc, IHtmlFormElement Form)> FormAsync(HttpClient client, string url, string selector)
    {
        using var page = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = await Forms.ParseAsync(page, url);
        return (doc, doc.QuerySelector(selector) as IHtmlFormElement ?? throw new Xunit.Sdk.XunitException($"No {selector} on {url}"));
    }

    /// <summary>Posts exactly <paramref name="fields"/> plus the form's antiforgery token and base version.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, IHtmlFormElement form, string url, IEnumerable<(string Key, string Value)> fields)
    {
        var all = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value),
            new("BaseVersion", form.QuerySelector<IHtmlInputElement>("input[name=BaseVersion]")!.Value),
        };
        all.AddRange(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));
        using var content = new FormUrlEncodedContent(all);
        var action = form.GetAttribute("action");
        return await client.PostAsync(string.IsNullOrEmpty(action) ? url : action, content);
    }

    /// <summary>The weekly form's fields: periods per day (0 = Monday) as "10:00-17:00"; days not named are closed.</summary>
    private static List<(string, string)> Week(bool closedOnHolidays, params (int Day, string Period)[] periods)
    {
        var fields = new List<(string, string)> { ("mode", "weekly") };
        if (closedOnHolidays) fields.Add(("ClosedOnPublicHolidays", "true"));
        foreach (var (day, period) in periods)
        {
            var ends = period.Split('-');
            fields.Add(($"Days[{day}].From", ends[0]));
            fields.Add(($"Days[{day}].To", ends[1]));
        }
        for (var d = 0; d < 7; d++)
            if (periods.All(p => p.Day != d)) fields.Add(($"Days[{d}].Closed", "true"));
        return fields;
    }

    private static string ErrorSummary(IDocument doc) => doc.QuerySelector("#feil")?.TextContent ?? "";

    [Fact]
    public async Task The_weekly_form_stores_the_OSM_value_and_a_revision()
    {
        const string slug = "omattatt-kreativt-verksted";
        var (client, _) = await MemberAsync(slug);
        var (_, form) = await FormAsync(client, HoursUrl(slug), "#hours-form");
        using var response = await PostAsync(client, form, HoursUrl(slug),
            Week(true, (0, "10:00-17:00"), (1, "10:00-17:00"), (2, "10:00-17:00"), (3, "10:00-17:00"), (4, "10:00-17:00"), (5, "10:00-15:00")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HoursUrl(slug) + "?lagret=1", response.Headers.Location?.OriginalString);
        var stored = await StoredAsync(slug);
        Assert.Equal("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", stored.Hours);
        Assert.Equal(1, stored.Revisions);

        // The page after saving: a success message, and the form shows the saved week.
        var (doc, _) = await FormAsync(client, HoursUrl(slug) + "?lagret=1", "#hours-form");
        Assert.Contains("lagret", doc.QuerySelector("main [role=status]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal("10:00", doc.QuerySelector<IHtmlInputElement>("#d0-p0-from")!.Value);
        Assert.Equal("15:00", doc.QuerySelector<IHtmlInputElement>("#d5-p0-to")!.Value);
        Assert.True(doc.QuerySelector<IHtmlInputElement>("#d6-closed")!.IsChecked);
        Assert.Equal("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", doc.QuerySelector<IHtmlTextAreaElement>("#raw")!.Value);
        // The preview of the next two weeks: Wednesday 2 December is today, open 10–17.
        var today = doc.QuerySelector("#hours-preview tr[aria-current=date]")!;
        Assert.Equal("2026-12-02", today.GetAttribute("data-date"));
        Assert.Equal("10.00–17.00", today.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(14, doc.QuerySelectorAll("#hours-preview tbody tr").Length);
    }

    [Fact]
    public async Task An_invalid_advanced_value_is_explained_and_nothing_is_stored()
    {
        const string slug = "bua-asker";
        var (client, _) = await MemberAsync(slug);
        var before = await StoredAsync(slug);
        var (_, form) = await FormAsync(client, HoursUrl(slug), "#hours-form");
        using var response = await PostAsync(client, form, HoursUrl(slug), [("mode", "advanced"), ("Raw", "Mo-Fr 10:00-17:00; Xy 10:00-15:00")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, HoursUrl(slug));
        var summary = ErrorSummary(doc);
        Assert.Contains("Avansert", summary, StringComparison.Ordinal);
        Assert.Contains("«Xy»", summary, StringComparison.Ordinal); // what is wrong, in the library's words
        Assert.Contains("Feilen står her: «Xy 10:00-15:»", summary, StringComparison.Ordinal); // and where
        Assert.Equal("true", doc.QuerySelector("#raw")!.GetAttribute("aria-invalid"));
        Assert.False(string.IsNullOrWhiteSpace(doc.QuerySelector("#raw-error")!.TextContent));
        Assert.Equal("Mo-Fr 10:00-17:00; Xy 10:00-15:00", doc.QuerySelector<IHtmlTextAreaElement>("#raw")!.Value);
        Assert.True(doc.QuerySelector<IHtmlInputElement>("#mode-advanced")!.IsChecked);
        Assert.Equal(before, await StoredAsync(slug));
    }

    [Fact]
    public async Task Overlapping_periods_are_refused_naming_the_day_and_periods()
    {
        const string slug = "bua-asker";
        var (client, _) = await MemberAsync(slug);
        var before = await StoredAsync(slug);
        var (_, form) = await FormAsync(client, HoursUrl(slug), "#hours-form");
        using var response = await PostAsync(client, form, HoursUrl(slug), Week(true, (1, "10:00-14:00"), (1, "13:00-17:00"), (3, "15:00-19:00")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, HoursUrl(slug));
        Assert.Contains("Tirsdag: periode 1 (10:00–14:00) og periode 2 (13:00–17:00) overlapper", ErrorSummary(doc), StringComparison.Ordinal);
        Assert.Contains("overlapper", doc.QuerySelector("#d1-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", doc.QuerySelector("#d1-p1-from")!.GetAttribute("aria-invalid"));
        // What was typed is still there.
        Assert.Equal("13:00", doc.QuerySelector<IHtmlInputElement>("#d1-p1-from")!.Value);
        Assert.Equal(before, await StoredAsync(slug));

        // An end before the start is refused too, naming the day and the period.
        using var backwards = await PostAsync(client, form, HoursUrl(slug), Week(true, (4, "17:00-10:00")));
        Assert.Contains("Fredag, periode 1", ErrorSummary(await Forms.ParseAsync(backwards, HoursUrl(slug))), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(slug));
    }

    [Fact]
    public async Task A_stale_save_gets_the_conflict_with_the_other_change_and_keeps_what_was_typed()
    {
        const string slug = "ombruksbutikk-saetre";
        var (first, firstEmail) = await MemberAsync(slug);
        var (second, _) = await MemberAsync(slug);
        var (_, firstForm) = await FormAsync(first, HoursUrl(slug), "#hours-form");
        var (_, secondForm) = await FormAsync(second, HoursUrl(slug), "#hours-form");

        using var saved = await PostAsync(first, firstForm, HoursUrl(slug), Week(true, (0, "08:00-16:00"), (1, "08:00-16:00")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var stale = await PostAsync(second, secondForm, HoursUrl(slug), Week(false, (5, "11:00-14:00")));
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var doc = await Forms.ParseAsync(stale, HoursUrl(slug));
        var conflict = doc.QuerySelector("#konflikt")?.TextContent ?? "";
        Assert.Contains("Noen andre lagret endringer mens du redigerte", conflict, StringComparison.Ordinal);
        Assert.Contains(firstEmail, conflict, StringComparison.Ordinal);
        Assert.Contains("Åpningstider", conflict, StringComparison.Ordinal);
        Assert.Contains("Mo,Tu 08:00-16:00; PH off", conflict, StringComparison.Ordinal);
        // Nothing of the second person's work is lost: the form still holds it.
        Assert.Equal("11:00", doc.QuerySelector<IHtmlInputElement>("#d5-p0-from")!.Value);
        Assert.Equal("14:00", doc.QuerySelector<IHtmlInputElement>("#d5-p0-to")!.Value);
        Assert.False(doc.QuerySelector<IHtmlInputElement>("#ph")!.IsChecked);
        Assert.Equal("Mo,Tu 08:00-16:00; PH off", (await StoredAsync(slug)).Hours);

        // After reading, saving again goes through: the form now carries the current version.
        var retryForm = (IHtmlFormElement)doc.QuerySelector("#hours-form")!;
        using var again = await PostAsync(second, retryForm, HoursUrl(slug), Week(false, (5, "11:00-14:00")));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Sa 11:00-14:00", (await StoredAsync(slug)).Hours);
    }

    [Fact]
    public async Task Closed_today_shows_at_once_in_the_api_open_now_and_the_public_page()
    {
        const string slug = "miljopatruljen-byggevareutsalg";
        var api = factory.CreateClient();
        Assert.Equal("open", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{slug}")).GetProperty("stateNow").GetString());
        Assert.Contains($"data-slug=\"{slug}\"", await api.GetStringAsync("/?open=now"), StringComparison.Ordinal);

        var (client, _) = await MemberAsync(slug);
        using var closed = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["Reason"] = "Sykdom" }, "#closed-today");
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal(ExceptionsUrl(slug) + "?melding=stengt", closed.Headers.Location?.OriginalString);

        var detail = await api.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{slug}");
        Assert.Equal("closed", detail.GetProperty("stateNow").GetString());
        Assert.DoesNotContain($"data-slug=\"{slug}\"", await api.GetStringAsync("/?open=now"), StringComparison.Ordinal);
        var stored = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).SelectMany(i => i.Exceptions).ToListAsync());
        var today = Assert.Single(stored);
        Assert.Equal((new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 2), "", "Sykdom"), (today.From, today.To, today.Hours, today.Reason));
        Assert.True((await StoredAsync(slug)).Revisions == 1);

        // The public page says why.
        var page = await api.GetStringAsync($"/initiativ/{slug}");
        Assert.Contains("Stengt i dag: Sykdom", page, StringComparison.Ordinal);

        // The exceptions page lists it and offers to open again; opening again restores "open now".
        var (doc, _) = await FormAsync(client, ExceptionsUrl(slug), "#reopen-today");
        Assert.Contains("Stengt i dag: Sykdom", doc.QuerySelector(".special-list")?.TextContent ?? "", StringComparison.Ordinal);
        using var reopened = await client.SubmitAsync(ExceptionsUrl(slug), null, "#reopen-today");
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal("open", (await api.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{slug}")).GetProperty("stateNow").GetString());
        Assert.Contains($"data-slug=\"{slug}\"", await api.GetStringAsync("/?open=now"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closed_today_from_the_overview_goes_back_there_and_an_outside_address_is_ignored()
    {
        const string slug = "hallenskog-ombrukslager";
        var (client, _) = await MemberAsync(slug);
        var (_, form) = await FormAsync(client, ExceptionsUrl(slug), "#closed-today");
        var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

        // As the overview page's form posts it: no version, a reason and where to go back to.
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string>
        { ["__RequestVerificationToken"] = token, ["Reason"] = "Vannlekkasje", ["returnUrl"] = $"/portal/{slug}?lagret=1" }))
        using (var back = await client.PostAsync(ExceptionsUrl(slug) + "?handler=closedtoday", content))
        {
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
            Assert.Equal($"/portal/{slug}?lagret=1", back.Headers.Location?.OriginalString);
        }
        using (var content = new FormUrlEncodedContent(new Dictionary<string, string>
        { ["__RequestVerificationToken"] = token, ["Reason"] = "Vannlekkasje igjen", ["returnUrl"] = "https://eksempel.no/portal/x" }))
        using (var outside = await client.PostAsync(ExceptionsUrl(slug) + "?handler=closedtoday", content))
        {
            Assert.Equal(HttpStatusCode.Redirect, outside.StatusCode);
            Assert.Equal(ExceptionsUrl(slug) + "?melding=stengt", outside.Headers.Location?.OriginalString);
        }
        // The second closing replaced the first: one exception for today, with the latest reason.
        var stored = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).SelectMany(i => i.Exceptions).ToListAsync());
        Assert.Equal("Vannlekkasje igjen", Assert.Single(stored).Reason);
    }

    [Fact]
    public async Task Exceptions_are_added_and_removed_and_one_in_the_past_is_refused()
    {
        const string slug = "modus-jorgensloekka";
        var (client, _) = await MemberAsync(slug);
        var before = await StoredAsync(slug);

        using var past = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-11-20", ["To"] = "2026-11-30", ["AddReason"] = "Ferie" }, "#add-exception");
        Assert.Equal(HttpStatusCode.OK, past.StatusCode);
        var doc = await Forms.ParseAsync(past, ExceptionsUrl(slug));
        Assert.Contains("Datoen er passert", ErrorSummary(doc), StringComparison.Ordinal);
        Assert.Equal("true", doc.QuerySelector("#ex-to")!.GetAttribute("aria-invalid"));
        Assert.Equal("Ferie", doc.QuerySelector<IHtmlInputElement>("#ex-reason")!.Value);
        Assert.Equal(before, await StoredAsync(slug));

        using var backwards = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-12-26", ["To"] = "2026-12-24" }, "#add-exception");
        Assert.Contains("kan ikke være før", ErrorSummary(await Forms.ParseAsync(backwards, ExceptionsUrl(slug))), StringComparison.Ordinal);
        using var tooLong = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-12-24", ["To"] = "2028-01-01" }, "#add-exception");
        Assert.Contains("366", ErrorSummary(await Forms.ParseAsync(tooLong, ExceptionsUrl(slug))), StringComparison.Ordinal);
        using var badTime = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-12-27", ["Kind"] = "open", ["OpenFrom"] = "15:00", ["OpenTo"] = "12:00" }, "#add-exception");
        Assert.Contains("Åpent til", ErrorSummary(await Forms.ParseAsync(badTime, ExceptionsUrl(slug))), StringComparison.Ordinal);
        Assert.Equal(before, await StoredAsync(slug));

        using var christmas = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-12-24", ["To"] = "2026-12-26", ["AddReason"] = "Jul" }, "#add-exception");
        Assert.Equal(HttpStatusCode.Redirect, christmas.StatusCode);
        using var sunday = await client.SubmitAsync(ExceptionsUrl(slug), new Dictionary<string, string> { ["From"] = "2026-12-27", ["Kind"] = "open", ["OpenFrom"] = "12:00", ["OpenTo"] = "15:00" }, "#add-exception");
        Assert.Equal(HttpStatusCode.Redirect, sunday.StatusCode);

        var (list, _) = await FormAsync(client, ExceptionsUrl(slug), "#add-exception");
        var items = list.QuerySelectorAll(".special-item > span").Select(s => s.TextContent.Trim()).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("Stengt 24.–26. desember: Jul", items[0]);
        Assert.Equal("Åpent 27. desember kl. 12.00–15.00", items[1]);
        var after = await StoredAsync(slug);
        Assert.Equal(2, after.Exceptions);
        Assert.Equal(before.Version + 2, after.Version);

        // Remove the first one with its "Fjern" button.
        var removeForm = (IHtmlFormElement)list.QuerySelector(".special-item form")!;
        using var removed = await client.PostFormAsync(removeForm, new Dictionary<string, string>(), ExceptionsUrl(slug));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var left = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).SelectMany(i => i.Exceptions).ToListAsync());
        Assert.Equal(new DateOnly(2026, 12, 27), Assert.Single(left).From);
    }

    [Fact]
    public async Task The_script_gets_the_value_and_the_errors_from_the_server()
    {
        const string slug = "bua-asker";
        var (client, _) = await MemberAsync(slug);
        var ok = await client.GetFromJsonAsync<JsonElement>(
            HoursUrl(slug) + "?handler=osm&Days[0].From=10:00&Days[0].To=17:00&Days[1].From=10:00&Days[1].To=17:00&ClosedOnPublicHolidays=true");
        Assert.Equal("Mo,Tu 10:00-17:00; PH off", ok.GetProperty("value").GetString());
        Assert.Equal(0, ok.GetProperty("errors").GetArrayLength());

        var bad = await client.GetFromJsonAsync<JsonElement>(
            HoursUrl(slug) + "?handler=osm&Days[0].Closed=true&Days[1].Closed=true&Days[2].From=10:00&Days[2].To=14:00&Days[2].From=12:00&Days[2].To=16:00");
        Assert.Equal(JsonValueKind.Null, bad.GetProperty("value").ValueKind);
        var error = Assert.Single(bad.GetProperty("errors").EnumerateArray().ToList());
        Assert.Equal(2, error.GetProperty("day").GetInt32());
        Assert.StartsWith("Onsdag: periode 1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_members_and_administrators_may_edit_hours()
    {
        const string slug = "bokskap";
        var anonymous = factory.NoRedirectClient();
        foreach (var url in new[] { HoursUrl(slug), ExceptionsUrl(slug) })
        {
            using var response = await anonymous.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/konto/logg-inn", response.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
        }

        var outsider = $"utenfor-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(outsider);
        var client = await factory.SignedInClientAsync(outsider);
        foreach (var url in new[] { HoursUrl(slug), ExceptionsUrl(slug), HoursUrl(slug) + "?handler=osm" })
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/konto/ingen-tilgang", response.Headers.Location?.PathAndQuery(), StringComparison.Ordinal);
        }

        var admin = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(admin, admin: true);
        var adminClient = await factory.SignedInClientAsync(admin);
        using var allowed = await adminClient.GetAsync(HoursUrl(slug));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        // 24/7 fits the weekly form: every day open the whole day.
        var doc = await Forms.ParseAsync(allowed, HoursUrl(slug));
        Assert.Equal("00:00", doc.QuerySelector<IHtmlInputElement>("#d0-p0-from")!.Value);
        Assert.Equal("Hele døgnet", doc.QuerySelector("#hours-preview tbody tr td")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_value_the_weekly_form_cannot_show_opens_the_advanced_field_with_an_explanation()
    {
        const string slug = "omigjen-ombrukssenter";
        var (client, _) = await MemberAsync(slug);
        var (doc, form) = await FormAsync(client, HoursUrl(slug), "#hours-form");
        using var saved = await PostAsync(client, form, HoursUrl(slug), [("mode", "advanced"), ("Raw", "Mo-Fr 10:00-17:00; Sa[1] 10:00-14:00")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Mo-Fr 10:00-17:00; Sa[1] 10:00-14:00", (await StoredAsync(slug)).Hours);

        (doc, _) = await FormAsync(client, HoursUrl(slug), "#hours-form");
        Assert.True(doc.QuerySelector("#advanced")!.HasAttribute("open"));
        Assert.True(doc.QuerySelector<IHtmlInputElement>("#mode-advanced")!.IsChecked);
        Assert.Contains("ukeskjemaet ikke kan vise", doc.QuerySelector("#advanced")!.TextContent, StringComparison.Ordinal);
        // Saturday 5 December 2026 is the first Saturday of the month.
        var saturday = doc.QuerySelector("#hours-preview tr[data-date='2026-12-05'] td")!.TextContent.Trim();
        Assert.Equal("10.00–14.00", saturday);
        Assert.Equal("Stengt", doc.QuerySelector("#hours-preview tr[data-date='2026-12-12'] td")!.TextContent.Trim());
    }
}

internal static class HoursUriExtensions
{
    public static string PathAndQuery(this Uri? uri) =>
        uri is null ? "" : uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}

public sealed class HoursEditorTestsOnSqlite(SqliteAppFactory f) : HoursEditorTests(f), IClassFixture<SqliteAppFactory>;

public sealed class HoursEditorTestsOnPostgres(PostgresAppFactory f) : HoursEditorTests(f), IClassFixture<PostgresAppFactory>;
