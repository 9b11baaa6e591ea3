using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>A station's details, and its staff: accounts granted the station role by e-mail, and taken off again.</summary>
public sealed class EditModel(AppDbContext db, UserManager<AppUser> users, TimeProvider time, AuditLog audit) : AdminPageModel
{
    public const string EmailId = "staff-email";

    [BindProperty] public StationForm Form { get; set; } = new();
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string? StaffEmail { get; set; }
    [BindProperty, StringLength(TextLimits.Token), SingleLine] public string? UserId { get; set; }

    public Station Station { get; private set; } = null!;
    public List<(string UserId, string Email)> Staff { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? lagret, string? endret, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Form = StationForm.Of(Station);
        if (lagret is not null) StatusMessage = L.T("Stasjonen er lagret.", "The station is saved.");
        if (endret is not null) StatusMessage = L.T("De ansatte er endret.", "The staff are changed.");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        var station = await db.Stations.SingleAsync(s => s.Id == id, ct);
        if (!Form.TryApply(ModelState, station))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        await db.SaveChangesAsync(ct);
        return RedirectToPage(new { id, lagret = 1 });
    }

    public async Task<IActionResult> OnPostGrantAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        ModelState.Clear();
        Form = StationForm.Of(Station);
        var user = string.IsNullOrWhiteSpace(StaffEmail) ? null : await users.FindByEmailAsync(StaffEmail.Trim());
        if (user is null)
        {
            ModelState.AddError(nameof(StaffEmail), EmailId, "E-post: fant ingen konto med denne adressen. Personen må lage en konto først.",
                "E-mail: no account has this address. The person must create an account first.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (!await db.StationStaff.AnyAsync(m => m.StationId == id && m.UserId == user.Id, ct))
        {
            db.StationStaff.Add(new StationStaffMember { StationId = id, UserId = user.Id, GrantedAt = time.GetUtcNow().UtcDateTime, GrantedById = User.UserId() });
            await db.SaveChangesAsync(ct);
            await audit.WriteAsync("station-staff-granted", User.UserId(), User.Identity?.Name ?? "", detail: $"{Station.Name}: {user.Email}", ct: ct);
        }
        return RedirectToPage(new { id, endret = 1 });
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var removed = await db.StationStaff.Where(m => m.StationId == id && m.UserId == UserId).ExecuteDeleteAsync(ct);
        if (removed > 0) await audit.WriteAsync("station-staff-revoked", User.UserId(), User.Identity?.Name ?? "", detail: $"{Station.Name}: {UserId}", ct: ct);
        return RedirectToPage(new { id, endret = 1 });
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        if (await db.Stations.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct) is not { } station) return false;
        Station = station;
        var staff = await (from m in db.StationStaff
                           join u in db.Users on m.UserId equals u.Id
                           where m.StationId == id
                           orderby u.Email
                           select new { u.Id, u.Email }).ToListAsync(ct);
        Staff = staff.Select(s => (s.Id, s.Email ?? "")).ToList();
        return true;
    }
}
