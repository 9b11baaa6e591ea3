using Omigjen.Web.Features.Points.Ledger;

namespace Omigjen.Web.Tests.Features.Points;

public sealed class PointsBalanceTests
{
    private static readonly DateTime Jan = new(2026, 1, 10, 12, 0, 0, DateTimeKind.Utc);

    private static PointsBalance.Credit Credit(DateTime at, int points) => new(at, points, at.AddMonths(12));

    [Fact]
    public void A_redemption_spends_the_oldest_credits_first_so_the_newer_ones_outlive_it()
    {
        var credits = new[] { Credit(Jan, 30), Credit(Jan.AddMonths(6), 30) };
        var debits = new[] { new PointsBalance.Debit(Jan.AddMonths(7), 40) };

        Assert.Equal(new PointsBalance(20, 0, 40), PointsBalance.Of(credits, debits, Jan.AddMonths(8)));
        // After the first credit lapses nothing is lost: it was spent. The rest of the second remains.
        Assert.Equal(new PointsBalance(20, 0, 40), PointsBalance.Of(credits, debits, Jan.AddMonths(13)));
        // After the second lapses, its unspent 20 are expired.
        Assert.Equal(new PointsBalance(0, 20, 40), PointsBalance.Of(credits, debits, Jan.AddMonths(19)));
    }

    [Fact]
    public void Unspent_points_expire_after_their_lifetime()
    {
        var credits = new[] { Credit(Jan, 10), Credit(Jan.AddMonths(3), 5) };
        Assert.Equal(new PointsBalance(15, 0, 0), PointsBalance.Of(credits, [], Jan.AddMonths(11)));
        Assert.Equal(new PointsBalance(5, 10, 0), PointsBalance.Of(credits, [], Jan.AddMonths(12)));
    }

    [Fact]
    public void A_redemption_never_spends_credits_that_had_expired_or_did_not_exist_yet()
    {
        var credits = new[] { Credit(Jan, 50), Credit(Jan.AddMonths(13), 10), Credit(Jan.AddMonths(15), 100) };
        var debits = new[] { new PointsBalance.Debit(Jan.AddMonths(14), 10) };
        // The first credit had lapsed at the redemption, and the third came later: the second pays.
        Assert.Equal(new PointsBalance(100, 50, 10), PointsBalance.Of(credits, debits, Jan.AddMonths(16)));
    }

    [Fact]
    public void The_order_of_the_input_does_not_matter()
    {
        var credits = new[] { Credit(Jan.AddMonths(2), 7), Credit(Jan, 3), Credit(Jan.AddMonths(1), 5) };
        var debits = new[] { new PointsBalance.Debit(Jan.AddMonths(4), 2), new PointsBalance.Debit(Jan.AddMonths(3), 4) };
        Assert.Equal(new PointsBalance(9, 0, 6), PointsBalance.Of(credits, debits, Jan.AddMonths(5)));
        // Oldest first: the 3 and 3 of the 5 were spent; when the 5 lapses its last 2 are expired and the 7 remain.
        Assert.Equal(new PointsBalance(7, 2, 6), PointsBalance.Of(credits, debits, Jan.AddMonths(13).AddDays(1)));
    }
}
