namespace Omigjen.Web.Features.Points.Issuers;

public static class IssuerQueries
{
    /// <summary>Initiatives that may issue codes and accept vouchers now: approved and not suspended.</summary>
    public static IQueryable<PointsIssuer> Active(this IQueryable<PointsIssuer> issuers) =>
        issuers.Where(i => i.Status == IssuerStatus.Approved);
}
