using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Infrastructure.Audit;

/// <summary>Writes security and moderation events to the audit log.</summary>
public sealed class AuditLog(AppDbContext db, TimeProvider time)
{
    public async Task WriteAsync(string kind, string? userId, string actor, int? initiativeId = null, string detail = "", CancellationToken ct = default)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            // The actor is whatever was typed into a form; it is cut to the column so a log entry can never fail a request.
            Kind = kind, UserId = userId, Actor = actor.Length > TextLimits.Email ? actor[..TextLimits.Email] : actor, InitiativeId = initiativeId,
            Detail = detail.Length > 2000 ? detail[..2000] : detail, At = time.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);
    }
}
