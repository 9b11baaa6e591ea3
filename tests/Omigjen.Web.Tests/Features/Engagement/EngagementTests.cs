using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Engagement;

/// <summary>Usage counting, the statistics page, the "is this still correct?" reminders, the legal pages and framing headers.</summary>
public abstract class EngagementTests(AppFactory factory)
{
    private UsageCounter Counter => factory.Services.GetRequiredService<UsageCounter>();
    private DateOnly Today => factory.Services.GetRequiredService<MunicipalClock>().Today;
    private DateOnly ThisWeek => UsageCounter.WeekStartOf(Today);

    /// <summary>A demo entry of its own per test (by position), so tests in the class do not share counts or members.</summary>
    private Task<(int Id, string Slug, string Name)> EntryAsync(int index) => factory.WithDbAsync(async db =>
    {
        var e = await db.Initiatives.AsNoTracking().Where(i => i.Moderation == ModerationState.Approved).OrderBy(i => i.Id).Skip(index)
            .Select(i => new { i.Id, i.Slug, i.Name }).FirstAsync();
        return (e.Id, e.Slug, e.Name);
    });

    private Task<int> CountAsync(int id, DateOnly week, UsageKind kind) => factory.WithDbAsync(db =>
        db.UsageCounts.Where(u => u.InitiativeId == id && u.WeekStart == week && u.Kind == kind).Select(u => u.Count).SingleOrDefaultAsync());

