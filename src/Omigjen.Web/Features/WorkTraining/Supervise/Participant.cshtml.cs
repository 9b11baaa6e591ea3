using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Forms;

namespace Omigjen.Web.Features.WorkTraining.Supervise;

/// <summary>One participant's tasks: the supervisor sets each to "not yet", "done with help" or "can do it alone", or ends the training.</summary>
[Authorize(Policy = SupervisorPolicy.Name)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ParticipantModel(AppDbContext db, TrainingRecords records) : PageModel
{
    [BindProperty] public TrainingTask Task { get; set; }
    [BindProperty] public TaskLevel Level { get; set; }

    public Station Station { get; private set; } = null!;
    public Participation Participation { get; private set; } = null!;
    public string Email { get; private set; } = "";
    public string? Notice { get; private set; }

    public TaskLevel LevelOf(TrainingTask task) => Participation.Progress.FirstOrDefault(t => t.Task == task)?.Level ?? TaskLevel.NotYet;

    public async Task<IActionResult> OnGetAsync(string slug, int id, string? lagret, string? avsluttet, CancellationToken ct)
    {
        if (!await LoadAsync(slug, id, ct)) return NotFound();
        if (lagret is not null) Notice = L.T("Lagret.", "Saved.");
        if (avsluttet is not null) Notice = L.T("Arbeidstreningen er avsluttet.", "The work training has ended.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, int id, CancellationToken ct)
    {
        if (!await LoadAsync(slug, id, ct)) return NotFound();
        var error = await records.RecordAsync(Station.Id, id, Task, Level, User.UserId()!, ct);
        if (error is { } e) return await RefusedAsync(slug, id, e, ct);
        return RedirectToPage(new { slug, id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostEndAsync(string slug, int id, CancellationToken ct)
    {
        if (!await LoadAsync(slug, id, ct)) return NotFound();
        if (!await records.EndAsync(Station.Id, id, ct)) return await RefusedAsync(slug, id, TrainingError.Ended, ct);
        return RedirectToPage(new { slug, id, avsluttet = 1 });
    }

    private async Task<IActionResult> RefusedAsync(string slug, int id, TrainingError error, CancellationToken ct)
    {
        var (nb, en) = TrainingRecords.Text(error);
        ModelState.Clear();
        ModelState.AddError("Form", "tasks", nb, en);
        Response.StatusCode = StatusCodes.Status409Conflict;
        await LoadAsync(slug, id, ct);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, int id, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } station) return false;
        // Only a participation of this station: another station's id answers 404.
        if (await db.TrainingParticipations.AsNoTracking().Include(p => p.Progress).FirstOrDefaultAsync(p => p.Id == id && p.StationId == station.Id, ct) is not { } p)
            return false;
        Station = station;
        Participation = p;
        Email = await db.Users.Where(u => u.Id == p.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct) ?? "";
        return true;
    }
}
