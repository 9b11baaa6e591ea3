using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>Changes an activity (its occasions follow, keeping sign-ups), or cancels it.</summary>
public sealed class EditSeriesModel(AppDbContext db, InitiativeAccess access, SeriesService series, MunicipalClock clock)
    : SeriesPageBase(db, access, series, clock)
{
    public ActivitySeries Series { get; private set; } = null!;
    public string? Notice { get; private set; }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var found = await Db.ActivitySeries.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.InitiativeId == Initiative.Id, ct);
        if (found is null) return false;
        Series = found;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string slug, long id, string? melding, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await LoadPlaceAsync(ct);
        Form = SeriesForm.From(Series);
        Notice = melding == "lagret" ? L.T("Endringene er lagret.", "The changes are saved.") : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var result = await SaveAsync(id, ct);
        if (result is { NotFound: true }) return NotFound();
        if (result?.Series is null) return Page();
        return RedirectToPage(new { slug, id, melding = "lagret" });
    }

    public async Task<IActionResult> OnPostCancelAsync(string slug, long id, CancellationToken ct)
    {
        if (!await Service.CancelAsync(Initiative.Id, id, ct)) return NotFound();
        return RedirectToPage("/Activities/Series/Index", new { slug, melding = "avlyst" });
    }
}
