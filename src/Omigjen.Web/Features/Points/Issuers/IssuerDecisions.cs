using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Features.Points.Issuers;

/// <summary>Joining the programme, and an administrator's approval or suspension, each written to the audit log.</summary>
public sealed class IssuerDecisions(AppDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>Asks to join; false when the initiative already asked or is in.</summary>
    public async Task<bool> RequestAsync(int initiativeId, string? userId, string actor, CancellationToken ct)
    {
        if (await db.PointsIssuers.AnyAsync(i => i.InitiativeId == initiativeId, ct)) return false;
        db.PointsIssuers.Add(new PointsIssuer { InitiativeId = initiativeId, Status = IssuerStatus.Requested, RequestedAt = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two owners asked at the same moment: the first request stands.
            db.ChangeTracker.Clear();
            return false;
        }
        await audit.WriteAsync("points-issuer-requested", userId, actor, initiativeId, "", ct);
        return true;
    }

    /// <summary>Approves, suspends or reinstates; a suspension stops the issuer's open codes at once (checked at claim).</summary>
    public async Task<bool> SetAsync(int initiativeId, IssuerStatus status, string? userId, string actor, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var changed = await db.PointsIssuers.Where(i => i.InitiativeId == initiativeId && i.Status != status)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, status).SetProperty(i => i.DecidedAt, now), ct);
        if (changed == 0) return false;
        await audit.WriteAsync(status switch
        {
            IssuerStatus.Approved => "points-issuer-approved",
            IssuerStatus.Suspended => "points-issuer-suspended",
            _ => "points-issuer-reset",
        }, userId, actor, initiativeId, "", ct);
        return true;
    }

    public static string Text(IssuerStatus? status) => status switch
    {
        IssuerStatus.Requested => L.T("Venter på godkjenning", "Waiting for approval"),
        IssuerStatus.Approved => L.T("Godkjent", "Approved"),
        IssuerStatus.Suspended => L.T("Suspendert", "Suspended"),
        _ => L.T("Ikke med", "Not in the programme"),
    };
}
