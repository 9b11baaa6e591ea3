using Microsoft.EntityFrameworkCore;

namespace Omigjen.Web.Features.Points.Rewards;

/// <summary>A reward in the list of who offers it, with how many were redeemed and used (counts only, never who).</summary>
public sealed record RewardRow(int Id, string TitleNb, string TitleEn, int Price, int Stock, DateOnly? ValidFrom, DateOnly? ValidTo, bool Withdrawn, int Redeemed, int Used)
{
    public string Title => Infrastructure.L.T(TitleNb, TitleEn);

    public static Task<List<RewardRow>> LoadAsync(Data.AppDbContext db, IQueryable<Reward> rewards, int skip, int take, CancellationToken ct) =>
        rewards.OrderBy(r => r.Withdrawn).ThenByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Skip(skip).Take(take)
            .Select(r => new RewardRow(r.Id, r.TitleNb, r.TitleEn, r.PointsPrice, r.Stock, r.ValidFrom, r.ValidTo, r.Withdrawn,
                db.Vouchers.Count(v => v.RewardId == r.Id), db.Vouchers.Count(v => v.RewardId == r.Id && v.UsedAt != null)))
            .ToListAsync(ct);
}
