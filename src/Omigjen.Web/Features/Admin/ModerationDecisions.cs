using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Omigjen.OpeningHours;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Admin.Notices;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Admin;

public enum DecisionStatus
{
    /// <summary>The decision was written (and the requester's notice, when they have an address).</summary>
    Decided,

    /// <summary>No request with that id.</summary>
    NotFound,

    /// <summary>Someone decided it before: nothing was changed.</summary>
    AlreadyDecided,
}

/// <summary>What happened to a decision; <see cref="State"/> is the request's state afterwards.</summary>
public sealed record DecisionOutcome(DecisionStatus Status, ModerationState? State = null, string InitiativeName = "", bool EmailSent = false);

/// <summary>
/// Approves or rejects a request in the moderation queue. The state is checked inside the write, so a request decided
/// twice (a double click, or two administrators at once) is applied once.
/// </summary>
public sealed class ModerationDecisions(
    AppDbContext db, AuditLog audit, DirectoryCache cache, NoticeWriter outbox, MunicipalClock clock)
{
    public const int MaxMessageLength = 2000;

    public async Task<DecisionOutcome> DecideAsync(int requestId, bool approve, string? message, ClaimsPrincipal admin, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(admin);
        message = (message ?? "").Trim();
        if (message.Length > MaxMessageLength) message = message[..MaxMessageLength];

        var request = await db.ModerationRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null) return new DecisionOutcome(DecisionStatus.NotFound);
        var initiative = await db.Initiatives.AsNoTracking().Where(i => i.Id == request.InitiativeId)
            .Select(i => new { i.Id, i.Slug, i.Name }).FirstOrDefaultAsync(ct);
        if (initiative is null) return new DecisionOutcome(DecisionStatus.NotFound);
        if (request.State != ModerationState.Pending) return new DecisionOutcome(DecisionStatus.AlreadyDecided, request.State, initiative.Name);

        var now = clock.Now.UtcDateTime;
        var adminId = admin.UserId();
        var adminEmail = admin.FindFirstValue(ClaimTypes.Email) ?? admin.Identity?.Name ?? "";
        var state = approve ? ModerationState.Approved : ModerationState.Rejected;
        var registration = request.Kind == ModerationKind.Registration;

        var told = false;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            // The guard: only a request that is still pending changes, and only one writer can change it.
            var rows = await db.ModerationRequests.Where(r => r.Id == requestId && r.State == ModerationState.Pending)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(r => r.State, state)
                    .SetProperty(r => r.DecidedAt, now)
                    .SetProperty(r => r.DecidedByUserId, adminId)
                    .SetProperty(r => r.DecisionMessage, message), ct);
            if (rows != 1)
            {
                await tx.RollbackAsync(ct);
                var current = await db.ModerationRequests.AsNoTracking().Where(r => r.Id == requestId).Select(r => (ModerationState?)r.State).FirstOrDefaultAsync(ct);
                return new DecisionOutcome(DecisionStatus.AlreadyDecided, current, initiative.Name);
            }

            if (registration && approve)
            {
                // The officer has just checked the entry: it counts as confirmed today, not as six months stale.
                var today = clock.Today;
                await db.Initiatives.Where(i => i.Id == initiative.Id)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.Moderation, ModerationState.Approved).SetProperty(i => i.UpdatedAt, now)
                        .SetProperty(i => i.LastConfirmed, today), ct);
            }
            else if (registration)
            {
                await db.Initiatives.Where(i => i.Id == initiative.Id && i.Moderation == ModerationState.Pending)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.Moderation, ModerationState.Rejected), ct);
            }

            if (approve && request.UserId is { } requesterId)
            {
                var member = await db.InitiativeMembers.FirstOrDefaultAsync(m => m.InitiativeId == initiative.Id && m.UserId == requesterId, ct);
                if (member is null)
                    db.InitiativeMembers.Add(new InitiativeMember { InitiativeId = initiative.Id, UserId = requesterId, Role = MemberRole.Owner, AddedAt = now });
                else
                    member.Role = MemberRole.Owner;
                await db.SaveChangesAsync(ct);
            }

            var kind = (registration, approve) switch
            {
                (true, true) => "initiative-approved",
                (true, false) => "initiative-rejected",
                (false, true) => "claim-approved",
                (false, false) => "claim-rejected",
            };
            // The requester is told by a notice saved with the audit entry, in the decision's transaction.
            var requesterEmail = request.UserId is null ? null
                : await db.Users.AsNoTracking().Where(u => u.Id == request.UserId).Select(u => u.Email).FirstOrDefaultAsync(ct);
            if (requesterEmail is not null)
            {
                outbox.Add(ModerationDecisionNotice.Name, requesterEmail, Language.Nb,
                    new ModerationDecisionData(request.Kind, approve, initiative.Name, initiative.Slug, message));
                told = true;
            }
            await audit.WriteAsync(kind, adminId, adminEmail, initiative.Id, $"{initiative.Name} ({initiative.Slug}), request {request.Id}"
                + (message.Length > 0 ? ": " + message : ""), ct);
            await tx.CommitAsync(ct);
        }

        if (registration) await cache.InvalidateAsync(ct);

        return new DecisionOutcome(DecisionStatus.Decided, state, initiative.Name, told);
    }
}
