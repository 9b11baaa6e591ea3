using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities;
using Omigjen.Web.Tests.Features.Reservations;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>The sign-up form, the link page, "Mine påmeldinger", the organiser's list, and the person's data.</summary>
public abstract class SignUpPageTests(AppFactory factory)
{
    private static string SignUpUrl(long occasionId) => $"/aktiviteter/pamelding/gang/{occasionId}";

    [Fact]
    public async Task Without_an_account_the_form_asks_for_name_and_email_and_the_link_page_confirms()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 5);
        var client = factory.NoRedirectClient();
        var page = await Forms.ParseAsync(await client.GetAsync(SignUpUrl(o.OccasionId)), SignUpUrl(o.OccasionId));
        Assert.Equal("5 av 5 plasser ledige.", page.QuerySelector($"#places-left-{o.OccasionId}")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("#signup-email"));

        using var missing = await client.SubmitAsync(SignUpUrl(o.OccasionId), new Dictionary<string, string> { ["Form.Name"] = "Kari" }, "#signup-form");
        Assert.Equal(HttpStatusCode.Conflict, missing.StatusCode);
        Assert.Contains("Skriv navnet ditt og en gyldig e-postadresse.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var noToken = await client.PostAsync(SignUpUrl(o.OccasionId), new FormUrlEncodedContent([new("Form.Name", "Kari")]));
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        var email = ReservationTestData.NewEmail("skjema");
        using var posted = await client.SubmitAsync(SignUpUrl(o.OccasionId),
            new Dictionary<string, string> { ["Form.Name"] = "Kari Nordmann", ["Form.Email"] = email, ["Form.Guests"] = "2" }, "#signup-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);

        var link = SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email), "/aktiviteter/pamelding/lenke/");
        var linkPage = await Forms.ParseAsync(await client.GetAsync(link), link);
        Assert.Contains("Venter på bekreftelse", linkPage.QuerySelector("#my-signup-status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken); // opening the link changes nothing
        using var confirmed = await client.SubmitAsync(link, formSelector: "#confirm-signup");
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(3, (await factory.OccasionRowAsync(o.OccasionId)).Taken);

        // The confirmation e-mail carries a new link; with it the person cancels, and the places go back.
        var newLink = SmtpTestServer.LinkIn(await factory.Mail.LatestToAsync(email, atLeast: 2), "/aktiviteter/pamelding/lenke/");
        using var cancelled = await client.SubmitAsync(newLink, formSelector: "#cancel-signup");
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/aktiviteter/pamelding/lenke/" + new string('x', 32))).StatusCode);
    }

    [Fact]
    public async Task A_resident_signs_up_with_guests_sees_the_status_and_position_and_cancels_from_mine()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 2);
        var first = await factory.ResidentAsync();
        var (_, email) = await factory.ResidentAsync();
        await factory.SignUpAsync(o.OccasionId, first.UserId, guests: 1);
        var client = await factory.SignedInClientAsync(email);

        var form = await Forms.ParseAsync(await client.GetAsync(SignUpUrl(o.OccasionId)), SignUpUrl(o.OccasionId));
        Assert.Null(form.QuerySelector("#signup-email"));
        Assert.Contains("Fullt", form.QuerySelector($"#places-left-{o.OccasionId}")!.TextContent, StringComparison.Ordinal);
        using var tooMany = await client.SubmitAsync(SignUpUrl(o.OccasionId), new Dictionary<string, string> { ["Form.Guests"] = "2" }, "#signup-form");
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Contains("Det er bare 2 plasser i alt, så du kan ta med høyst 1 gjester.", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var posted = await client.SubmitAsync(SignUpUrl(o.OccasionId), new Dictionary<string, string> { ["Form.Guests"] = "1" }, "#signup-form");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await Forms.ParseAsync(await client.GetAsync(posted.Headers.Location!.OriginalString), posted.Headers.Location.OriginalString);
        Assert.Contains("På venteliste, nummer 1", after.QuerySelector("#my-signup-status")!.TextContent, StringComparison.Ordinal);

        var mine = await Forms.ParseAsync(await client.GetAsync("/konto/aktiviteter"), "/konto/aktiviteter");
        Assert.Contains("Reparasjonskafé", mine.QuerySelector("#my-signups")!.TextContent, StringComparison.Ordinal);
        var cancelForm = mine.QuerySelector("form[id^=cancel-]")!;
        using var cancelled = await client.SubmitAsync("/konto/aktiviteter", formSelector: "#" + cancelForm.Id);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(Omigjen.Web.Features.Activities.SignUpStatus.Cancelled, (await factory.SignUpsAsync(o.OccasionId))[^1].Status);
    }

    [Fact]
    public async Task The_organiser_lists_visitors_and_volunteers_marks_attendance_and_counts_walk_ins()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 4);
        var visitor = await factory.ResidentAsync("besokende");
        var fixer = await factory.ResidentAsync("fikser");
        await factory.SignUpAsync(o.OccasionId, visitor.UserId, guests: 1);
        await factory.SignUpAsync(o.OccasionId, fixer.UserId, role: SignUpRole.Fixer);
        var client = await factory.SignedInClientAsync(o.OwnerEmail);
        var url = $"/portal/{o.Slug}/aktiviteter/gang/{o.OccasionId}/pameldte";

        var page = await Forms.ParseAsync(await client.GetAsync(url), url);
        Assert.Contains(visitor.Email, page.QuerySelector("#visitors")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(fixer.Email, page.QuerySelector("#visitors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(fixer.Email, page.QuerySelector("#volunteers")!.TextContent, StringComparison.Ordinal);

        var signUpId = (await factory.SignUpsAsync(o.OccasionId))[0].Id;
        using var marked = await client.SubmitAsync(url, new Dictionary<string, string> { ["came"] = "ja" }, $"#attended-{signUpId}");
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.True((await factory.SignUpsAsync(o.OccasionId))[0].Attended);
        foreach (var id in new[] { "#walk-ins-plus", "#walk-ins-plus", "#walk-ins-minus" })
        {
            using var r = await client.SubmitAsync(url, formSelector: id);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        }
        Assert.Equal(1, (await factory.OccasionRowAsync(o.OccasionId)).WalkIns);

        // Another initiative's member cannot open it.
        var other = await factory.OccasionAsync();
        var stranger = await factory.SignedInClientAsync(other.OwnerEmail);
        using var refused = await stranger.GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/konto/ingen-tilgang", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_persons_sign_ups_are_in_the_export_and_deleting_the_account_gives_coming_places_back()
    {
        factory.Clock.Now = TestClock.Default;
        var o = await factory.OccasionAsync(capacity: 3);
        var (userId, email) = await factory.ResidentAsync("data");
        await factory.SignUpAsync(o.OccasionId, userId, guests: 2);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var personal = scope.ServiceProvider.GetRequiredService<PersonalData>();
        var me = (await users.FindByIdAsync(userId))!;

        var export = JsonSerializer.Serialize(await personal.CollectAsync(db, users, me, CancellationToken.None));
        Assert.Contains("\"activitySignUps\":[{\"Activity\":\"Reparasjonskaf", export, StringComparison.Ordinal);
        Assert.True(await personal.DeleteAsync(db, users, me, factory.Clock.Now.UtcDateTime, CancellationToken.None));

        var row = Assert.Single(await factory.SignUpsAsync(o.OccasionId));
        Assert.Null(row.UserId);
        Assert.Null(row.Email);
        Assert.Equal(SignUpStatus.Cancelled, row.Status);
        Assert.Equal(0, (await factory.OccasionRowAsync(o.OccasionId)).Taken);
        Assert.Empty(await db.ActivitySignUps.AsNoTracking().Where(s => s.Email == email).ToListAsync());
    }
}

public sealed class SignUpPageTestsOnSqlite(SqliteAppFactory f) : SignUpPageTests(f), IClassFixture<SqliteAppFactory>;

public sealed class SignUpPageTestsOnPostgres(PostgresAppFactory f) : SignUpPageTests(f), IClassFixture<PostgresAppFactory>;