    private static StringContent Beacon(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Page_views_are_counted_per_week_without_cookies_and_bots_and_HEAD_are_not()
    {
        var (id, slug, _) = await EntryAsync(0);
        await Counter.FlushAsync();
        var before = await CountAsync(id, ThisWeek, UsageKind.PageView);

        var client = factory.NoRedirectClient();
        for (var n = 0; n < 3; n++)
        {
            using var page = await client.GetAsync($"/initiativ/{slug}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.False(page.Headers.Contains("Set-Cookie"), "An anonymous visitor to a details page must get no cookie");
        }
        using (var bot = new HttpRequestMessage(HttpMethod.Get, $"/initiativ/{slug}"))
        {
            bot.Headers.UserAgent.ParseAdd("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)");
            using var botPage = await client.SendAsync(bot);
            Assert.Equal(HttpStatusCode.OK, botPage.StatusCode);
        }
        using (var head = new HttpRequestMessage(HttpMethod.Head, $"/initiativ/{slug}"))
        using (await client.SendAsync(head)) { }
        using (var missing = await client.GetAsync("/initiativ/finnes-ikke-" + Guid.NewGuid().ToString("N")))
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        await Counter.FlushAsync();
        Assert.Equal(before + 3, await CountAsync(id, ThisWeek, UsageKind.PageView));
        Assert.Equal(0, Counter.PendingCount);
    }

    [Fact]
    public async Task The_usage_api_counts_map_opens_and_directions_and_refuses_bad_input_in_both_languages()
    {
        var (id, slug, _) = await EntryAsync(1);
        await Counter.FlushAsync();
        var mapBefore = await CountAsync(id, ThisWeek, UsageKind.MapOpen);
        var dirBefore = await CountAsync(id, ThisWeek, UsageKind.Directions);
        var client = factory.NoRedirectClient();

        using (var r = await client.PostAsync("/api/v1/usage", Beacon($$"""{"slug":"{{slug}}","kind":"map-open"}""")))
        {
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
            Assert.False(r.Headers.Contains("Set-Cookie"));
        }
        for (var n = 0; n < 2; n++)
        {
            using var r = await client.PostAsync("/api/v1/usage", Beacon($$"""{"slug":"{{slug}}","kind":"directions"}"""));
            Assert.Equal(HttpStatusCode.NoContent, r.StatusCode);
        }

        using (var badKind = await client.PostAsync("/api/v1/usage", Beacon($$"""{"slug":"{{slug}}","kind":"page-view"}""")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badKind.StatusCode);
            Assert.Equal("application/problem+json", badKind.Content.Headers.ContentType?.MediaType);
            var body = await badKind.Content.ReadAsStringAsync();
            Assert.Contains("map-open eller directions", body, StringComparison.Ordinal);
            Assert.Contains("must be map-open or directions", body, StringComparison.Ordinal);
        }
        using (var badSlug = await client.PostAsync("/api/v1/usage", Beacon("""{"slug":"finnes-ikke","kind":"map-open"}""")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badSlug.StatusCode);
            var body = await badSlug.Content.ReadAsStringAsync();
            Assert.Contains("finnes ikke i katalogen", body, StringComparison.Ordinal);
            Assert.Contains("is not in the directory", body, StringComparison.Ordinal);
        }
        using (var notJson = await client.PostAsync("/api/v1/usage", Beacon("ikke json")))
            Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);

        await Counter.FlushAsync();
        Assert.Equal(mapBefore + 1, await CountAsync(id, ThisWeek, UsageKind.MapOpen));
        Assert.Equal(dirBefore + 2, await CountAsync(id, ThisWeek, UsageKind.Directions));
    }

    [Fact]
    public async Task Flushing_adds_to_an_existing_row()
    {
        var (id, slug, _) = await EntryAsync(2);
        var lastWeek = ThisWeek.AddDays(-7);
        await factory.WithDbAsync(async db =>
        {
            db.UsageCounts.Add(new UsageCount { InitiativeId = id, WeekStart = ThisWeek, Kind = UsageKind.Directions, Count = 40 });
            return await db.SaveChangesAsync();
        });
        Counter.Record(slug, UsageKind.Directions);
        Counter.Record(slug, UsageKind.Directions);
        await Counter.FlushAsync();
        Assert.Equal(42, await CountAsync(id, ThisWeek, UsageKind.Directions));
        Assert.Equal(0, await CountAsync(id, lastWeek, UsageKind.Directions));
    }

    [Fact]
    public async Task Two_nodes_flushing_the_same_new_rows_at_once_lose_no_counts()
    {
        // Two counters stand for two app nodes writing to one database: both find no row and try to create it.
        var entries = new List<(int Id, string Slug, string Name)>();
        for (var i = 0; i < 6; i++) entries.Add(await EntryAsync(i));
        var week = ThisWeek.AddDays(-7 * 30); // a week no other test writes to
        var nodes = Enumerable.Range(0, 2).Select(_ => new UsageCounter(
            factory.Services.GetRequiredService<IServiceScopeFactory>(), FixedWeekClock(week, factory.Services),
            factory.Services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<UsageCounter>>())).ToList();
        var kinds = new[] { UsageKind.PageView, UsageKind.MapOpen, UsageKind.Directions };
        for (var node = 0; node < nodes.Count; node++)
            foreach (var (_, slug, _) in entries)
                foreach (var kind in kinds)
                    for (var n = 0; n <= node; n++) nodes[node].Record(slug, kind);

        await Task.WhenAll(nodes.Select(c => c.FlushAsync()));

        foreach (var node in nodes)
        {
            Assert.Equal(0, node.PendingCount);
            node.Dispose();
        }
        foreach (var (id, _, _) in entries)
            foreach (var kind in kinds)
                Assert.Equal(1 + 2, await CountAsync(id, week, kind));
    }

    /// <summary>The municipal clock at a fixed day, so a counter writes to a week of the test's choosing.</summary>
    private static MunicipalClock FixedWeekClock(DateOnly day, IServiceProvider services) =>
        new(new FixedTime(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)),
            services.GetRequiredService<IOptions<MunicipalityOptions>>());

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public async Task The_statistics_page_shows_a_members_weekly_numbers_and_refuses_others()
    {
        var (id, slug, _) = await EntryAsync(3);
        var member = $"stat-{Guid.NewGuid():N}@eksempel.no";
        var outsider = $"utenfor-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(member);
        await factory.CreateAsync(outsider);
        var twoWeeksAgo = ThisWeek.AddDays(-14);
        await factory.WithDbAsync(async db =>
        {
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            db.UsageCounts.AddRange(
                new UsageCount { InitiativeId = id, WeekStart = twoWeeksAgo, Kind = UsageKind.PageView, Count = 987 },
                new UsageCount { InitiativeId = id, WeekStart = twoWeeksAgo, Kind = UsageKind.MapOpen, Count = 654 },
                new UsageCount { InitiativeId = id, WeekStart = twoWeeksAgo, Kind = UsageKind.Directions, Count = 321 },
                // Older than 12 weeks: not shown, not in the totals.
                new UsageCount { InitiativeId = id, WeekStart = ThisWeek.AddDays(-7 * 20), Kind = UsageKind.PageView, Count = 555 });
            return await db.SaveChangesAsync();
        });

        var client = await factory.SignedInClientAsync(member);
        using var response = await client.GetAsync($"/portal/{slug}/statistikk");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, $"/portal/{slug}/statistikk");
        var rows = doc.QuerySelectorAll("table.usage-table tbody tr");
        Assert.Equal(StatisticsModel.Weeks, rows.Length);
        var week = ISOWeek.GetWeekOfYear(twoWeeksAgo.ToDateTime(TimeOnly.MinValue));
        var row = rows.Single(r => r.QuerySelector("th")!.TextContent.Contains($"Uke {week.ToString(CultureInfo.InvariantCulture)} ", StringComparison.Ordinal));
        Assert.Equal("987|654|321", string.Join('|', row.QuerySelectorAll("td").Select(td => td.TextContent.Trim())));
        var totals = doc.QuerySelectorAll("table.usage-table tfoot td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal("987", totals[0]);
        Assert.DoesNotContain("555", doc.QuerySelector("table.usage-table")!.TextContent, StringComparison.Ordinal);
        var chart = doc.QuerySelector("svg.usage-chart")!;
        Assert.Equal("true", chart.GetAttribute("aria-hidden"));
        Assert.Equal(StatisticsModel.Weeks * 3, chart.QuerySelectorAll("rect").Length);
        Assert.Contains(chart.QuerySelectorAll("text"), t => t.TextContent.Trim() == week.ToString(CultureInfo.InvariantCulture));
        Assert.NotNull(chart.QuerySelector("title"));
        Assert.Contains("informasjonskapsler", doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        var other = await factory.SignedInClientAsync(outsider);
        using var refused = await other.GetAsync($"/portal/{slug}/statistikk");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/konto/ingen-tilgang", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        using var anonymous = await factory.NoRedirectClient().GetAsync($"/portal/{slug}/statistikk");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/konto/logg-inn", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    /// <summary>An entry last confirmed long ago, with one owner; returns the owner's address.</summary>
    private async Task<string> StaleEntryWithOwnerAsync(int id)
    {
        var email = $"eier-{Guid.NewGuid():N}@eksempel.no";
        var owner = await factory.CreateAsync(email);
        await factory.WithDbAsync(async db =>
        {
            await db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(s => s
                .SetProperty(i => i.LastConfirmed, new DateOnly(2025, 1, 15)).SetProperty(i => i.LastReminderAt, (DateTime?)null));
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = id, UserId = owner.Id, Role = MemberRole.Owner, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        return email;
    }

    [Fact]
    public async Task An_owner_of_a_stale_entry_gets_one_reminder_and_confirming_shows_on_the_public_page()
    {
        var (id, slug, name) = await EntryAsync(4);
        var email = await StaleEntryWithOwnerAsync(id);
        var reminders = factory.Services.GetRequiredService<StaleEntryReminders>();
        try
        {
            Assert.True(await reminders.RunOnceAsync() >= 1);
            Assert.Equal(0, await reminders.RunOnceAsync()); // within 30 days: nothing again
            var mail = await factory.Mail.LatestToAsync(email);
            Assert.Single(factory.Mail.To(email));
            Assert.Contains($"Er informasjonen om {name} fortsatt riktig?", mail.Subject, StringComparison.Ordinal);
            Assert.Contains("Is the information", mail.TextBody, StringComparison.Ordinal);
            Assert.Contains($"https://localhost/portal/{slug}\n", mail.TextBody, StringComparison.Ordinal);
            var confirmLink = SmtpTestServer.LinkIn(mail, "/portal/bekreft");
            Assert.Contains("?t=", confirmLink, StringComparison.Ordinal);
            var state = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => new { i.LastReminderAt, i.LastConfirmed }).SingleAsync());
            Assert.NotNull(state.LastReminderAt);
            Assert.Contains("reminder-sent", await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.InitiativeId == id).Select(a => a.Kind).ToListAsync()));

            // Opening the link (as a mail scanner would) changes nothing.
            var client = factory.NoRedirectClient();
            using (var page = await client.GetAsync(confirmLink))
            {
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                var doc = await Forms.ParseAsync(page, confirmLink);
                Assert.Contains(name, doc.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
                Assert.Single(doc.QuerySelectorAll("main form[method=post] button"));
            }
            Assert.Equal(new DateOnly(2025, 1, 15), await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.LastConfirmed).SingleAsync()));

            // The owner reads the mail an hour later and presses the button.
            factory.Clock.Now = TestClock.Default.AddHours(1);
            using (var confirmed = await client.SubmitAsync(confirmLink))
            {
                Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
                var doc = await Forms.ParseAsync(confirmed, confirmLink);
                Assert.Contains("Takk", doc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
                Assert.NotNull(doc.QuerySelector($"main a[href='/portal/{slug}']"));
            }
            Assert.Equal(Today, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.LastConfirmed).SingleAsync()));
            Assert.Contains("entry-confirmed", await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.InitiativeId == id).Select(a => a.Kind).ToListAsync()));

            using var publicPage = await client.GetAsync($"/initiativ/{slug}");
            var shown = (await Forms.ParseAsync(publicPage, $"/initiativ/{slug}")).QuerySelector(".confirmed")!.TextContent;
            Assert.Contains($"Sist bekreftet {Today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}", shown, StringComparison.Ordinal);

            // Confirmed now: no reminder even after 30 days.
            factory.Clock.Now = TestClock.Default.AddDays(31);
            Assert.DoesNotContain(id, await DueIdsAfterRunAsync(reminders));
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    private async Task<List<int>> DueIdsAfterRunAsync(StaleEntryReminders reminders)
    {
        var before = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Kind == "reminder-sent").Select(a => a.Id).ToListAsync());
        await reminders.RunOnceAsync();
        return await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Kind == "reminder-sent" && !before.Contains(a.Id) && a.InitiativeId != null)
            .Select(a => a.InitiativeId!.Value).ToListAsync());
    }

    [Fact]
    public async Task A_reminder_is_sent_again_after_30_days_when_still_unconfirmed()
    {
        var (id, _, _) = await EntryAsync(5);
        var email = await StaleEntryWithOwnerAsync(id);
        var reminders = factory.Services.GetRequiredService<StaleEntryReminders>();
        try
        {
            await reminders.RunOnceAsync();
            await factory.Mail.LatestToAsync(email);
            factory.Clock.Now = TestClock.Default.AddDays(29);
            await reminders.RunOnceAsync();
            Assert.Single(factory.Mail.To(email));
            factory.Clock.Now = TestClock.Default.AddDays(31);
            await reminders.RunOnceAsync();
            await factory.Mail.LatestToAsync(email, atLeast: 2);
            Assert.Equal(2, factory.Mail.To(email).Count);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Fact]
    public async Task Expired_and_tampered_confirm_tokens_are_refused_with_400()
    {
        var (id, slug, _) = await EntryAsync(6);
        await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.LastConfirmed, new DateOnly(2024, 5, 1))));
        var tokens = factory.Services.GetRequiredService<EntryConfirmTokens>();
        var token = tokens.Create(id, slug);
        var url = $"/portal/bekreft?t={Uri.EscapeDataString(token)}";
        var client = factory.NoRedirectClient();
        try
        {
            using var valid = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, valid.StatusCode);
            var form = (AngleSharp.Html.Dom.IHtmlFormElement)(await Forms.ParseAsync(valid, url)).QuerySelector("main form[method=post]")!;

            var middle = token.Length / 2;
            var tampered = token[..middle] + (token[middle] == 'A' ? 'B' : 'A') + token[(middle + 1)..];
            using (var bad = await client.GetAsync($"/portal/bekreft?t={Uri.EscapeDataString(tampered)}"))
            {
                Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
                Assert.Contains("ugyldig eller utløpt", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            using (var none = await client.GetAsync("/portal/bekreft"))
                Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

            factory.Clock.Now = TestClock.Default.AddDays(31);
            using (var expired = await client.GetAsync(url))
                Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
            using (var post = await client.PostFormAsync(form, new Dictionary<string, string>(), url))
            {
                // Refused by the page (not by the antiforgery check): it explains why.
                Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
                Assert.Contains("ugyldig eller utløpt", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
            Assert.Equal(new DateOnly(2024, 5, 1), await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == id).Select(i => i.LastConfirmed).SingleAsync()));
            using (await client.GetAsync(url + "&lang=en")) { } // chooses English for the next pages
            using (var english = await client.GetAsync(url))
            {
                Assert.Equal(HttpStatusCode.BadRequest, english.StatusCode);
                Assert.Contains("invalid or has expired", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    [Theory]
    [InlineData("/personvern", "Personvernerklæring", "Privacy statement")]
    [InlineData("/tilgjengelighet", "Tilgjengelighetserklæring", "Accessibility statement")]
    public async Task The_privacy_and_accessibility_statements_answer_in_both_languages_with_the_contact_address(string path, string nb, string en)
    {
        var contact = factory.Services.GetRequiredService<IOptions<MunicipalityOptions>>().Value.ContactEmail;
        var client = factory.CreateClient();
        await AssertPageAsync(path, nb, "nb");
        // ?lang=en chooses English; the page is then shown in English (the choice is kept in the language cookie).
        using (var choose = await client.GetAsync(path + "?lang=en"))
            Assert.Equal(HttpStatusCode.OK, choose.StatusCode);
        await AssertPageAsync(path, en, "en");

        async Task AssertPageAsync(string url, string heading, string lang)
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await Forms.ParseAsync(response, url);
            Assert.Equal(lang, doc.DocumentElement.GetAttribute("lang"));
            Assert.Equal(heading, doc.QuerySelector("main h1")!.TextContent.Trim());
            Assert.NotNull(doc.QuerySelector($"main a[href='mailto:{contact}']"));
        }
    }

    [Fact]
    public async Task The_privacy_statement_names_the_cookies_and_the_complaint_bodies()
    {
        var privacy = await factory.CreateClient().GetStringAsync("/personvern");
        foreach (var cookie in new[] { "omigjen-auth", "omigjen-af", "omigjen-lang" })
            Assert.Contains(cookie, privacy, StringComparison.Ordinal);
        Assert.Contains("datatilsynet.no", privacy, StringComparison.Ordinal);
        Assert.Contains("/konto?handler=data", privacy, StringComparison.Ordinal);
        var accessibility = await factory.CreateClient().GetStringAsync("/tilgjengelighet");
        Assert.Contains("uutilsynet.no", accessibility, StringComparison.Ordinal);
        Assert.Contains("WCAG 2.1", accessibility, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_may_not_be_framed()
    {
        using var response = await factory.CreateClient().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("frame-ancestors 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));

        // There is no embed page yet, so the middleware is run on its own for a path under /embed.
        var app = new ApplicationBuilder(factory.Services);
        app.UseSecurityHeaders();
        app.Run(_ => Task.CompletedTask);
        var pipeline = app.Build();
        foreach (var (path, ancestors, frameOptions) in new[] { ("/embed/kart", "frame-ancestors *", (string?)null), ("/initiativ/x", "frame-ancestors 'none'", "DENY") })
        {
            var context = new DefaultHttpContext();
            context.Request.Path = path;
            await pipeline(context);
            Assert.EndsWith(ancestors, context.Response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
            Assert.Equal(frameOptions, context.Response.Headers.XFrameOptions.FirstOrDefault());
        }
    }
}

public sealed class EngagementTestsOnSqlite(SqliteAppFactory f) : EngagementTests(f), IClassFixture<SqliteAppFactory>;

public sealed class EngagementTestsOnPostgres(PostgresAppFactory f) : EngagementTests(f), IClassFixture<PostgresAppFactory>;
