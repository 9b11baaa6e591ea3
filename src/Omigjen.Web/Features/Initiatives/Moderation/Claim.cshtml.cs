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
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Initiatives.Moderation;

/// <summary>An actor asks to take over an entry that is already in the directory (demo or imported data).</summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class ClaimModel(AppDbContext db, AuditLog audit, TimeProvider time, SiteSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q"), StringLength(TextLimits.Name), SingleLine] public string? Query { get; set; }
    [BindProperty, StringLength(TextLimits.Message)] public string? Message { get; set; }
    public List<Initiative> Candidates { get; private set; } = [];
    public Paging? Paging { get; private set; }
    public Initiative? Target { get; private set; }
    public FormErrors Errors { get; } = new();
    public string? Notice { get; private set; }

    /// <summary>False when an administrator has switched claims off.</summary>
    public bool IsOpen { get; private set; } = true;

    public async Task<IActionResult> OnGetAsync(string? slug, CancellationToken ct)
    {
        IsOpen = (await settings.GetAsync(db, ct)).IsModuleOn(SiteModules.Claims);
        if (slug is not null)
        {
            Target = await db.Initiatives.AsNoTracking().Approved().FirstOrDefaultAsync(i => i.Slug == slug, ct);
            return Target is null ? NotFound() : Page();
        }
        var q = db.Initiatives.AsNoTracking().Approved();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var text = Query.Trim().ToLowerInvariant();
#pragma warning disable CA1862 // Translated to SQL; lower() on both sides is what both databases can index and compare.
            q = q.Where(i => i.Name.ToLower().Contains(text));
#pragma warning restore CA1862
        }
        Paging = Paging.For(Request, await q.CountAsync(ct));
        Candidates = await q.OrderBy(i => i.Name).Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? slug, CancellationToken ct)
    {
        if (slug is null) return NotFound();
        IsOpen = (await settings.GetAsync(db, ct)).IsModuleOn(SiteModules.Claims);
        if (!IsOpen) return Page();
        Target = await db.Initiatives.AsNoTracking().Approved().FirstOrDefaultAsync(i => i.Slug == slug, ct);
        if (Target is null) return NotFound();
        var userId = User.UserId()!;
        if (string.IsNullOrWhiteSpace(Message) || Message.Length > 2000)
        {
            Errors.Add("message", "Melding: fortell kort hvem du er og hvorfor du skal ha oppføringen (høyst 2000 tegn).",
                "Message: say briefly who you are and why the entry is yours (at most 2000 characters).");
            return Page();
        }
        if (await db.InitiativeMembers.AnyAsync(m => m.InitiativeId == Target.Id && m.UserId == userId, ct))
        {
            Notice = L.T("Du er allerede med i dette tiltaket.", "You already belong to this initiative.");
            return Page();
        }
        if (await db.ModerationRequests.AnyAsync(r => r.InitiativeId == Target.Id && r.UserId == userId && r.State == ModerationState.Pending, ct))
        {
            Notice = L.T("Du har allerede en forespørsel som venter.", "You already have a request waiting.");
            return Page();
        }
        db.ModerationRequests.Add(new ModerationRequest
        {
            Kind = ModerationKind.Claim, InitiativeId = Target.Id, UserId = userId, Message = Message.Trim(),
            State = ModerationState.Pending, CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync("claim-requested", userId, User.Identity?.Name ?? "", Target.Id, ct: ct);
        Notice = L.T("Takk! Kommunen ser på forespørselen, og du får svar på e-post.", "Thank you! The municipality will look at the request, and you get an answer by e-mail.");
        return Page();
    }
}
