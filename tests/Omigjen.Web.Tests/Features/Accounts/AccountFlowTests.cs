using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Accounts;

public abstract class AccountFlowTests(AppFactory factory)
{
    private static Dictionary<string, string> Form(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    [Fact]
    public async Task Sign_up_sends_a_confirmation_link_over_smtp_and_the_link_allows_sign_in()
    {
        var client = factory.NoRedirectClient();
        var email = $"ny-{Guid.NewGuid():N}@eksempel.no";
        using var signup = await client.SubmitAsync("/konto/registrer", Form(("Email", email), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.OK, signup.StatusCode);
        Assert.Contains("sendt en e-post", await signup.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Not confirmed yet: sign-in is refused and a new link is sent.
        using var early = await client.SubmitAsync("/konto/logg-inn", Form(("Email", email), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        Assert.Contains("bekrefte e-postadressen", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var mail = await factory.Mail.LatestToAsync(email);
        Assert.Contains("Bekreft", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Confirm your e-mail", mail.TextBody, StringComparison.Ordinal);
        var link = SmtpTestServer.LinkIn(mail, "/konto/bekreft-epost");
        using var confirm = await client.GetAsync(link);
        Assert.Contains("er bekreftet", await confirm.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var signin = await client.SubmitAsync("/konto/logg-inn", Form(("Email", email), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.Redirect, signin.StatusCode);
        Assert.Contains("Secure", string.Join(";", signin.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);
        using var account = await client.GetAsync("/konto");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains(email, await account.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_up_with_a_taken_address_answers_the_same_and_tells_the_owner()
    {
        var email = $"finnes-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        var client = factory.NoRedirectClient();
        using var taken = await client.SubmitAsync("/konto/registrer", Form(("Email", email), ("Password", "et helt annet passord")));
        var fresh = $"ledig-{Guid.NewGuid():N}@eksempel.no";
        using var free = await client.SubmitAsync("/konto/registrer", Form(("Email", fresh), ("Password", "et helt annet passord")));
        Assert.Equal(Alert(await Forms.ParseAsync(free, "/")), Alert(await Forms.ParseAsync(taken, "/")));
        var mail = await factory.Mail.LatestToAsync(email);
        Assert.Contains("allerede en konto", mail.Subject, StringComparison.Ordinal);
    }

    private static string? Alert(AngleSharp.Dom.IDocument doc) => doc.QuerySelector("main [role=status]")?.TextContent.Trim();

    [Fact]
    public async Task Wrong_password_unknown_address_and_lockout_give_one_message_and_are_audited()
    {
        var email = $"laas-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        var client = factory.NoRedirectClient();
        string? unknown = null;
        using (var r = await client.SubmitAsync("/konto/logg-inn", Form(("Email", $"ukjent-{Guid.NewGuid():N}@eksempel.no"), ("Password", "feil passord 123"))))
            unknown = (await Forms.ParseAsync(r, "/")).QuerySelector("#feil")?.TextContent.Trim();
        var messages = new List<string?>();
        for (var i = 0; i < 6; i++)
        {
            using var r = await client.SubmitAsync("/konto/logg-inn", Form(("Email", email), ("Password", "feil passord 123")));
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            messages.Add((await Forms.ParseAsync(r, "/")).QuerySelector("#feil")?.TextContent.Trim());
        }
        Assert.NotNull(unknown);
        Assert.All(messages, m => Assert.Equal(unknown, m));
        // Locked now: even the right password is refused.
        using var right = await client.SubmitAsync("/konto/logg-inn", Form(("Email", email), ("Password", TestUsers.Password)));
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var kinds = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == email).Select(a => a.Kind).ToListAsync());
        Assert.Contains("sign-in-failed", kinds);
        Assert.Contains("sign-in-locked-out", kinds);
    }

    [Fact]
    public async Task Password_reset_by_e_mail_link_sets_a_new_password()
    {
        var email = $"glemt-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(email);
        var client = factory.NoRedirectClient();
        using var ask = await client.SubmitAsync("/konto/glemt-passord", Form(("Email", email)));
        using var askUnknown = await client.SubmitAsync("/konto/glemt-passord", Form(("Email", $"x-{Guid.NewGuid():N}@eksempel.no")));
        Assert.Equal(Alert(await Forms.ParseAsync(askUnknown, "/")), Alert(await Forms.ParseAsync(ask, "/")));
        var link = SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email), "/konto/nytt-passord");
        using var reset = await client.SubmitAsync(link, Form(("Password", "mitt nye lange passord")));
        Assert.Contains("Passordet er endret", await reset.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await factory.SignedInClientAsync(email, "mitt nye lange passord");
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        var client = factory.NoRedirectClient();
        using var content = new FormUrlEncodedContent(Form(("Email", "a@b.no"), ("Password", "whatever12345")));
        using var r = await client.PostAsync("/konto/logg-inn", content);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
    }

    [Fact]
    public async Task Personal_data_download_and_account_deletion_keep_the_audit_log_anonymised()
    {
        var email = $"slett-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var client = await factory.SignedInClientAsync(email);
        using var data = await client.GetAsync("/konto?handler=data");
        Assert.Equal("application/json", data.Content.Headers.ContentType?.MediaType);
        Assert.Contains(email, await data.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var wrong = await client.SubmitAsync("/konto", Form(("ConfirmPassword", "ikke riktig passord")), "form[action*=delete]");
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        using var delete = await client.SubmitAsync("/konto", Form(("ConfirmPassword", TestUsers.Password)), "form[action*=delete]");
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.Id == user.Id)));
        var left = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.Actor == email || a.UserId == user.Id).CountAsync());
        Assert.Equal(0, left);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Kind == "sign-in" && a.Actor == "slettet bruker")));
    }
}

public sealed class AccountFlowTestsOnSqlite(SqliteAppFactory f) : AccountFlowTests(f), IClassFixture<SqliteAppFactory>;

public sealed class AccountFlowTestsOnPostgres(PostgresAppFactory f) : AccountFlowTests(f), IClassFixture<PostgresAppFactory>;
