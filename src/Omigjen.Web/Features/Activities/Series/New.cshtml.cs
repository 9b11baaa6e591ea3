using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.Series;

/// <summary>A new activity: once or repeating, at the initiative's place or another address.</summary>
public sealed class NewSeriesModel(AppDbContext db, InitiativeAccess access, SeriesService series, MunicipalClock clock)
    : SeriesPageBase(db, access, series, clock)
{
    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        await LoadPlaceAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        var result = await SaveAsync(null, ct);
        if (result?.Series is not { } saved) return Page();
        return RedirectToPage("/Activities/Occasions/Manage", new { slug, id = saved.Id, melding = "opprettet" });
    }
}
