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

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>
/// Accepting an invitation: signed in with the invited address. The token is single-use (only its hash is stored).
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
[EnableRateLimiting(RateLimiting.WritePolicy)]
public sealed class AcceptInvitationModel(AppDbContext db, AuditLog audit, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "t"), StringLength(TextLimits.Token), SingleLine] public string? Token { get; set; }
    public Invitation? Invitation { get; private set; }
    public Initiative? Initiative { get; private set; }
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await FindAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await FindAsync(ct);
        if (Problem is not null || Invitation is null || Initiative is null) return Page();
        var userId = User.UserId()!;
        var now = time.GetUtcNow().UtcDateTime;
        // Claim the invitation first: only one acceptance can change AcceptedAt from null.
        var claimed = await db.Invitations.Where(i => i.Id == Invitation.Id && i.AcceptedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AcceptedAt, now), ct);
        if (claimed == 0)
        {
            Problem = L.T("Invitasjonen er allerede brukt.", "The invitation has already been used.");
            return Page();
        }
        if (!await db.InitiativeMembers.AnyAsync(m => m.InitiativeId == Initiative.Id && m.UserId == userId, ct))
        {
            db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = Initiative.Id, UserId = userId, Role = Invitation.Role, AddedAt = now });
            await db.SaveChangesAsync(ct);
        }
        await audit.WriteAsync("invitation-accepted", userId, User.Identity?.Name ?? "", Initiative.Id, ct: ct);
        return RedirectToPage("/Initiatives/Editor/Overview", new { slug = Initiative.Slug });
    }

    private async Task FindAsync(CancellationToken ct)
    {
        if (string.IsNullOrEmpty(Token))
        {
            Problem = L.T("Lenken mangler koden.", "The link is missing its code.");
            return;
        }
        var hash = MembersModel.Hash(Token);
        Invitation = await db.Invitations.AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, ct);
        var now = time.GetUtcNow().UtcDateTime;
        if (Invitation is null || Invitation.ExpiresAt < now)
        {
            Problem = L.T("Invitasjonen er ugyldig eller utløpt. Be eieren sende en ny.", "The invitation is invalid or has expired. Ask the owner to send a new one.");
            Invitation = null;
            return;
        }
        if (Invitation.AcceptedAt is not null)
        {
            Problem = L.T("Invitasjonen er allerede brukt.", "The invitation has already been used.");
            return;
        }
        var email = User.Identity?.Name ?? "";
        if (!string.Equals(email, Invitation.Email, StringComparison.OrdinalIgnoreCase))
        {
            Problem = L.T($"Invitasjonen ble sendt til {Invitation.Email}. Logg inn med den adressen for å ta den imot.",
                $"The invitation was sent to {Invitation.Email}. Sign in with that address to accept it.");
            return;
        }
        Initiative = await db.Initiatives.AsNoTracking().FirstOrDefaultAsync(i => i.Id == Invitation.InitiativeId, ct);
    }
}
