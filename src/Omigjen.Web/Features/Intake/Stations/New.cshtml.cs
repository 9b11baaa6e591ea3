using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>A new station; its screen's address is made from the name.</summary>
public sealed class NewModel(AppDbContext db, TimeProvider time, AuditLog audit) : AdminPageModel
{
    [BindProperty] public StationForm Form { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        var station = new Station { Slug = "", Name = "", Address = "", OpeningHours = "", CreatedAt = time.GetUtcNow().UtcDateTime };
        if (!Form.TryApply(ModelState, station))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var taken = (await db.Stations.Select(s => s.Slug).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var wanted = Slugs.From(station.Name);
        station.Slug = Slugs.FirstFree(wanted.Length > StationConfiguration.SlugMax - 4 ? wanted[..(StationConfiguration.SlugMax - 4)] : wanted, taken.Contains);
        db.Stations.Add(station);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("station-created", User.UserId(), User.Identity?.Name ?? "", detail: station.Name, ct: ct);
        return RedirectToPage("/Intake/Stations/Edit", new { id = station.Id, lagret = 1 });
    }
}
