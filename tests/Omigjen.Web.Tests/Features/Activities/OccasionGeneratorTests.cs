using Omigjen.Web.Features.Activities;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.Series;

namespace Omigjen.Web.Tests.Features.Activities;

/// <summary>The expansion of a series into occasions, without a database.</summary>
public sealed class OccasionGeneratorTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static ActivitySeries Thursdays(string? rule = "FREQ=WEEKLY", string? except = null) => new()
    {
        Title = "Reparasjonskafé", StartLocal = new DateTime(2027, 3, 4, 17, 0, 0), DurationMinutes = 180, RecurrenceRule = rule, ExceptionDates = except,
    };

    private static DateTime Utc(int y, int m, int d, int h) => new(y, m, d, h, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Weekly_keeps_the_local_time_across_the_change_to_summer_time()
    {
        var list = OccasionGenerator.Expand(Thursdays(), Oslo, Utc(2027, 3, 1, 0), Utc(2027, 4, 10, 0));
        Assert.Equal([Utc(2027, 3, 4, 16), Utc(2027, 3, 11, 16), Utc(2027, 3, 18, 16), Utc(2027, 3, 25, 16), Utc(2027, 4, 1, 15), Utc(2027, 4, 8, 15)],
            list.Select(o => o.StartUtc));
        Assert.All(list, o => Assert.Equal(TimeSpan.FromHours(3), o.EndUtc - o.StartUtc));
        Assert.All(list, o => Assert.Equal(17, TimeZoneInfo.ConvertTimeFromUtc(o.StartUtc, Oslo).Hour));
    }

    [Fact]
    public void Exception_dates_and_the_window_cut_occasions()
    {
        var list = OccasionGenerator.Expand(Thursdays(except: "2027-03-11, 25.03.2027"), Oslo, Utc(2027, 3, 5, 0), Utc(2027, 4, 2, 0));
        Assert.Equal([Utc(2027, 3, 18, 16), Utc(2027, 4, 1, 15)], list.Select(o => o.StartUtc));
    }

    [Fact]
    public void Monthly_by_weekday_and_a_single_occasion()
    {
        var monthly = OccasionGenerator.Expand(Thursdays("FREQ=MONTHLY;BYDAY=1TH"), Oslo, Utc(2027, 3, 1, 0), Utc(2027, 6, 1, 0));
        Assert.Equal([Utc(2027, 3, 4, 16), Utc(2027, 4, 1, 15), Utc(2027, 5, 6, 15)], monthly.Select(o => o.StartUtc));
        var once = OccasionGenerator.Expand(Thursdays(rule: null), Oslo, Utc(2027, 3, 1, 0), Utc(2028, 1, 1, 0));
        Assert.Equal([Utc(2027, 3, 4, 16)], once.Select(o => o.StartUtc));
    }

    [Fact]
    public void A_time_in_the_spring_gap_does_not_exist_and_one_in_the_autumn_is_read_at_its_first_occurrence()
    {
        Assert.False(LocalTimes.Exists(new DateTime(2027, 3, 28, 2, 30, 0), Oslo));
        Assert.True(LocalTimes.Exists(new DateTime(2027, 3, 28, 3, 30, 0), Oslo));
        Assert.Equal(Utc(2027, 3, 28, 1).AddMinutes(30), LocalTimes.ToUtc(new DateTime(2027, 3, 28, 2, 30, 0), Oslo));
        Assert.Equal(Utc(2027, 10, 31, 0).AddMinutes(30), LocalTimes.ToUtc(new DateTime(2027, 10, 31, 2, 30, 0), Oslo));
    }

    [Theory]
    [InlineData("FREQ=DAILY", "bare ukentlige")]
    [InlineData("FREQ=YEARLY", "bare ukentlige")]
    [InlineData("hver torsdag", "kan ikke leses")]
    [InlineData("FREQ=WEEKLY;BYHOUR=17", "klokkeslettet")]
    public void Rules_other_than_weekly_or_monthly_are_refused(string rule, string expected)
    {
        var error = SeriesRules.CheckRule(rule);
        Assert.NotNull(error);
        Assert.Contains(expected, error.Value.Nb, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Value.En));
    }

    [Theory]
    [InlineData("FREQ=WEEKLY;BYDAY=TH")]
    [InlineData("RRULE:FREQ=MONTHLY;BYDAY=-1SA")]
    [InlineData("freq=weekly;interval=2;until=20271231T235959")]
    public void Weekly_and_monthly_rules_are_accepted(string rule) => Assert.Null(SeriesRules.CheckRule(rule));

    [Fact]
    public void The_draft_names_each_wrong_field_in_both_languages()
    {
        var draft = new SeriesDraft
        {
            Title = "", StartLocal = new DateTime(2027, 3, 28, 2, 30, 0), EndLocal = new DateTime(2027, 3, 28, 1, 0, 0), RecurrenceRule = "FREQ=DAILY",
            Address = "Et sted", Latitude = 10.4, Longitude = 59.8, AgeFrom = 10, AgeTo = 6, Capacity = 0, ExceptionDates = "i morgen",
        };
        var fields = draft.Errors(Oslo).Select(e => e.Field).ToList();
        Assert.Equal(["Title", "StartTime", "EndTime", "Rule", "ExceptionDates", "Latitude", "AgeTo", "Capacity"], fields);
        Assert.Contains(draft.Errors(Oslo), e => e.Field == "StartTime" && e.Nb.Contains("finnes ikke", StringComparison.Ordinal) && e.En.Contains("does not exist", StringComparison.Ordinal));
    }
}
