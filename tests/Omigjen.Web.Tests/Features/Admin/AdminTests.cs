using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Initiatives.Moderation;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Settings;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Admin;

public abstract class AdminTests(AppFactory factory)
{
    private static readonly string[] Pages =
        ["/admin", "/admin/initiativ", "/admin/brukere", "/admin/logg", "/admin/innstillinger", "/admin/utdaterte", "/admin/kategorier"];

    private static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@eksempel.no";

    private static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    private static string PathOf(Uri? location)
    {
        Assert.NotNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    private async Task<(HttpClient Client, AppUser Admin)> AdminAsync()
    {
        var email = NewEmail("admin");
        var admin = await factory.CreateAsync(email, admin: true);
        return (await factory.SignedInClientAsync(email), admin);
    }

    /// <summary>An initiative and a pending request about it, straight in the database (as the portal would create them).</summary>
    private Task<(int InitiativeId, string Slug, string Name, int RequestId)> RequestAsync(ModerationKind kind, string requesterId,
        ModerationState initiativeState = ModerationState.Pending) =>
        factory.WithDbAsync(async db =>
        {
            var now = factory.Clock.Now.UtcDateTime;
            var slug = $"test-{Guid.NewGuid():N}";
            var initiative = new Initiative
            {
                Slug = slug, Name = $"Testverksted {slug[5..13]}", Moderation = initiativeState, CreatedAt = now, UpdatedAt = now, Version = 1,
            };
            db.Initiatives.Add(initiative);
            await db.SaveChangesAsync();
            var request = new ModerationRequest
            {
                Kind = kind, InitiativeId = initiative.Id, UserId = requesterId, Message = "Vi reparerer sykler hver lørdag.",
                State = ModerationState.Pending, CreatedAt = now,
            };
            db.ModerationRequests.Add(request);
            await db.SaveChangesAsync();
            return (initiative.Id, slug, initiative.Name, request.Id);
        });

    private static string DecideForm(int requestId, string action) => $"li[data-request='{requestId}'] form[data-action={action}]";

    [Fact]
    public async Task Every_admin_page_refuses_anonymous_visitors_and_signed_in_non_admins()
    {
        var anonymous = factory.NoRedirectClient();
        var email = NewEmail("beboer");
        await factory.CreateAsync(email);
        var resident = await factory.SignedInClientAsync(email);
        foreach (var page in Pages)
        {
            using var a = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.StartsWith("/konto/logg-inn", PathOf(a.Headers.Location), StringComparison.Ordinal);
            using var r = await resident.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/konto/ingen-tilgang", PathOf(r.Headers.Location), StringComparison.Ordinal);
        }

        // The handlers too: a resident cannot approve, grant roles or change settings by posting directly.
        var (_, slug, _, requestId) = await RequestAsync(ModerationKind.Registration, (await factory.WithDbAsync(db => db.Users.FirstAsync(u => u.Email == email))).Id);
        var posts = new[]
        {
            ("/admin?handler=approve", Form(("RequestId", requestId.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Message", ""))),
            ("/admin/brukere?handler=grant", Form(("UserId", "x"))),
            ("/admin/innstillinger", Form(("Name", "Overtatt kommune"))),
        };
        foreach (var (url, fields) in posts)
        {
            using var content = new FormUrlEncodedContent(fields);
            using var r = await resident.PostAsync(url, content);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/konto/ingen-tilgang", PathOf(r.Headers.Location), StringComparison.Ordinal);
            using var content2 = new FormUrlEncodedContent(fields);
            using var a = await anonymous.PostAsync(url, content2);
            Assert.Equal(HttpStatusCode.Redirect, a.StatusCode);
            Assert.StartsWith("/konto/logg-inn", PathOf(a.Headers.Location), StringComparison.Ordinal);
        }
        Assert.Equal(ModerationState.Pending, await factory.WithDbAsync(db => db.ModerationRequests.Where(r => r.Id == requestId).Select(r => r.State).SingleAsync()));
        Assert.Equal(ModerationState.Pending, await factory.WithDbAsync(db => db.Initiatives.Where(i => i.Slug == slug).Select(i => i.Moderation).SingleAsync()));
    }

    [Fact]
    public async Task Every_admin_page_opens_for_an_administrator_with_the_admin_navigation()
    {
        var (client, _) = await AdminAsync();
        foreach (var page in Pages)
        {
            var doc = await client.GetDocumentAsync(page);
            var nav = doc.QuerySelector("main nav.admin-nav[aria-label]");
            Assert.NotNull(nav);
            var current = nav.QuerySelectorAll("a[aria-current=page]");
            Assert.Equal(page, Assert.Single(current).GetAttribute("href"));
        }
    }

    [Fact]
    public async Task Approving_a_registration_makes_the_requester_owner_mails_them_and_shows_the_entry_at_once()
    {
        var requesterEmail = NewEmail("aktor");
        var requester = await factory.CreateAsync(requesterEmail);
        var (client, admin) = await AdminAsync();
        var (initiativeId, slug, name, requestId) = await RequestAsync(ModerationKind.Registration, requester.Id);
        var api = factory.CreateClient();
        using (var before = await api.GetAsync($"/api/v1/initiatives/{slug}"))
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        var queue = await client.GetDocumentAsync("/admin");
        var item = queue.QuerySelector($"li[data-request='{requestId}']");
        Assert.NotNull(item);
        Assert.Contains(name, item.TextContent, StringComparison.Ordinal);
        Assert.Contains(requesterEmail, item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Vi reparerer sykler", item.TextContent, StringComparison.Ordinal);

        using var approve = await client.SubmitAsync("/admin", Form(("Message", "Velkommen på kartet!")), DecideForm(requestId, "approve"));
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);
        var after = await client.GetDocumentAsync(PathOf(approve.Headers.Location));
        Assert.Contains(name, after.QuerySelector("main [role=status]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(after.QuerySelector($"li[data-request='{requestId}']"));

        var (member, request, initiative, audits) = await factory.WithDbAsync(async db => (
            await db.InitiativeMembers.SingleAsync(m => m.InitiativeId == initiativeId),
            await db.ModerationRequests.SingleAsync(r => r.Id == requestId),
            await db.Initiatives.SingleAsync(i => i.Id == initiativeId),
            await db.AuditEntries.Where(a => a.InitiativeId == initiativeId).Select(a => a.Kind).ToListAsync()));
        Assert.Equal(requester.Id, member.UserId);
        Assert.Equal(MemberRole.Owner, member.Role);
        Assert.Equal(ModerationState.Approved, request.State);
        Assert.Equal(admin.Id, request.DecidedByUserId);
        Assert.NotNull(request.DecidedAt);
        Assert.Equal("Velkommen på kartet!", request.DecisionMessage);
        Assert.Equal(ModerationState.Approved, initiative.Moderation);
        Assert.Equal(["initiative-approved"], audits);

        var mail = await factory.Mail.LatestToAsync(requesterEmail);
        Assert.Contains("godkjent", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("approved", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Velkommen på kartet!", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal($"/portal/{slug}", SmtpTestServer.LinkIn(mail, $"/portal/{slug}"));

        using var published = await api.GetAsync($"/api/v1/initiatives/{slug}");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Contains(name, await published.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_mails_it_and_keeps_the_entry_hidden()
    {
        var requesterEmail = NewEmail("avvist");
        var requester = await factory.CreateAsync(requesterEmail);
        var (client, _) = await AdminAsync();
        var (initiativeId, slug, _, requestId) = await RequestAsync(ModerationKind.Registration, requester.Id);

        using var empty = await client.SubmitAsync("/admin", Form(("Message", "  ")), DecideForm(requestId, "reject"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var emptyDoc = await Forms.ParseAsync(empty, "/admin");
        var field = $"reject-message-{requestId}";
        var summaryLink = emptyDoc.QuerySelector($"#feil a[href='#{field}']");
        Assert.NotNull(summaryLink);
        Assert.Contains("Begrunnelse", summaryLink.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", emptyDoc.GetElementById(field)?.GetAttribute("aria-invalid"));
        Assert.Equal(ModerationState.Pending, await factory.WithDbAsync(db => db.ModerationRequests.Where(r => r.Id == requestId).Select(r => r.State).SingleAsync()));

        const string reason = "Vi finner ikke adressen. Send oss gjerne en ny registrering med gateadresse.";
        using var reject = await client.SubmitAsync("/admin", Form(("Message", reason)), DecideForm(requestId, "reject"));
        Assert.Equal(HttpStatusCode.Redirect, reject.StatusCode);

        var (request, initiative, members, audits) = await factory.WithDbAsync(async db => (
            await db.ModerationRequests.SingleAsync(r => r.Id == requestId),
            await db.Initiatives.SingleAsync(i => i.Id == initiativeId),
            await db.InitiativeMembers.CountAsync(m => m.InitiativeId == initiativeId),
            await db.AuditEntries.Where(a => a.InitiativeId == initiativeId).Select(a => a.Kind).ToListAsync()));
        Assert.Equal(ModerationState.Rejected, request.State);
        Assert.Equal(reason, request.DecisionMessage);
        Assert.Equal(ModerationState.Rejected, initiative.Moderation);
        Assert.Equal(0, members);
        Assert.Equal(["initiative-rejected"], audits);

        var mail = await factory.Mail.LatestToAsync(requesterEmail);
        Assert.Contains("ikke godkjent", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(reason, mail.TextBody, StringComparison.Ordinal);

        using var api = await factory.CreateClient().GetAsync($"/api/v1/initiatives/{slug}");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
    }

    [Fact]
    public async Task Deciding_the_same_request_twice_is_refused_and_applied_once()
    {
        var requesterEmail = NewEmail("dobbel");
        var requester = await factory.CreateAsync(requesterEmail);
        var (client, _) = await AdminAsync();
        var (initiativeId, _, _, requestId) = await RequestAsync(ModerationKind.Registration, requester.Id);

        // The same form sent twice (a double click, or a second tab).
        using var page = await client.GetAsync("/admin");
        var doc = await Forms.ParseAsync(page, "/admin");
        var approveForm = (IHtmlFormElement)doc.QuerySelector(DecideForm(requestId, "approve"))!;
        var rejectForm = (IHtmlFormElement)doc.QuerySelector(DecideForm(requestId, "reject"))!;
        using var first = await client.PostFormAsync(approveForm, Form(("Message", "")), "/admin");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        using var again = await client.PostFormAsync(approveForm, Form(("Message", "")), "/admin");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var againDoc = await Forms.ParseAsync(again, "/admin");
        Assert.Contains("allerede avgjort", againDoc.QuerySelector("main [role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        using var late = await client.PostFormAsync(rejectForm, Form(("Message", "For sent.")), "/admin");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        await factory.Mail.LatestToAsync(requesterEmail);
        await Task.Delay(300);
        Assert.Single(factory.Mail.To(requesterEmail));
        var (state, members, audits) = await factory.WithDbAsync(async db => (
            await db.ModerationRequests.Where(r => r.Id == requestId).Select(r => r.State).SingleAsync(),
            await db.InitiativeMembers.CountAsync(m => m.InitiativeId == initiativeId),
            await db.AuditEntries.CountAsync(a => a.InitiativeId == initiativeId)));
        Assert.Equal(ModerationState.Approved, state);
        Assert.Equal(1, members);
        Assert.Equal(1, audits);
    }

    [Fact]
    public async Task Two_administrators_approving_a_claim_at_once_apply_it_once()
    {
        var requesterEmail = NewEmail("overtar");
        var requester = await factory.CreateAsync(requesterEmail);
        var (first, _) = await AdminAsync();
        var (second, _) = await AdminAsync();
        var (initiativeId, slug, _, requestId) = await RequestAsync(ModerationKind.Claim, requester.Id, ModerationState.Approved);

        async Task<IHtmlFormElement> FormOf(HttpClient c)
        {
            using var page = await c.GetAsync("/admin");
            var doc = await Forms.ParseAsync(page, "/admin");
            return (IHtmlFormElement)doc.QuerySelector(DecideForm(requestId, "approve"))!;
        }
        var (f1, f2) = (await FormOf(first), await FormOf(second));
        var results = await Task.WhenAll(first.PostFormAsync(f1, Form(("Message", "")), "/admin"), second.PostFormAsync(f2, Form(("Message", "")), "/admin"));
        var codes = results.Select(r => r.StatusCode).Order().ToList();
        foreach (var r in results) r.Dispose();
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Conflict], codes);

        var mail = await factory.Mail.LatestToAsync(requesterEmail);
        Assert.Contains("eier", mail.Subject, StringComparison.Ordinal);
        Assert.Equal($"/portal/{slug}", SmtpTestServer.LinkIn(mail, $"/portal/{slug}"));
        await Task.Delay(300);
        Assert.Single(factory.Mail.To(requesterEmail));
        var (member, audits) = await factory.WithDbAsync(async db => (
            await db.InitiativeMembers.SingleAsync(m => m.InitiativeId == initiativeId),
            await db.AuditEntries.Where(a => a.InitiativeId == initiativeId).Select(a => a.Kind).ToListAsync()));
        Assert.Equal(MemberRole.Owner, member.Role);
        Assert.Equal(requester.Id, member.UserId);
        Assert.Equal(["claim-approved"], audits);
    }

    [Fact]
    public async Task Granting_and_revoking_the_admin_role_is_audited_and_revoking_ones_own_is_refused()
    {
        var (client, admin) = await AdminAsync();
        var otherEmail = NewEmail("kollega");
        var other = await factory.CreateAsync(otherEmail);

        using var grant = await client.SubmitAsync($"/admin/brukere?q={Uri.EscapeDataString(otherEmail)}", null, $"tr[data-user='{otherEmail}'] form[data-action=grant]");
        Assert.Equal(HttpStatusCode.Redirect, grant.StatusCode);
        Assert.True(await IsAdminAsync(other.Id));
        var granted = await client.GetDocumentAsync(PathOf(grant.Headers.Location));
        Assert.Contains(otherEmail, granted.QuerySelector("main [role=status]")?.TextContent ?? "", StringComparison.Ordinal);

        using var revoke = await client.SubmitAsync($"/admin/brukere?q={Uri.EscapeDataString(otherEmail)}", null, $"tr[data-user='{otherEmail}'] form[data-action=revoke]");
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.False(await IsAdminAsync(other.Id));

        var entries = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == admin.Id && (a.Kind == "role-granted" || a.Kind == "role-revoked"))
            .OrderBy(a => a.Id).Select(a => new { a.Kind, a.Detail, a.Actor }).ToListAsync());
        Assert.Equal(["role-granted", "role-revoked"], entries.Select(e => e.Kind));
        Assert.All(entries, e => Assert.Contains(otherEmail, e.Detail, StringComparison.Ordinal));
        Assert.All(entries, e => Assert.Equal(admin.Email, e.Actor));

        using var self = await client.SubmitAsync($"/admin/brukere?q={Uri.EscapeDataString(admin.Email!)}", null, $"tr[data-user='{admin.Email}'] form[data-action=revoke]");
        Assert.Equal(HttpStatusCode.Conflict, self.StatusCode);
        var selfDoc = await Forms.ParseAsync(self, "/admin/brukere");
        Assert.Contains("egen administratorrolle", selfDoc.QuerySelector("main [role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.True(await IsAdminAsync(admin.Id));
        Assert.Equal(0, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Kind == "role-revoked" && a.Detail.Contains(admin.Email!))));
    }

    private async Task<bool> IsAdminAsync(string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.IsInRoleAsync((await users.FindByIdAsync(userId))!, Roles.Admin);
    }

    [Fact]
    public async Task Users_are_listed_with_search_by_e_mail()
    {
        var (client, _) = await AdminAsync();
        var email = NewEmail("Finn-Meg");
        var user = await factory.CreateAsync(email);
        var (initiativeId, _, _, _) = await RequestAsync(ModerationKind.Claim, user.Id, ModerationState.Approved);
        await factory.WithDbAsync(async db =>
        {
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = initiativeId, UserId = user.Id, Role = MemberRole.Editor, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var doc = await client.GetDocumentAsync($"/admin/brukere?q={Uri.EscapeDataString(email.ToUpperInvariant()[..20])}");
        var row = Assert.Single(doc.QuerySelectorAll("tbody tr"));
        Assert.Equal(email, row.GetAttribute("data-user"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Ja", cells[1]);
        Assert.Equal("1", cells[3]);
        Assert.Equal("Nei", cells[4]);
    }

    [Fact]
    public async Task Settings_errors_name_the_field_in_both_languages_and_nothing_is_saved()
    {
        var (client, _) = await AdminAsync();
        var before = await factory.WithDbAsync(db => db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1));
        using var bad = await client.SubmitAsync("/admin/innstillinger", Form(("Name", "Feilby"), ("ContactEmail", "ikke en adresse"), ("ContactPhone", "ring meg"),
            ("Latitude", "95"), ("Longitude", "10,4"), ("Zoom", "40")));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var doc = await Forms.ParseAsync(bad, "/admin/innstillinger");
        var summary = doc.QuerySelector("#feil")!.TextContent;
        Assert.Contains("Kontakt-e-post", summary, StringComparison.Ordinal);
        Assert.Contains("Kontakttelefon", summary, StringComparison.Ordinal);
        Assert.Contains("Breddegrad", summary, StringComparison.Ordinal);
        Assert.Contains("Zoomnivå", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Lengdegrad", summary, StringComparison.Ordinal);
        foreach (var id in new[] { "contact-email", "contact-phone", "latitude", "zoom" })
        {
            Assert.Equal("true", doc.GetElementById(id)?.GetAttribute("aria-invalid"));
            Assert.NotNull(doc.QuerySelector($"#feil a[href='#{id}']"));
        }
        Assert.Equal("ikke en adresse", (doc.GetElementById("contact-email") as IHtmlInputElement)?.Value);

        using var english = await client.SubmitAsync("/admin/innstillinger?lang=en", Form(("Zoom", "0")));
        var englishSummary = (await Forms.ParseAsync(english, "/admin/innstillinger")).QuerySelector("#feil")!.TextContent;
        Assert.Contains("Zoom level", englishSummary, StringComparison.Ordinal);

        var after = await factory.WithDbAsync(db => db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1));
        Assert.Equal(before?.UpdatedAt, after?.UpdatedAt);
        Assert.NotEqual("Feilby", after?.Name);
    }

    [Fact]
    public async Task Saved_settings_show_in_the_footer_at_once_and_switch_modules()
    {
        var (client, admin) = await AdminAsync();
        var visitor = factory.CreateClient();
        var name = $"Prøveby kommune {Guid.NewGuid():N}"[..24];
        // The front page is in the output cache before the change.
        Assert.DoesNotContain(name, (await visitor.GetDocumentAsync("/")).QuerySelector("footer")!.TextContent, StringComparison.Ordinal);

        // Switch one module off as a person would: by unticking its box.
        using var form = await client.GetAsync("/admin/innstillinger");
        var formDoc = await Forms.ParseAsync(form, "/admin/innstillinger");
        ((IHtmlInputElement)formDoc.GetElementById($"module-{SiteModules.Claims}")!).IsChecked = false;
        using var save = await client.PostFormAsync((IHtmlFormElement)formDoc.QuerySelector("main form[method=post]")!, Form(("Name", name),
            ("ContactEmail", "ombruk@proveby.kommune.no"), ("ContactPhone", "+47 12 34 56 78"), ("Latitude", "59,9"), ("Longitude", "10.7"), ("Zoom", "12")),
            "/admin/innstillinger");
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var saved = await client.GetDocumentAsync(PathOf(save.Headers.Location));
        Assert.NotNull(saved.QuerySelector("main [role=status]"));
        Assert.True((saved.GetElementById($"module-{SiteModules.PortalRegistration}") as IHtmlInputElement)?.IsChecked);
        Assert.False((saved.GetElementById($"module-{SiteModules.Claims}") as IHtmlInputElement)?.IsChecked);

        var footer = (await visitor.GetDocumentAsync("/")).QuerySelector("footer")!.TextContent;
        Assert.Contains(name, footer, StringComparison.Ordinal);
        Assert.Contains("ombruk@proveby.kommune.no", footer, StringComparison.Ordinal);
        Assert.Contains("+47 12 34 56 78", footer, StringComparison.Ordinal);

        var row = await factory.WithDbAsync(db => db.MunicipalitySettings.AsNoTracking().SingleAsync(s => s.Id == 1));
        Assert.Equal(59.9, row.MapCenterLatitude);
        Assert.Equal(12, row.MapZoom);
        Assert.Equal([SiteModules.Claims], row.DisabledModules);
        var effective = await factory.WithDbAsync(db => factory.Services.GetRequiredService<SiteSettings>().GetAsync(db, CancellationToken.None));
        Assert.Equal(name, effective.Name);
        Assert.True(effective.IsModuleOn(SiteModules.PortalRegistration));
        Assert.False(effective.IsModuleOn(SiteModules.Claims));
        var audit = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Kind == "settings-changed" && a.UserId == admin.Id).Select(a => a.Detail).SingleAsync());
        Assert.Contains(name, audit, StringComparison.Ordinal);

        // Emptied fields fall back to configuration again.
        using var reset = await client.SubmitAsync("/admin/innstillinger", Form(("Name", ""), ("ContactEmail", ""), ("ContactPhone", ""),
            ("Latitude", ""), ("Longitude", ""), ("Zoom", ""), ("Modules[]", $"{SiteModules.PortalRegistration}|{SiteModules.Claims}")));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        var resetFooter = (await visitor.GetDocumentAsync("/")).QuerySelector("footer")!.TextContent;
        Assert.DoesNotContain(name, resetFooter, StringComparison.Ordinal);
        Assert.Contains("Asker kommune", resetFooter, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_newest_first_filtered_by_kind_and_paged_by_25()
    {
        var (client, _) = await AdminAsync();
        var kind = $"test-{Guid.NewGuid():N}";
        var start = factory.Clock.Now.UtcDateTime.AddDays(-1);
        await factory.WithDbAsync(async db =>
        {
            for (var i = 0; i < 30; i++)
                db.AuditEntries.Add(new AuditEntry { Kind = kind, Actor = "test@eksempel.no", Detail = $"nr {i}", At = start.AddMinutes(i) });
            return await db.SaveChangesAsync();
        });

        var first = await client.GetDocumentAsync($"/admin/logg?hendelse={kind}");
        var firstRows = first.QuerySelectorAll("#audit-log tbody tr");
        Assert.Equal(25, firstRows.Length);
        Assert.Equal("nr 29", firstRows[0].QuerySelectorAll("td")[4].TextContent.Trim());
        Assert.Contains("Side 1 av 2", first.QuerySelector("nav.list-pager")!.TextContent, StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("nav.list-pager a[rel=prev]"));
        var next = first.QuerySelector("nav.list-pager a[rel=next]")!.GetAttribute("href")!;
        Assert.Contains("side=2", next, StringComparison.Ordinal);
        Assert.Contains(kind, next, StringComparison.Ordinal);

        var second = await client.GetDocumentAsync(next);
        var secondRows = second.QuerySelectorAll("#audit-log tbody tr");
        Assert.Equal(5, secondRows.Length);
        Assert.Equal(["nr 4", "nr 3", "nr 2", "nr 1", "nr 0"], secondRows.Select(r => r.QuerySelectorAll("td")[4].TextContent.Trim()));
        Assert.Contains("Side 2 av 2", second.QuerySelector("nav.list-pager")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("nav.list-pager a[rel=prev]"));
        Assert.Null(second.QuerySelector("nav.list-pager a[rel=next]"));

        // A page past the end shows the last page.
        var beyond = await client.GetDocumentAsync($"/admin/logg?hendelse={kind}&side=9");
        Assert.Equal(5, beyond.QuerySelectorAll("#audit-log tbody tr").Length);
    }

    [Fact]
    public async Task Stale_entries_list_unconfirmed_approved_initiatives_with_their_owners()
    {
        var (client, _) = await AdminAsync();
        var ownerEmail = NewEmail("eier");
        var owner = await factory.CreateAsync(ownerEmail);
        var (staleId, staleSlug, _, _) = await RequestAsync(ModerationKind.Claim, owner.Id, ModerationState.Approved);
        var (freshId, freshSlug, _, _) = await RequestAsync(ModerationKind.Claim, owner.Id, ModerationState.Approved);
        var (_, pendingSlug, _, _) = await RequestAsync(ModerationKind.Registration, owner.Id);
        var today = DateOnly.FromDateTime(factory.Clock.Now.DateTime);
        await factory.WithDbAsync(async db =>
        {
            await db.Initiatives.Where(i => i.Id == staleId).ExecuteUpdateAsync(s => s.SetProperty(i => i.LastConfirmed, today.AddMonths(-7)));
            await db.Initiatives.Where(i => i.Id == freshId).ExecuteUpdateAsync(s => s.SetProperty(i => i.LastConfirmed, today.AddMonths(-1)));
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = staleId, UserId = owner.Id, Role = MemberRole.Owner, AddedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var slugs = new List<string>();
        IDocument? doc = null;
        string? url = "/admin/utdaterte";
        while (url is not null)
        {
            doc = await client.GetDocumentAsync(url);
            slugs.AddRange(doc.QuerySelectorAll("tbody tr[data-slug]").Select(r => r.GetAttribute("data-slug")!));
            if (slugs.Contains(staleSlug)) break;
            url = doc.QuerySelector("nav.list-pager a[rel=next]")?.GetAttribute("href");
        }
        Assert.Contains(staleSlug, slugs);
        var row = doc!.QuerySelector($"tr[data-slug='{staleSlug}']")!;
        Assert.Contains(ownerEmail, row.TextContent, StringComparison.Ordinal);

        var all = await factory.WithDbAsync(async db =>
        {
            var cutoff = today.AddMonths(-6);
            return await db.Initiatives.CountAsync(i => i.Moderation == ModerationState.Approved && (i.LastConfirmed == null || i.LastConfirmed < cutoff));
        });
        var overview = await client.GetDocumentAsync("/admin/utdaterte");
        Assert.Contains($"{all} oppføringer", overview.QuerySelector("main .count")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(freshSlug, overview.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(pendingSlug, overview.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Initiatives_list_filters_by_moderation_state_and_name()
    {
        var (client, _) = await AdminAsync();
        var requester = await factory.CreateAsync(NewEmail("liste"));
        var (_, pendingSlug, pendingName, _) = await RequestAsync(ModerationKind.Registration, requester.Id);

        var pending = await client.GetDocumentAsync("/admin/initiativ?moderering=venter");
        var pendingSlugs = pending.QuerySelectorAll("tbody tr[data-slug]").Select(r => r.GetAttribute("data-slug")).ToList();
        Assert.Contains(pendingSlug, pendingSlugs);
        var approvedCount = await factory.WithDbAsync(db => db.Initiatives.CountAsync(i => i.Moderation == ModerationState.Approved));
        var approved = await client.GetDocumentAsync("/admin/initiativ?moderering=godkjent");
        Assert.DoesNotContain(pendingSlug, approved.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Contains($"{approvedCount} tiltak", approved.QuerySelector("main .count")!.TextContent, StringComparison.Ordinal);

        var found = await client.GetDocumentAsync($"/admin/initiativ?q={Uri.EscapeDataString(pendingName.ToUpperInvariant())}");
        var row = Assert.Single(found.QuerySelectorAll("tbody tr[data-slug]"));
        Assert.Equal(pendingSlug, row.GetAttribute("data-slug"));
        Assert.Contains("Venter", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/portal/{pendingSlug}']"));
        Assert.Null(row.QuerySelector($"a[href='/initiativ/{pendingSlug}']"));
    }

    [Fact]
    public async Task Categories_show_both_languages_and_how_many_approved_initiatives_use_each()
    {
        var (client, _) = await AdminAsync();
        var expected = await factory.WithDbAsync(async db => (await db.Initiatives.Where(i => i.Moderation == ModerationState.Approved).Select(i => i.Categories).ToListAsync())
            .Count(c => c.Contains(GoodsCategory.ClothesShoes)));
        foreach (var url in new[] { "/admin/kategorier", "/admin/kategorier?lang=en" })
        {
            var doc = await client.GetDocumentAsync(url);
            var row = doc.QuerySelector("#categories tr[data-token='clothes-shoes']")!;
            var cells = row.Children.Select(c => c.TextContent.Trim()).ToList();
            Assert.Equal(["Klær og sko", "Clothes and shoes", "clothes-shoes", expected.ToString(System.Globalization.CultureInfo.InvariantCulture)], cells);
        }
        var page = await client.GetDocumentAsync("/admin/kategorier");
        Assert.Equal(Enum.GetValues<InitiativeKind>().Length, page.QuerySelectorAll("#kinds tbody tr").Length);
        Assert.Equal(Enum.GetValues<InitiativeService>().Length, page.QuerySelectorAll("#services tbody tr").Length);
    }
}

public sealed class AdminTestsOnSqlite(SqliteAppFactory f) : AdminTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AdminTestsOnPostgres(PostgresAppFactory f) : AdminTests(f), IClassFixture<PostgresAppFactory>;
