using Omigjen.Web.Features.Points.Fraud;

namespace Omigjen.Web.Tests.Features.Points;

public sealed class IssuerActivityTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void A_week_far_above_the_usual_day_is_unusual()
    {
        // Two acts a day for 90 days, then ten a day for the last week.
        var days = Enumerable.Range(0, 90).SelectMany(back => Enumerable.Repeat(Today.AddDays(-back), back < 7 ? 10 : 2)).ToList();
        var activity = IssuerActivity.Of(days, Today);
        Assert.Equal(10, activity.Last7PerDay);
        Assert.Equal(2, activity.Median90);
        Assert.True(activity.IsUnusual);
    }

    [Fact]
    public void A_steady_issuer_is_not_unusual_and_old_acts_do_not_count()
    {
        var days = Enumerable.Range(0, 200).SelectMany(back => Enumerable.Repeat(Today.AddDays(-back), 3)).ToList();
        var activity = IssuerActivity.Of(days, Today);
        Assert.Equal(3, activity.Last7PerDay);
        Assert.Equal(3, activity.Median90);
        Assert.Equal(1, activity.Ratio);
        Assert.False(activity.IsUnusual);
        Assert.False(IssuerActivity.Of([], Today).IsUnusual);
    }
}
