namespace Omigjen.OpeningHours.Tests.Evaluation;

public class StateTests
{
    // 30 Nov 2026 is a Monday.
    [Theory]
    [InlineData("Mo-Fr 10:00-17:00", 10, 0, OpeningState.Open)]
    [InlineData("Mo-Fr 10:00-17:00", 9, 59, OpeningState.Closed)]
    [InlineData("Mo-Fr 10:00-17:00", 17, 0, OpeningState.Closed)]
    [InlineData("Mo-Fr 10:00-17:00", 16, 59, OpeningState.Open)]
    [InlineData("Tu-Fr 10:00-17:00", 12, 0, OpeningState.Closed)]
    [InlineData("24/7", 3, 0, OpeningState.Open)]
    [InlineData("Mo off", 12, 0, OpeningState.Closed)]
    [InlineData("Mo-Fr \"by appointment\"", 12, 0, OpeningState.Unknown)]
    [InlineData("Mo-Fr 10:00-17:00 unknown", 12, 0, OpeningState.Unknown)]
    [InlineData("Mo 18:00+", 20, 0, OpeningState.Unknown)]
    public void StateOnAMonday(string value, int hour, int minute, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State(value, Oslo.At(2026, 11, 30, hour, minute)));

    [Fact]
    public void OrdinalDotAfterADayNumberKeepsTheRuleTogether()
    {
        // Was read as "Dec 24:" ending the rule, so 24 December was open all day.
        const string value = "Dec 24.,Jan 02: 18:00-22:00";

        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 24, 10)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 24, 19)));
    }

    [Fact]
    public void ModifierBeforeTheTimesOfItsRuleIsReadInPlace()
    {
        // "; Off 14:00-16:00" used to become a rule "off" (closed every day) and a rule "14:00-16:00" (open every day).
        const string value = "Mo-Th 12:00-20:00; Off 14:00-16:00";

        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 11, 30, 13)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 11, 30, 15)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 11, 30, 17)));
    }

    [Fact]
    public void CommentBeforeTheTimesOfItsRuleIsReadInPlace()
    {
        const string value = "Mo-Fr 10:00-20:00 unknown \"Maybe\"; We \"Call us\" 10:00-16:00";
        var wednesday = Oslo.Parse(value).GetState(Oslo.At(2026, 12, 2, 12), EvaluationContext.Oslo);

        Assert.Equal(OpeningState.Unknown, wednesday.State);
        Assert.Equal("Call us", wednesday.Comment);
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 2, 17)));
    }

    [Fact]
    public void YearWithAPeriodIsEveryNthYearFromIt()
    {
        const string value = "2008/4 Feb 29";

        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2028, 2, 29, 12)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 3, 1, 12)));
        Assert.Equal(value, OpeningHoursSchedule.Parse(value).Schedule!.NormalizedValue);
    }

    [Fact]
    public void CommentIntervalsAreCutWhereTheCommentChanges()
    {
        var schedule = Oslo.Parse("Mo 12:00-14:00 open \"female only\", Mo 14:00-16:00 open \"male only\"");
        var open = schedule.GetCommentIntervals(Oslo.At(2026, 11, 30, 0), Oslo.At(2026, 12, 1, 0), EvaluationContext.Oslo)
            .Where(i => i.State == OpeningState.Open)
            .Select(i => (i.From.Hour, i.To.Hour, i.Comment))
            .ToList();

        Assert.Equal([(12, 14, "female only"), (14, 16, "male only")], open);
        Assert.Single(schedule.GetIntervals(Oslo.At(2026, 11, 30, 0), Oslo.At(2026, 12, 1, 0), EvaluationContext.Oslo), i => i.State == OpeningState.Open);
    }

    [Fact]
    public void LaterNormalRuleReplacesEarlierRuleOnItsDays()
    {
        const string value = "Mo-Fr 10:00-20:00; We 10:00-16:00";

        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 2, 17)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 1, 17)));
    }

    [Fact]
    public void AdditionalRuleAddsToEarlierRule()
    {
        const string value = "Mo-Fr 08:00-12:00, We 14:00-18:00";

        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 2, 9)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 2, 15)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 1, 15)));
    }

    [Fact]
    public void FallbackRuleAppliesOnlyWhereEarlierRulesLeaveItClosed()
    {
        var schedule = Oslo.Parse("Mo-Fr 08:00-16:00 || \"by appointment\"");

        var open = schedule.GetState(Oslo.At(2026, 12, 1, 9), EvaluationContext.Oslo);
        var fallback = schedule.GetState(Oslo.At(2026, 12, 1, 18), EvaluationContext.Oslo);

        Assert.Equal(new StateResult(OpeningState.Open, null), open);
        Assert.Equal(new StateResult(OpeningState.Unknown, "by appointment"), fallback);
    }

    [Fact]
    public void RangePastMidnightBelongsToTheDayItStarts()
    {
        const string value = "Fr 22:00-02:00";

        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 4, 23)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2026, 12, 5, 1)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 5, 2)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 4, 1)));
    }

    [Fact]
    public void ExtendedHoursPastMidnightWork()
    {
        Assert.Equal(OpeningState.Open, Oslo.State("Fr 18:00-26:00", Oslo.At(2026, 12, 5, 1, 30)));
    }

    [Fact]
    public void LaterRuleForTheNextDayCutsTheSpillOverAsTheReferenceDoes()
    {
        Assert.Equal(OpeningState.Closed, Oslo.State("Mo 22:00-02:00; Tu 12:00-14:00", Oslo.At(2026, 12, 1, 1)));
    }

    [Fact]
    public void OpenEndIsUnknownWithTheGuessComment()
    {
        var state = Oslo.Parse("Mo 12:00-14:00+").GetState(Oslo.At(2026, 11, 30, 14), EvaluationContext.Oslo);

        Assert.Equal(OpeningState.Unknown, state.State);
        Assert.Equal("Specified as open end. Closing time was guessed.", state.Comment);
    }

    [Fact]
    public void OpenEndFollowedByAnotherRangeIsClosedAfterThatRangeAsTheReferenceDoes()
    {
        var schedule = Oslo.Parse("07:00+,12:00-16:00");

        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 11, 30, 7), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 11, 30, 13), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 11, 30, 17), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 11, 30, 9, 30), EvaluationContext.Oslo).State);
        Assert.Equal(Oslo.At(2026, 11, 30, 12), schedule.GetNextChange(Oslo.At(2026, 11, 30, 7, 1), EvaluationContext.Oslo));
    }

    [Fact]
    public void OpenEndAfterARangeEndsWithTheLaterRangeOfTheSameRule()
    {
        var schedule = Oslo.Parse("05:00-06:00,06:45-07:00+,13:00-16:00");
        var from = Oslo.At(2026, 11, 30, 16, 30);

        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 11, 30, 7), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 11, 30, 14), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(from, EvaluationContext.Oslo).State);
        Assert.DoesNotContain(schedule.GetIntervals(from, Oslo.At(2026, 12, 1), EvaluationContext.Oslo), i => i.State == OpeningState.Unknown);
    }

    [Fact]
    public void OpenEndAfterARangeLastsUntilTheGuessedClosingTime()
    {
        var schedule = Oslo.Parse("Mo-Fr 17:00-20:00+");

        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 11, 30, 19), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 11, 30, 22), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 12, 1, 5), EvaluationContext.Oslo).State);
        Assert.Equal(Oslo.At(2026, 12, 1, 6), schedule.GetNextChange(Oslo.At(2026, 11, 30, 20), EvaluationContext.Oslo));
    }

    [Fact]
    public void SecondOpenEndDoesNotCutTheFirstShort()
    {
        var schedule = Oslo.Parse("Mo 17:00+, 18:00+");

        Assert.Equal(OpeningState.Unknown, schedule.GetState(Oslo.At(2026, 11, 30, 17, 30), EvaluationContext.Oslo).State);
        Assert.Equal(Oslo.At(2026, 12, 1, 4), schedule.GetNextChange(Oslo.At(2026, 11, 30, 17), EvaluationContext.Oslo));
    }

    [Fact]
    public void CommentOfTheDecidingRuleIsReported()
    {
        var state = Oslo.Parse("Mo-Fr 10:00-17:00; Dec 24 off \"Julaften\"").GetState(Oslo.At(2026, 12, 24, 12), EvaluationContext.Oslo);

        Assert.Equal(new StateResult(OpeningState.Closed, "Julaften"), state);
    }

    [Fact]
    public void WrappingDateRangeCoversTheNewYear()
    {
        const string value = "Mo-Su 10:00-17:00; Dec 24-Jan 02 off";

        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2026, 12, 30, 12)));
        Assert.Equal(OpeningState.Closed, Oslo.State(value, Oslo.At(2027, 1, 2, 12)));
        Assert.Equal(OpeningState.Open, Oslo.State(value, Oslo.At(2027, 1, 3, 12)));
    }

    [Theory]
    [InlineData(2026, 3, 29, OpeningState.Open)]
    [InlineData(2026, 3, 22, OpeningState.Closed)]
    public void NthWeekdayOfMonthMatchesOnlyThatDay(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mar Su[-1] 10:00-12:00", Oslo.At(year, month, day, 11)));

    [Theory]
    [InlineData(2016, 3, 1, OpeningState.Closed)]
    [InlineData(2016, 3, 29, OpeningState.Open)]
    [InlineData(2026, 3, 31, OpeningState.Open)]
    [InlineData(2026, 3, 3, OpeningState.Closed)]
    public void NthWeekdayWithADayOffsetBelongsToTheMonthNamed(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mar Su[-1] +2 days 10:00-12:00", Oslo.At(year, month, day, 11)));

    [Theory]
    [InlineData(2023, 12, 31, OpeningState.Closed)]
    [InlineData(2024, 1, 3, OpeningState.Closed)]
    [InlineData(2024, 1, 4, OpeningState.Closed)]
    [InlineData(2024, 1, 5, OpeningState.Open)]
    [InlineData(2026, 12, 31, OpeningState.Closed)]
    [InlineData(2027, 1, 1, OpeningState.Open)]
    public void DateRangeEndingOnAShiftedNthWeekdayRunsIntoTheNextYear(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mo-Su 10:00-17:00; Dec 20-Dec Su[-1] +4 days off", Oslo.At(year, month, day, 12)));

    [Theory]
    [InlineData(9, 12, OpeningState.Open)]
    [InlineData(9, 17, OpeningState.Closed)]
    [InlineData(10, 17, OpeningState.Open)]
    public void WeekdayAfterTheTimesBelongsToItsRule(int day, int hour, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mo-Fr 10:00-20:00 open; 10:00-16:00 We open", Oslo.At(2026, 12, day, hour)));

    [Theory]
    [InlineData("Jan-Feb Jan 09-15 10:00-12:00", 2026, 1, 9, OpeningState.Open)]
    [InlineData("Jan-Feb Jan 09-15 10:00-12:00", 2026, 1, 15, OpeningState.Open)]
    [InlineData("Jan-Feb Jan 09-15 10:00-12:00", 2026, 1, 16, OpeningState.Closed)]
    [InlineData("Jan-Feb Jan 09-15 10:00-12:00", 2026, 2, 10, OpeningState.Closed)]
    [InlineData("Jan-Feb Jan 09-Jan 15 10:00-12:00", 2026, 1, 8, OpeningState.Closed)]
    [InlineData("Jan-Feb Jan 09-Jan 15 10:00-12:00", 2026, 2, 12, OpeningState.Closed)]
    [InlineData("Jan Feb 10:00-12:00", 2026, 1, 5, OpeningState.Closed)]
    [InlineData("Feb Jan 05-07 10:00-12:00", 2026, 1, 6, OpeningState.Closed)]
    [InlineData("Jan 01 Jan 05 10:00-12:00", 2026, 1, 5, OpeningState.Open)]
    [InlineData("Jan 01 Jan 05 10:00-12:00", 2026, 1, 3, OpeningState.Closed)]
    public void TwoMonthdaySelectorsInARuleMustBothMatchUnlessBothAreDates(string value, int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State(value, Oslo.At(year, month, day, 11)));

    [Theory]
    [InlineData(2026, 12, 7, OpeningState.Open)]
    [InlineData(2026, 12, 14, OpeningState.Closed)]
    [InlineData(2026, 12, 21, OpeningState.Open)]
    public void ListedNthWeekdaysMatch(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mo[1,3] 10:00-12:00", Oslo.At(year, month, day, 11)));

    [Theory]
    [InlineData(2026, 4, 3, OpeningState.Closed)]
    [InlineData(2026, 4, 7, OpeningState.Open)]
    public void EasterOffsetsSelectDaysAroundEaster(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("Mo-Su 10:00-17:00; easter -2 days-easter +1 day off", Oslo.At(year, month, day, 12)));

    [Theory]
    [InlineData(2026, 12, 7, OpeningState.Closed)]
    [InlineData(2026, 12, 14, OpeningState.Open)]
    [InlineData(2027, 1, 4, OpeningState.Open)]
    public void WeekNumbersWithAStepSelectEveryOtherWeek(int year, int month, int day, OpeningState expected) =>
        Assert.Equal(expected, Oslo.State("week 01-53/2 Mo 10:00-12:00", Oslo.At(year, month, day, 11)));

    [Fact]
    public void YearSelectorsLimitRulesToThoseYears()
    {
        Assert.Equal(OpeningState.Open, Oslo.State("2026 Mo 10:00-12:00", Oslo.At(2026, 11, 30, 11)));
        Assert.Equal(OpeningState.Closed, Oslo.State("2027 Mo 10:00-12:00", Oslo.At(2026, 11, 30, 11)));
    }

    [Fact]
    public void SunTimesFollowTheSeasonAtTheVenue()
    {
        var schedule = Oslo.Parse("sunrise-sunset");

        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 21, 8, 30), EvaluationContext.Oslo).State);
        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 6, 21, 4, 30), EvaluationContext.Oslo).State);
    }

    [Fact]
    public void SunTimeOffsetsShiftTheBoundary()
    {
        var context = EvaluationContext.Oslo;
        var plain = Oslo.Parse("sunset-23:00").GetNextChange(Oslo.At(2026, 12, 1, 12), context);
        var earlier = Oslo.Parse("(sunset-01:00)-23:00").GetNextChange(Oslo.At(2026, 12, 1, 12), context);

        Assert.NotNull(plain);
        Assert.Equal(TimeSpan.FromHours(1), plain.Value - earlier!.Value);
    }

    [Fact]
    public void MidnightSunMakesSunriseToSunsetOpenAllDay()
    {
        var tromso = new EvaluationContext("Europe/Oslo", 69.65, 18.96);
        var schedule = Oslo.Parse("sunrise-sunset");

        Assert.Equal(OpeningState.Open, schedule.GetState(Oslo.At(2026, 6, 21, 1), tromso).State);
        Assert.Equal(OpeningState.Closed, schedule.GetState(Oslo.At(2026, 12, 21, 12), tromso).State);
    }
}
