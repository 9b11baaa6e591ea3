using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.WorkTraining.Mine;

/// <summary>One of the participant's work trainings, with the station's name.</summary>
public sealed record MyTraining(Participation Participation, string StationName);

/// <summary>
/// "Min arbeidstrening": the participant answers the question of consent, sees in plain words what they can do and what
/// comes next, downloads it as a text file, and can have it all deleted at any time.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class IndexModel(AppDbContext db, TrainingRecords records) : PageModel
{
    public List<MyTraining> Trainings { get; private set; } = [];
    public string? Notice { get; private set; }

    public DateOnly DeletedOn(DateOnly endedOn) => records.DeletedOn(endedOn);

    public async Task<IActionResult> OnGetAsync(string? status, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        Notice = status switch
        {
            "ja" => L.T("Takk. Nå kan veilederen din skrive ned det du lærer.", "Thank you. Your supervisor can now record what you learn."),
            "slettet" => L.T("Det er slettet.", "It is deleted."),
            _ => null,
        };
        Trainings = await LoadAsync(userId, null, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await records.ConsentAsync(userId, id, ct)) return NotFound();
        return RedirectToPage(new { status = "ja" });
    }

    /// <summary>No to the question, consent taken back, or "delete it": all the same, everything goes.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if (!await records.DeleteForParticipantAsync(userId, id, ct)) return NotFound();
        return RedirectToPage(new { status = "slettet" });
    }

    /// <summary>The progression as a plain text file in the page's language.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken ct)
    {
        if (User.UserId() is not { } userId) return Challenge();
        if ((await LoadAsync(userId, id, ct)).FirstOrDefault() is not { } training || training.Participation.ConsentedAt is null) return NotFound();
        Response.Headers.CacheControl = "no-store";
        var text = Describe(training);
        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), "text/plain; charset=utf-8",
            L.T("arbeidstrening.txt", "work-training.txt"));
    }

    /// <summary>What the participant can do, has done and may learn next, in short sentences.</summary>
    public static string Describe(MyTraining training)
    {
        ArgumentNullException.ThrowIfNull(training);
        var p = training.Participation;
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(L.T($"Arbeidstrening hos {training.StationName}", $"Work training at {training.StationName}"));
        var started = DateOnly.FromDateTime(p.ConsentedAt ?? p.CreatedAt);
        text.AppendLine(p.EndedOn is { } ended
            ? L.T($"Fra {started.ToString("dd.MM.yyyy", culture)} til {ended.ToString("dd.MM.yyyy", culture)}.", $"From {started.ToString("dd.MM.yyyy", culture)} to {ended.ToString("dd.MM.yyyy", culture)}.")
            : L.T($"Startet {started.ToString("dd.MM.yyyy", culture)}.", $"Started {started.ToString("dd.MM.yyyy", culture)}."));
        text.AppendLine();
        foreach (var line in Lines(p)) text.AppendLine(line);
        return text.ToString();
    }

    /// <summary>One sentence per task, and what comes next.</summary>
    public static IEnumerable<string> Lines(Participation participation)
    {
        ArgumentNullException.ThrowIfNull(participation);
        var culture = CultureInfo.InvariantCulture;
        TrainingTask? next = null;
        foreach (var task in TrainingText.Steps)
        {
            var (nb, en) = TrainingText.Task(task);
            var progress = participation.Progress.FirstOrDefault(t => t.Task == task);
            if (progress?.MasteredOn is { } mastered)
                yield return L.T($"Du klarer selv: {nb.ToLowerInvariant()} (siden {mastered.ToString("dd.MM.yyyy", culture)}).",
                    $"You can do this alone: {en.ToLowerInvariant()} (since {mastered.ToString("dd.MM.yyyy", culture)}).");
            else if (progress?.DoneOn is { } done)
                yield return L.T($"Du har gjort med hjelp: {nb.ToLowerInvariant()} (første gang {done.ToString("dd.MM.yyyy", culture)}).",
                    $"You have done this with help: {en.ToLowerInvariant()} (first time {done.ToString("dd.MM.yyyy", culture)}).");
            if (progress?.MasteredOn is null) next ??= task;
        }
        if (next is { } n && participation.EndedOn is null)
        {
            var (nb, en) = TrainingText.Task(n);
            yield return L.T($"Neste steg: {nb.ToLowerInvariant()}.", $"Next step: {en.ToLowerInvariant()}.");
        }
        else if (next is null) yield return L.T("Du klarer alle oppgavene selv.", "You can do all the tasks alone.");
    }

    private async Task<List<MyTraining>> LoadAsync(string userId, int? id, CancellationToken ct)
    {
        var q = db.TrainingParticipations.AsNoTracking().Include(p => p.Progress).Where(p => p.UserId == userId);
        if (id is { } one) q = q.Where(p => p.Id == one);
        // A person is in work training at one or two places at a time; the list is short, so it is not paged.
        var rows = await q.OrderByDescending(p => p.Id).Take(50).Select(p => new { p, p.Station!.Name }).ToListAsync(ct);
        return rows.Select(r => new MyTraining(r.p, r.Name)).ToList();
    }
}
