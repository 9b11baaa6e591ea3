using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Points.Codes;

/// <summary>
/// What another feature does when a code issued for one of its acts is claimed (the impact ledger links a sold item to
/// the resident). Runs inside the claim's transaction, so the link and the credit stand or fall together.
/// </summary>
public interface IPointsClaimHook
{
    Task OnClaimedAsync(AppDbContext db, string reference, int initiativeId, string userId, CancellationToken ct);
}

/// <summary>The form of a code's reference: a short token of lower-case letters, digits, ':' and '-'.</summary>
public static class PointsReference
{
    public const int MaxLength = 60;

    public static bool IsValid(string? reference) =>
        reference is { Length: > 0 and <= MaxLength } && reference.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or ':' or '-');
}
