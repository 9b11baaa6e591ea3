namespace Omigjen.Web.Features.Points.Ledger;

/// <summary>
/// A resident's balance derived from the ledger. Points lapse first in, first out: a redemption spends the oldest
/// credits still valid at its time, so what lapses later is what was earned longest ago and never spent.
/// </summary>
public sealed record PointsBalance(int Available, int Expired, int Spent)
{
    public readonly record struct Credit(DateTime At, int Points, DateTime ExpiresAt);

    public readonly record struct Debit(DateTime At, int Points);

    public static PointsBalance Of(IEnumerable<Credit> credits, IEnumerable<Debit> debits, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(credits);
        ArgumentNullException.ThrowIfNull(debits);
        var lots = credits.OrderBy(c => c.At).ThenBy(c => c.ExpiresAt).ToArray();
        var left = lots.Select(c => c.Points).ToArray();
        var spent = 0;
        foreach (var debit in debits.OrderBy(d => d.At))
        {
            var owed = debit.Points;
            for (var i = 0; i < lots.Length && owed > 0; i++)
            {
                if (left[i] == 0 || lots[i].At > debit.At || lots[i].ExpiresAt <= debit.At) continue;
                var take = Math.Min(left[i], owed);
                left[i] -= take;
                owed -= take;
                spent += take;
            }
        }
        var available = 0;
        var expired = 0;
        for (var i = 0; i < lots.Length; i++)
        {
            if (lots[i].ExpiresAt > now) available += left[i];
            else expired += left[i];
        }
        return new PointsBalance(available, expired, spent);
    }
}
