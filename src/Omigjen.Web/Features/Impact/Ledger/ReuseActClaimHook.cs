using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Codes;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>Claiming a points code issued for a sold item links that sale to the resident (for "Mitt ombruk").</summary>
public sealed class ReuseActClaimHook(ReuseActReference references) : IPointsClaimHook
{
    public Task OnClaimedAsync(AppDbContext db, string reference, int initiativeId, string userId, CancellationToken ct) =>
        references.LinkAsync(db, reference, initiativeId, userId, ct);
}
