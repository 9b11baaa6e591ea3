using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Initiatives.Members;

/// <summary>Who can edit the initiative; owners invite colleagues by e-mail and remove members.</summary>
public sealed class MembersModel(AppDbContext db, InitiativeAccess access, NoticeWriter outbox, AuditLog audit, TimeProvider time)
    : InitiativePageModel(db, access)
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(14);

    public List<(string UserId, string Email, MemberRole Role)> Members { get; private set; } = [];
    public List<Invitation> Pending { get; private set; } = [];
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string InviteEmail { get; set; } = "";
    public FormErrors Errors { get; } = new();
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        await LoadListsAsync(ct);
        return Page();
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostInviteAsync(string slug, CancellationToken ct)
    {
        InviteEmail = InviteEmail.Trim();
        if (!new EmailAddressAttribute().IsValid(InviteEmail) || InviteEmail.Length > 256)
        {
            Errors.Add("invite-email", "E-post: skriv en gyldig e-postadresse.", "E-mail: enter a valid e-mail address.");
            await LoadListsAsync(ct);
            return Page();
        }
        var now = time.GetUtcNow().UtcDateTime;
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        Db.Invitations.Add(new Invitation
        {
            InitiativeId = Initiative.Id, Email = InviteEmail, TokenHash = Hash(token), Role = MemberRole.Editor,
            InvitedByUserId = User.UserId(), CreatedAt = now, ExpiresAt = now + InvitationLifetime,
        });
        outbox.Add(Notices.MemberInvitationNotice.Name, InviteEmail, Omigjen.OpeningHours.Language.Nb,
            new Notices.MemberInvitationData(Initiative.Name, User.Identity?.Name ?? "", token));
        await Db.SaveChangesAsync(ct);
        await audit.WriteAsync("member-invited", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, InviteEmail, ct);
        Notice = L.T($"Invitasjon sendt til {InviteEmail}.", $"Invitation sent to {InviteEmail}.");
        InviteEmail = "";
        await LoadListsAsync(ct);
        return Page();
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostRemoveAsync(string slug, string userId, CancellationToken ct)
    {
        await using (var tx = await Db.Database.BeginTransactionAsync(ct))
        {
            await Owners.LockAsync(Db, [Initiative.Id], ct);
            // Asked again under the lock: the other owner may have removed this one a moment ago.
            if (!await Access.CanManageAsync(User, Initiative.Id, ct)) return Forbid();
            var member = await Db.InitiativeMembers.FirstOrDefaultAsync(m => m.InitiativeId == Initiative.Id && m.UserId == userId, ct);
            if (member is null) return NotFound();
            if (member.Role == MemberRole.Owner && await Owners.IsLastOwnerAsync(Db, Initiative.Id, userId, ct))
            {
                await tx.RollbackAsync(ct);
                Errors.Add("members", "Tiltaket må ha minst én eier.", "The initiative must have at least one owner.");
                await LoadListsAsync(ct);
                return Page();
            }
            Db.InitiativeMembers.Remove(member);
            await Db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await audit.WriteAsync("member-removed", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, userId, ct);
        return RedirectToPage(new { slug });
    }

    [OwnersOnly]
    public async Task<IActionResult> OnPostPromoteAsync(string slug, string userId, CancellationToken ct)
    {
        var changed = await Db.InitiativeMembers.Where(m => m.InitiativeId == Initiative.Id && m.UserId == userId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Role, MemberRole.Owner), ct);
        if (changed == 0) return NotFound();
        await audit.WriteAsync("role-granted", User.UserId(), User.Identity?.Name ?? "", Initiative.Id, $"{userId}: owner", ct);
        return RedirectToPage(new { slug });
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private async Task LoadListsAsync(CancellationToken ct)
    {
        var rows = await Db.InitiativeMembers.AsNoTracking().Where(m => m.InitiativeId == Initiative.Id)
            .Join(Db.Users, m => m.UserId, u => u.Id, (m, u) => new { m.UserId, u.Email, m.Role }).OrderBy(x => x.Email).ToListAsync(ct);
        Members = rows.Select(r => (r.UserId, r.Email ?? "", r.Role)).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        Pending = await Db.Invitations.AsNoTracking().Where(i => i.InitiativeId == Initiative.Id && i.AcceptedAt == null && i.ExpiresAt > now)
            .OrderByDescending(i => i.CreatedAt).Take(50).ToListAsync(ct);
    }
}
