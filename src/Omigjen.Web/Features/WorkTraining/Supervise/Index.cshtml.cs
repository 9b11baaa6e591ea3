using System.ComponentModel.DataAnnotations;
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
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.WorkTraining.Supervise;

/// <summary>The station's work-training participants, a page at a time; a supervisor adds a person by their account's e-mail.</summary>
[Authorize(Policy = SupervisorPolicy.Name)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class IndexModel(AppDbContext db, TrainingRecords records) : PageModel
{
    public const string EmailId = "participant-email";

    public sealed record Row(int Id, string Email, bool Consented, DateOnly? EndedOn, int Mastered, int Done);

    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string? Email { get; set; }

    public Station Station { get; private set; } = null!;
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, string? lagt, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (lagt is not null) Notice = L.T("Personen er lagt til. Be personen logge inn og svare ja under «Min konto».",
            "The person is added. Ask them to sign in and answer yes under “My account”.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var (_, error) = await records.AddAsync(Station.Id, Email ?? "", User.UserId()!, ct);
        if (error is { } e)
        {
            var (nb, en) = TrainingRecords.Text(e);
            ModelState.AddError(nameof(Email), EmailId, nb, en);
            Response.StatusCode = e == TrainingError.AlreadyAdded ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
            await LoadAsync(slug, ct);
            return Page();
        }
        return RedirectToPage(new { slug, lagt = 1 });
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } station) return false;
        Station = station;
        var all = db.TrainingParticipations.AsNoTracking().Where(p => p.StationId == station.Id);
        Paging = Paging.For(Request, await all.CountAsync(ct));
        // Those still in training first, then the ended ones, newest first.
        Rows = await (from p in all
                      join u in db.Users on p.UserId equals u.Id
                      orderby p.EndedOn != null, p.Id descending
                      select new Row(p.Id, u.Email ?? "", p.ConsentedAt != null, p.EndedOn,
                          p.Progress.Count(t => t.MasteredOn != null), p.Progress.Count(t => t.DoneOn != null && t.MasteredOn == null)))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        return true;
    }
}
