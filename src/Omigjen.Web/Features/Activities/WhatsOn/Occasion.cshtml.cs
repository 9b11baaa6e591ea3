using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Activities.Calendar;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>One occasion of an activity, with the series' details, its status, places left, other dates, the calendar links and JSON-LD.</summary>
public sealed class OccasionModel(AppDbContext db, MunicipalClock clock, IViewComponentSelector components, IOptions<SiteOptions> site) : PageModel
{
    /// <summary>The sign-up form, offered by another part of the feature when it is there.</summary>
    public const string SignUpComponent = "ActivitySignUp";

    public ActivityOccasion Occasion { get; private set; } = null!;
    public ActivitySeries Series => Occasion.Series!;
    public Initiative Initiative => Series.Initiative!;
    public string Place { get; private set; } = "";
    public List<ActivityOccasion> OtherDates { get; private set; } = [];
    public bool ShowSignUp { get; private set; }
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var now = clock.Now.UtcDateTime;
        OtherDates = await db.ActivityOccasions.AsNoTracking()
            .Where(o => o.SeriesId == Occasion.SeriesId && o.Id != id && o.StartUtc > now && o.Status != OccasionStatus.Cancelled)
            .OrderBy(o => o.StartUtc).Take(8).ToListAsync(ct);
        ShowSignUp = components.SelectComponent(SignUpComponent) is not null;
        return Page();
    }

    /// <summary>The occasion as an .ics file to add to a calendar.</summary>
    public async Task<IActionResult> OnGetIcsAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var host = new Uri(site.Value.PublicBaseUrl).Host;
        var link = site.Value.Link(Url.Page("/Activities/WhatsOn/Occasion", new { id }) ?? "/");
        var bytes = OccasionCalendar.Single(Series, Occasion, Place, link, host, "PUBLISH", Occasion.UpdatedAt);
        return File(bytes, "text/calendar; method=PUBLISH; charset=utf-8", $"aktivitet-{id}.ics");
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var o = await db.ActivityOccasions.AsNoTracking().Include(x => x.Series).ThenInclude(s => s!.Initiative).ThenInclude(i => i!.Locations)
            .OfPublicInitiatives(db).Where(x => x.Id == id).FirstOrDefaultAsync(ct);
        if (o is null) return false;
        Occasion = o;
        Place = Series.Address ?? (await ActivityPlaces.ForInitiativesAsync(db, [o.InitiativeId], clock.Today, ct)).GetValueOrDefault(o.InitiativeId, "");
        return true;
    }
}
