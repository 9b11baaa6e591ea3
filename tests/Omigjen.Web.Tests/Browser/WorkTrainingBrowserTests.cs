using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Omigjen.Web.Tests.Features.Intake;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Browser;

/// <summary>
/// Work training in the browser: a supervisor adds a participant from the station screen's link, the participant
/// says yes on their own page, the supervisor marks a task as mastered, and the participant reads it; axe finds
/// nothing on any of the three pages, in bokmål and in English.
/// </summary>
public sealed class WorkTrainingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_supervisor_records_a_task_after_the_participant_says_yes()
    {
        var (stationId, slug) = await fixture.App.StationAsync("Sør gjenvinningsstasjon");
        var (_, staffEmail) = await fixture.App.StaffMemberAsync(stationId);
        var participantEmail = $"deltaker-{Guid.NewGuid():N}@eksempel.no";
        await fixture.App.CreateAsync(participantEmail);
        var findings = new List<string>();
        async Task AxeAsync(IPage p)
        {
            var result = await p.RunAxe();
            findings.AddRange(result.Violations.Select(v => $"{p.Url}: {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})"));
        }

        var supervisor = await fixture.SignedInPageAsync(staffEmail);
        await supervisor.GotoAsync($"/stasjon/{slug}");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = "Arbeidstrening" }).ClickAsync();
        await supervisor.GetByLabel("Deltakerens e-post (kontoen i OMigjen)").FillAsync(participantEmail);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Legg til" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#participants")).ToContainTextAsync("Venter på ja fra deltakeren");
        await AxeAsync(supervisor);

        var participant = await fixture.SignedInPageAsync(participantEmail);
        await participant.GotoAsync("/konto");
        await participant.GetByRole(AriaRole.Link, new() { Name = "Min arbeidstrening" }).ClickAsync();
        await AxeAsync(participant);
        await participant.GetByRole(AriaRole.Button, new() { Name = "Ja", Exact = true }).ClickAsync();
        await Assertions.Expect(participant.Locator("main")).ToContainTextAsync("Nå kan veilederen din skrive ned det du lærer.");

        await supervisor.GotoAsync($"/stasjon/{slug}/arbeidstrening");
        await supervisor.GetByRole(AriaRole.Link, new() { Name = participantEmail }).ClickAsync();
        var row = supervisor.Locator("#tasks tr", new() { HasText = "Ta imot og registrere varer" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Klarer det selv" }).ClickAsync();
        await Assertions.Expect(supervisor.Locator("#tasks tr", new() { HasText = "Ta imot og registrere varer" })).ToContainTextAsync("Klarer det selv");
        await AxeAsync(supervisor);
        await supervisor.GotoAsync(supervisor.Url.Split('?')[0] + "?lang=en");
        await AxeAsync(supervisor);

        await participant.GotoAsync("/konto/arbeidstrening");
        await Assertions.Expect(participant.Locator("#my-training")).ToContainTextAsync("Du klarer selv: ta imot og registrere varer");
        await Assertions.Expect(participant.Locator("#my-training")).ToContainTextAsync("Neste steg: sortere varer og sjekke at de er hele.");
        await AxeAsync(participant);
        await participant.GotoAsync("/konto/arbeidstrening?lang=en");
        await Assertions.Expect(participant.Locator("#my-training")).ToContainTextAsync("You can do this alone: receive and register goods");
        await AxeAsync(participant);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
        await supervisor.Context.CloseAsync();
        await participant.Context.CloseAsync();
    }
}
