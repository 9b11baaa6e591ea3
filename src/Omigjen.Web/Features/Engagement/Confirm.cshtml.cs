using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Engagement;

/// <summary>
/// The "Ja, alt stemmer" link from a reminder e-mail. The signed token is the authorisation, so no sign-in is needed.
/// Opening the link only shows a button: GET never changes anything, so a mail scanner that follows links cannot
/// confirm an entry nobody has looked at.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ConfirmModel(AppDbContext db, EntryConfirmTokens tokens, DirectoryCache cache, MunicipalClock clock, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t"), StringLength(TextLimits.Token), SingleLine] public string? Token { get; set; }

    public string Name { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public bool Confirmed { get; private set; }
    public bool Invalid { get; private set; }
    public DateOnly Today => clock.Today;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) =>
        await LoadAsync(ct) is null ? Refuse() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is not { } id) return Refuse();
        await db.Initiatives.Where(i => i.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.LastConfirmed, clock.Today).SetProperty(i => i.UpdatedAt, clock.Now.UtcDateTime), ct);
        await cache.InvalidateAsync(ct);
        var who = User.Identity?.IsAuthenticated == true ? User.Identity.Name ?? "" : "lenke i e-post / e-mail link";
        await audit.WriteAsync("entry-confirmed", User.UserId(), who, id, "via påminnelse / via reminder", ct);
        Confirmed = true;
        return Page();
    }

    /// <summary>The initiative's id when the token is valid and the entry still exists; fills in name and slug.</summary>
    private async Task<int?> LoadAsync(CancellationToken ct)
    {
        if (tokens.Read(Token) is not { } claim) return null;
        var entry = await db.Initiatives.AsNoTracking().Where(i => i.Id == claim.InitiativeId).Select(i => new { i.Id, i.Name, i.Slug }).FirstOrDefaultAsync(ct);
        if (entry is null) return null;
        Name = entry.Name;
        Slug = entry.Slug;
        return entry.Id;
    }

    private PageResult Refuse()
    {
        Invalid = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
