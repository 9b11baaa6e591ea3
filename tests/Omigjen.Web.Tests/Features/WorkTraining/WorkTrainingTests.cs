using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.WorkTraining;
using Omigjen.Web.Tests.Features.Intake;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.WorkTraining;

/// <summary>
/// Work training with progression: a station's staff add a participant, who must say yes before anything is recorded;
/// tasks are recorded as done and mastered; the participant reads it in plain words, downloads it and can delete it;
/// nobody else sees it (not another station's staff, not an administrator by their role); it is deleted a set time
/// after the end, and with the account.
/// </summary>
public abstract class WorkTrainingTests(AppFactory factory)
{
    private sealed record Setup(string Slug, int StationId, HttpClient Supervisor, string SupervisorId, HttpClient Participant, string ParticipantId, string ParticipantEmail);

    private async Task<Setup> SetupAsync()
    {
        var (stationId, slug) = await factory.StationAsync("Hallenskog ombrukslager");
        var (supervisor, supervisorId, _) = await factory.StaffAsync(stationId);
        var email = $"deltaker-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        return new(slug, stationId, supervisor, supervisorId, await factory.SignedInClientAsync(email), user.Id, email);
    }

    /// <summary>The signed-in clients do not follow redirects: a post that succeeded answers 302 to the page that says so.</summary>
    private static async Task<HttpResponseMessage> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Found) return response;
        var location = response.Headers.Location!;
        response.Dispose();
        return await client.GetAsync(location);
    }

    private Task<Participation?> ParticipationAsync(string userId) =>
        factory.WithDbAsync(db => db.TrainingParticipations.AsNoTracking().Include(p => p.Progress).FirstOrDefaultAsync(p => p.UserId == userId));

    private static async Task<HttpResponseMessage> AddAsync(Setup s, string email) =>
        await FollowAsync(s.Supervisor, await s.Supervisor.SubmitAsync($"/stasjon/{s.Slug}/arbeidstrening", new Dictionary<string, string> { ["Email"] = email }, "#participant-form"));

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string url, string formSelector) =>
        await FollowAsync(client, await client.SubmitAsync(url, formSelector: formSelector));

    private static async Task<HttpResponseMessage> RecordAsync(Setup s, int id, TrainingTask task, TaskLevel level)
    {
        var url = $"/stasjon/{s.Slug}/arbeidstrening/{id}";
        using var page = await s.Supervisor.GetAsync(url);
        var doc = await Forms.ParseAsync(page, url);
        var form = doc.QuerySelectorAll("#tasks form").OfType<IHtmlFormElement>().FirstOrDefault(f => f.QuerySelector("input[name=Task]")?.GetAttribute("value") == task.ToString())
                   ?? throw new Xunit.Sdk.XunitException($"No form for {task} on {url}: {(int)page.StatusCode}");
        return await FollowAsync(s.Supervisor, await s.Supervisor.PostFormAsync(form, new Dictionary<string, string> { ["Level"] = level.ToString() }, url));
    }

    private static async Task<string> MinePageAsync(HttpClient client)
    {
        using var page = await client.GetAsync("/konto/arbeidstrening");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task Nothing_is_recorded_before_the_participant_says_yes_then_progress_reads_in_plain_words_and_downloads()
    {
        var s = await SetupAsync();
        using (var added = await AddAsync(s, s.ParticipantEmail)) Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var p = await ParticipationAsync(s.ParticipantId);
        Assert.NotNull(p);
        Assert.Null(p.ConsentedAt);

        // Before consent the page offers no task forms, and a post is refused with the reason.
        var url = $"/stasjon/{s.Slug}/arbeidstrening/{p.Id}";
        using (var page = await s.Supervisor.GetAsync(url))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("har ikke sagt ja", html, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"Level\"", html, StringComparison.Ordinal);
            var doc = await Forms.ParseAsync(page, url);
            var token = doc.QuerySelector("#end-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Task", "RegisterIntake"), new("Level", "Done")]);
            using var refused = await s.Supervisor.PostAsync(url, content);
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("har ikke sagt ja ennå", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Empty((await ParticipationAsync(s.ParticipantId))!.Progress);

        // The participant says yes on their own page.
        Assert.Contains("Sier du ja?", await MinePageAsync(s.Participant), StringComparison.Ordinal);
        using (var yes = await SubmitAsync(s.Participant, "/konto/arbeidstrening", "form[action*='handler=consent']"))
            Assert.Equal(HttpStatusCode.OK, yes.StatusCode);
        Assert.NotNull((await ParticipationAsync(s.ParticipantId))!.ConsentedAt);

        using (var r = await RecordAsync(s, p.Id, TrainingTask.RegisterIntake, TaskLevel.Mastered)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await RecordAsync(s, p.Id, TrainingTask.SortAndCheck, TaskLevel.Done)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var progress = (await ParticipationAsync(s.ParticipantId))!.Progress.OrderBy(t => t.Task).ToList();
        Assert.Equal([TrainingTask.RegisterIntake, TrainingTask.SortAndCheck], progress.Select(t => t.Task));
        Assert.Equal(new DateOnly(2026, 12, 2), progress[0].MasteredOn);
        Assert.Null(progress[1].MasteredOn);

        var mine = await MinePageAsync(s.Participant);
        Assert.Contains("Du klarer selv: ta imot og registrere varer (siden 02.12.2026).", mine, StringComparison.Ordinal);
        Assert.Contains("Du har gjort med hjelp: sortere varer og sjekke at de er hele", mine, StringComparison.Ordinal);
        Assert.Contains("Neste steg: sortere varer og sjekke at de er hele.", mine, StringComparison.Ordinal);

        using var file = await s.Participant.GetAsync($"/konto/arbeidstrening?handler=download&id={p.Id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/plain", file.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await file.Content.ReadAsByteArrayAsync());
        Assert.Contains("Arbeidstrening hos Hallenskog ombrukslager", text, StringComparison.Ordinal);
        Assert.Contains("Du klarer selv: ta imot og registrere varer", text, StringComparison.Ordinal);

        // A lower level clears "mastered"; "not yet" removes the task.
        using (var r = await RecordAsync(s, p.Id, TrainingTask.RegisterIntake, TaskLevel.Done)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        using (var r = await RecordAsync(s, p.Id, TrainingTask.SortAndCheck, TaskLevel.NotYet)) Assert.Equal(HttpStatusCode.OK, r.StatusCode);
        var after = Assert.Single((await ParticipationAsync(s.ParticipantId))!.Progress);
        Assert.Equal((TrainingTask.RegisterIntake, TaskLevel.Done), (after.Task, after.Level));
    }

    [Fact]
    public async Task Nobody_else_sees_the_record_not_another_stations_staff_nor_an_administrator()
    {
        var s = await SetupAsync();
        using (await AddAsync(s, s.ParticipantEmail)) { }
        var p = (await ParticipationAsync(s.ParticipantId))!;
        var url = $"/stasjon/{s.Slug}/arbeidstrening/{p.Id}";

        var (otherStation, otherSlug) = await factory.StationAsync("Annen stasjon");
        var (otherStaff, _, _) = await factory.StaffAsync(otherStation);
        var adminEmail = $"admin-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(adminEmail, admin: true);
        var admin = await factory.SignedInClientAsync(adminEmail);
        foreach (var (who, client) in new[] { ("other station's staff", otherStaff), ("administrator", admin), ("the participant", s.Participant) })
        {
            using var r = await client.GetAsync(url);
            Assert.True(r.StatusCode is HttpStatusCode.Forbidden || r.Headers.Location?.OriginalString.Contains("/konto/ingen-tilgang", StringComparison.Ordinal) == true,
                $"{who} reached {url}: {(int)r.StatusCode} {r.Headers.Location}");
        }
        // Staff of another station asking for this participation through their own station get 404.
        using (var r = await otherStaff.GetAsync($"/stasjon/{otherSlug}/arbeidstrening/{p.Id}")) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        // Another resident's own page shows nothing of it, and cannot download or delete it.
        var strangerEmail = $"annen-{Guid.NewGuid():N}@eksempel.no";
        await factory.CreateAsync(strangerEmail);
        var stranger = await factory.SignedInClientAsync(strangerEmail);
        Assert.Contains("Du er ikke med i arbeidstrening.", await MinePageAsync(stranger), StringComparison.Ordinal);
        using (var r = await stranger.GetAsync($"/konto/arbeidstrening?handler=download&id={p.Id}")) Assert.Equal(HttpStatusCode.NotFound, r.StatusCode);
        using (var page = await stranger.GetAsync("/konto/arbeidstrening"))
        {
            var doc = await Forms.ParseAsync(page, "/konto/arbeidstrening");
            var token = doc.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
                        ?? (await Forms.ParseAsync(await stranger.GetAsync("/konto"), "/konto")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            using var delete = await stranger.PostAsync($"/konto/arbeidstrening?handler=delete&id={p.Id}", content);
            Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        }
        Assert.NotNull(await ParticipationAsync(s.ParticipantId));
    }

    [Fact]
    public async Task Adding_asks_for_an_existing_account_and_the_same_person_twice_at_once_gives_one_participation()
    {
        var s = await SetupAsync();
        using (var none = await AddAsync(s, "finnes-ikke@eksempel.no"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
            var html = await none.Content.ReadAsStringAsync();
            Assert.Contains("E-post: fant ingen konto med denne adressen. Personen må lage en konto først.", html, StringComparison.Ordinal);
        }
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(async _ =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<TrainingRecords>().AddAsync(s.StationId, s.ParticipantEmail, s.SupervisorId, default);
        }));
        Assert.Single(results, r => r.Added is not null);
        Assert.All(results.Where(r => r.Added is null), r => Assert.Equal(TrainingError.AlreadyAdded, r.Error));
        Assert.Equal(1, await factory.WithDbAsync(db => db.TrainingParticipations.CountAsync(p => p.UserId == s.ParticipantId)));
    }

    [Fact]
    public async Task The_record_is_deleted_on_request_a_set_time_after_the_end_and_with_the_account()
    {
        // On request: "Slett alt nå".
        var s = await SetupAsync();
        using (await AddAsync(s, s.ParticipantEmail)) { }
        using (await SubmitAsync(s.Participant, "/konto/arbeidstrening", "form[action*='handler=consent']")) { }
        using (var gone = await SubmitAsync(s.Participant, "/konto/arbeidstrening", "form[action*='handler=delete']"))
            Assert.Contains("Det er slettet.", await gone.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await ParticipationAsync(s.ParticipantId));

        // Six months after the end (the default), by the job; not a day before.
        var t = await SetupAsync();
        using (await AddAsync(t, t.ParticipantEmail)) { }
        var id = (await ParticipationAsync(t.ParticipantId))!.Id;
        using (await SubmitAsync(t.Participant, "/konto/arbeidstrening", "form[action*='handler=consent']")) { }
        using (await RecordAsync(t, id, TrainingTask.RegisterIntake, TaskLevel.Done)) { }
        using (var end = await SubmitAsync(t.Supervisor, $"/stasjon/{t.Slug}/arbeidstrening/{id}", "#end-form")) Assert.Equal(HttpStatusCode.OK, end.StatusCode);
        Assert.Equal(new DateOnly(2026, 12, 2), (await ParticipationAsync(t.ParticipantId))!.EndedOn);
        Assert.Contains("Dette slettes 02.06.2027.", await MinePageAsync(t.Participant), StringComparison.Ordinal);
        var job = factory.Services.GetRequiredService<WorkTrainingJobs>();
        var was = factory.Clock.Now;
        try
        {
            factory.Clock.Now = new DateTimeOffset(2027, 6, 1, 12, 0, 0, TimeSpan.FromHours(2));
            await job.RunOnceAsync();
            Assert.NotNull(await ParticipationAsync(t.ParticipantId));
            factory.Clock.Now = new DateTimeOffset(2027, 6, 2, 12, 0, 0, TimeSpan.FromHours(2));
            Assert.True(await job.RunOnceAsync() >= 1);
            Assert.Null(await ParticipationAsync(t.ParticipantId));
            Assert.Equal(0, await factory.WithDbAsync(db => db.TrainingProgress.CountAsync(x => x.ParticipationId == id)));
        }
        finally
        {
            factory.Clock.Now = was;
        }

        // With the account.
        var u = await SetupAsync();
        using (await AddAsync(u, u.ParticipantEmail)) { }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Omigjen.Web.Data.AppDbContext>();
            var person = await db.Users.SingleAsync(x => x.Id == u.ParticipantId);
            await new WorkTrainingPersonalData().EraseAsync(db, person, DateTime.UtcNow, default);
        }
        Assert.Null(await ParticipationAsync(u.ParticipantId));
    }
}

public sealed class WorkTrainingTestsOnSqlite(SqliteAppFactory f) : WorkTrainingTests(f), IClassFixture<SqliteAppFactory>;

public sealed class WorkTrainingTestsOnPostgres(PostgresAppFactory f) : WorkTrainingTests(f), IClassFixture<PostgresAppFactory>;
