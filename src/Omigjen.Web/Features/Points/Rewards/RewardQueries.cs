using Omigjen.Web.Data;
using Omigjen.Web.Features.Points.Issuers;

namespace Omigjen.Web.Features.Points.Rewards;

public static class RewardQueries
{
    /// <summary>Rewards a resident can redeem today: not withdrawn, in stock, within their dates, from the municipality or an active issuer.</summary>
    public static IQueryable<Reward> Offered(this IQueryable<Reward> rewards, AppDbContext db, DateOnly today) =>
        rewards.Where(r => !r.Withdrawn && r.Stock > 0 && (r.ValidFrom == null || r.ValidFrom <= today) && (r.ValidTo == null || r.ValidTo >= today)
                           && (r.InitiativeId == null || db.PointsIssuers.Active().Any(i => i.InitiativeId == r.InitiativeId)));
}
