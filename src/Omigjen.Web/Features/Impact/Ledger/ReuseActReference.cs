using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Ledger;

/// <summary>
/// The reference a points code carries when it is issued for one recorded act ("reuse-act:123"), and what claiming
/// such a code does: it links the act to the resident, once, when the act is the issuing initiative's and has no
/// resident yet.
/// </summary>
public sealed class ReuseActReference(MunicipalClock clock)
{
    private const string Prefix = "reuse-act:";

    public static string For(long actId) => Prefix + actId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? reference, out long actId)
    {
        actId = 0;
        return reference is not null && reference.StartsWith(Prefix, StringComparison.Ordinal)
            && long.TryParse(reference.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out actId);
    }

    /// <summary>Links the act to the resident inside the caller's transaction; false when it was not linked.</summary>
    public async Task<bool> LinkAsync(AppDbContext db, string reference, int initiativeId, string userId, CancellationToken ct)
    {
        if (!TryParse(reference, out var actId)) return false;
        var open = await db.ReuseActs.AnyAsync(a => a.Id == actId && a.InitiativeId == initiativeId && a.UserId == null
            && a.ReversesId == null && !db.ReuseActs.Any(r => r.ReversesId == a.Id), ct);
        if (!open || await db.ReuseActLinks.AnyAsync(l => l.ReuseActId == actId, ct)) return false;
        db.ReuseActLinks.Add(new ReuseActLink { ReuseActId = actId, UserId = userId, LinkedAt = clock.Now.UtcDateTime });
        await db.SaveChangesAsync(ct);
        return true;
    }
}
