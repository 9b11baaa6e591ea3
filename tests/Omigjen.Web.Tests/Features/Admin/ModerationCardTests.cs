using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Moderation;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Admin;

/// <summary>The officer's moderation card and what approving does: confirmation, reminders and the e-mail.</summary>
public abstract class ModerationCardTests(AppFactory factory)
{
    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    private static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private async Task<HttpClient> AdminAsync()
    {
        var email = NewEmail("admin");
        await factory.CreateAsync(email, admin: true);
        return await factory.SignedInClientAsync(email);
    }

    /// <summary>A new entry with a place and a description, and its pending registration request.</summary>
    private Task<(int InitiativeId, string Slug, int RequestId)> RegistrationAsync(string requesterId, bool approximate) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            var slug = $"kort-{Guid.NewGuid():N}";
            var initiative = new Initiative
            {
                Slug = slug, Name = $"Kortverksted {slug[5..13]}", Moderation = ModerationState.Pending, CreatedAt = now, UpdatedAt = now, Version = 1,
                ShortDescription = LocalizedText.Of("Vi reparerer sykler og selger brukte deler hver lørdag.", null),
                Locations = [new InitiativeLocation { Address = "Verkstedgata 7", PostalCode = "3440", City = "Røyken", Latitude = 59.74512, Longitude = 10.39876, PositionApproximate = approximate }],
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            var request = new ModerationRequest
            {
                Kind = ModerationKind.Registration, InitiativeId = initiative.Id, UserId = requesterId, Message = "Nytt sted.",
                State = ModerationState.Pending, CreatedAt = now,
            };
            db.ModerationRequests.Add(request);
            await db.SaveChangesAsync();
            return (initiative.Id, slug, request.Id);
        });

    private static string ApproveForm(int requestId) => $"li[data-request='{requestId}'] form[data-action=approve]";

    [Fact]
    public async Task An_approved_entry_is_confirmed_today_so_it_is_neither_stale_nor_reminded()
    {
        var requesterEmail = NewEmail("ny-aktor");
        var requester = await factory.CreateAsync(requesterEmail);
        var client = await AdminAsync();
        var (initiativeId, slug, requestId) = await RegistrationAsync(requester.Id, approximate: false);

        using var approve = await client.SubmitAsync("/admin", Form(("Message", "")), ApproveForm(requestId));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var confirmed = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == initiativeId).Select(i => i.LastConfirmed).SingleAsync());
        Assert.Equal(factory.Services.GetRequiredService<MunicipalClock>().Today, confirmed);

        // Every page of the stale list, so a later page cannot hide it.
        var slugs = new List<string>();
        string? url = "/admin/utdaterte";
        for (var pages = 0; url is not null && pages < 50; pages++)
        {
            var doc = await client.GetDocumentAsync(url);
            slugs.AddRange(doc.QuerySelectorAll("tr[data-slug]").Select(r => r.GetAttribute("data-slug")!));
            url = doc.QuerySelector("nav.list-pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.DoesNotContain(slug, slugs);

        await factory.Mail.LatestToAsync(requesterEmail); // the approval
        var before = factory.Mail.To(requesterEmail).Count;
        await factory.Services.GetRequiredService<StaleEntryReminders>().RunOnceAsync();
        Assert.Equal(before, factory.Mail.To(requesterEmail).Count);
        var reminded = await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Id == initiativeId).Select(i => i.LastReminderAt).SingleAsync());
        Assert.Null(reminded);
    }

    [Fact]
    public async Task The_approval_mail_in_html_has_one_paragraph_per_paragraph_and_no_raw_line_breaks()
    {
        var requesterEmail = NewEmail("epost-aktor");
        var requester = await factory.CreateAsync(requesterEmail);
        var client = await AdminAsync();
        var (_, _, requestId) = await RegistrationAsync(requester.Id, approximate: false);

        using var approve = await client.SubmitAsync("/admin", Form(("Message", "Velkommen på kartet!\nHilsen <kommunen>")), ApproveForm(requestId));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        var mail = await factory.Mail.LatestToAsync(requesterEmail);
        var html = mail.HtmlBody;
        Assert.NotNull(html);
        Assert.DoesNotContain("\\n", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#xA;", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<kommunen>", html, StringComparison.Ordinal);
        var doc = new HtmlParser().ParseDocument(html);
        var paragraphs = doc.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        Assert.DoesNotContain(paragraphs, p => p.Contains('\n', StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("er godkjent", StringComparison.Ordinal) && !p.Contains("Melding fra kommunen", StringComparison.Ordinal));
        var message = doc.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Melding fra kommunen", StringComparison.Ordinal));
        Assert.Equal("Melding fra kommunen: Velkommen på kartet!<br>Hilsen &lt;kommunen&gt;", message.InnerHtml);
        Assert.Contains(doc.QuerySelectorAll("[lang=en] p"), p => p.TextContent.StartsWith("Message from the municipality", StringComparison.Ordinal));
    }
}

public sealed class ModerationCardTestsOnSqlite(SqliteAppFactory f) : ModerationCardTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ModerationCardTestsOnPostgres(PostgresAppFactory f) : ModerationCardTests(f), IClassFixture<PostgresAppFactory>;
