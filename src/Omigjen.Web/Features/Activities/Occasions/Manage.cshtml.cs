using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Occasions;

/// <summary>The coming dates of one activity, each with "avlys" (cancel) and "flytt" (move to another date and time).</summary>
public sealed class ManageOccasionsModel(AppDbContext db, InitiativeAccess access, OccasionService occasions, MunicipalClock clock)
    : InitiativePageModel(db, access)
{
    public ActivitySeries Series { get; private set; } = null!;
    public List<ActivityOccasion> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public string? Notice { get; private set; }
    public string? Problem { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, long id, string? melding, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Notice = melding switch
        {
            "opprettet" => L.T("Aktiviteten er opprettet.", "The activity is created."),
            "avlyst" => L.T("Datoen er avlyst.", "The date is cancelled."),
            "flyttet" => L.T("Datoen er flyttet.", "The date is moved."),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, long id, long occasion, CancellationToken ct)
    {
        var outcome = await occasions.CancelAsync(Initiative.Id, occasion, ct);
        return await AfterAsync(slug, id, outcome, "avlyst", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(string slug, long id, long occasion, string? date, string? time, CancellationToken ct)
    {
        if (!DateInput.TryDate(date, out var d, typed: true) || !TimeOnly.TryParse(time, System.Globalization.CultureInfo.InvariantCulture, out var t))
        {
            if (!await LoadAsync(id, ct)) return NotFound();
            Problem = L.T("Flytt: skriv ny dato og nytt klokkeslett.", "Move: enter the new date and time.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var outcome = await occasions.MoveAsync(Initiative.Id, occasion, d.ToDateTime(t), ct);
        return await AfterAsync(slug, id, outcome, "flyttet", ct);
    }

    private async Task<IActionResult> AfterAsync(string slug, long id, OccasionEditOutcome outcome, string done, CancellationToken ct)
    {
        if (outcome == OccasionEditOutcome.NotFound || !await LoadAsync(id, ct)) return NotFound();
        if (outcome == OccasionEditOutcome.Done) return RedirectToPage(new { slug, id, melding = done });
        Problem = outcome switch
        {
            OccasionEditOutcome.AlreadyCancelled or OccasionEditOutcome.Cancelled => L.T("Datoen er allerede avlyst.", "The date is already cancelled."),
            OccasionEditOutcome.TimeDoesNotExist => L.T("Klokkeslettet finnes ikke den dagen, fordi klokken stilles fram til sommertid.", "The time does not exist that day, because the clocks go forward to summer time."),
            _ => L.T("Datoen har vært, eller den nye tiden har vært.", "The date is past, or the new time is past."),
        };
        Response.StatusCode = StatusCodes.Status409Conflict;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var series = await Db.ActivitySeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.InitiativeId == Initiative.Id, ct);
        if (series is null) return false;
        Series = series;
        var now = clock.Now.UtcDateTime;
        var query = Db.ActivityOccasions.AsNoTracking().Where(o => o.SeriesId == id && o.EndUtc > now);
        Paging = Paging.For(Request, await query.CountAsync(ct));
        Rows = await query.OrderBy(o => o.StartUtc).ThenBy(o => o.Id).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        return true;
    }
}
