using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Issuers;
using Omigjen.Web.Features.Points.Rules;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>A new claim code for one act at the counter; only an active issuer gets one.</summary>
public sealed class CodeIssuing(AppDbContext db, MunicipalClock clock)
{
    public sealed record Issued(string Code, PointsAction Action, int Points, DateTime ExpiresAt);

    public async Task<Issued?> IssueAsync(int initiativeId, PointsAction action, string? userId, CancellationToken ct, string? reference = null)
    {
        if (reference is not null && !PointsReference.IsValid(reference)) throw new ArgumentException("Not a reference.", nameof(reference));
        if (!await db.PointsIssuers.Active().AnyAsync(i => i.InitiativeId == initiativeId, ct)) return null;
        var rules = await db.CurrentAsync(ct);
        var now = clock.Now.UtcDateTime;
        var code = CodeAlphabet.New(CodeAlphabet.ClaimLength);
        var row = new PointsCode
        {
            CodeHash = CodeAlphabet.Hash(code), InitiativeId = initiativeId, Action = action, Points = rules.PointsFor(action),
            IssuedByUserId = userId, IssuedAt = now, Reference = reference, ExpiresAt = now.AddMinutes(rules.CodeLifetimeMinutes),
        };
        db.PointsCodes.Add(row);
        await db.SaveChangesAsync(ct);
        return new Issued(code, action, row.Points, row.ExpiresAt);
    }
}
