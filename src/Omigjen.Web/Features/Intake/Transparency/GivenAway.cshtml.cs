using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Transparency;

/// <summary>
/// "Gis bort": what no partner claimed at a station, free for anyone to take while it lasts, with the station's hours.
/// The cascade's public step; after <see cref="IntakeOptions.PublicDays"/> the lots go to recycling and leave the list.
/// </summary>
public sealed class GivenAwayModel(AppDbContext db, MunicipalClock clock) : PageModel
{
    public sealed record Row(long Id, IntakeCategory Category, int Count, decimal WeightKg, LotCondition Condition, DateTime Since);

    public Station Station { get; private set; } = null!;
    public string? Hours { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public MunicipalClock Clock => clock;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Slug == slug, ct) is not { } station) return NotFound();
        Station = station;
        var parsed = OpeningHoursSchedule.Parse(station.OpeningHours);
        Hours = parsed.Schedule is { } schedule ? OpeningHoursText.Describe(schedule, L.IsEnglish ? Language.En : Language.Nb) : station.OpeningHours;
        var lots = db.IntakeLots.AsNoTracking().Active().Where(l => l.StationId == station.Id && l.State == LotState.ToThePublic);
        Paging = Paging.For(Request, await lots.CountAsync(ct));
        Rows = await (from l in lots
                      join d in db.AllocationDecisions on l.Id equals d.LotId
                      orderby d.DecidedAt descending, l.Id descending
                      select new Row(l.Id, l.Category, l.Count, l.WeightKg, l.Condition, d.DecidedAt))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        return Page();
    }

    public static string ConditionText(LotCondition c) => c switch
    {
        LotCondition.Good => L.T("god stand", "good condition"),
        LotCondition.Worn => L.T("brukt", "worn"),
        _ => L.T("må repareres", "needs repair"),
    };
}
