namespace Omigjen.OpeningHours.Tests.Parsing;

public class ParserTests
{
    [Theory]
    [InlineData("Mo-Fr 10:00-17:00; Sa 10:00-15:00")]
    [InlineData("Mo-Fr 08:00-12:00, We 14:00-18:00")]
    [InlineData("Mo-Fr 08:00-16:00 || \"by appointment\"")]
    [InlineData("2026 Dec 24 off \"Julaften\"")]
    [InlineData("2026-2028/2 Jan-Mar Mo 10:00-12:00")]
    [InlineData("2026+ Mo 10:00-12:00")]
    [InlineData("Dec 24-Jan 02 off")]
    [InlineData("2026 Dec 24-2027 Jan 02 off")]
    [InlineData("Dec 24-26,Dec 31 10:00-12:00")]
    [InlineData("easter -2 days-easter +1 day off")]
    [InlineData("easter off")]
    [InlineData("Mar Su[-1] 10:00-12:00")]
    [InlineData("Mo[1,3] 10:00-12:00")]
    [InlineData("Su[-1] +1 day 10:00-12:00")]
    [InlineData("week 01-53/2 Mo 10:00-12:00")]
    [InlineData("PH off")]
    [InlineData("PH +1 day off")]
    [InlineData("SH Mo-Fr 10:00-12:00")]
    [InlineData("Mo-Fr 22:00-02:00")]
    [InlineData("Fr 18:00-26:00")]
    [InlineData("Sa 18:00+")]
    [InlineData("Mo 10:00-14:00+")]
    [InlineData("sunrise-sunset")]
    [InlineData("(sunrise+00:30)-(sunset-01:00)")]
    [InlineData("dawn-dusk open")]
    [InlineData("Mo-Fr 10:00-17:00 unknown \"ring først\"")]
    [InlineData("Mo closed")]
    [InlineData("24/7")]
    [InlineData("24/7; PH off")]
    [InlineData("PH \"helligdag\" off")]
    public void CanonicalValuesParseAndRenderUnchanged(string value)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Equal(value, result.Schedule!.NormalizedValue);
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [InlineData("Mo-Fr 10-17", "Mo-Fr 10:00-17:00")]
    [InlineData("Mo-Fr 10:00 - 17:00", "Mo-Fr 10:00-17:00")]
    [InlineData("mo-fr 10:00-17:00", "Mo-Fr 10:00-17:00")]
    [InlineData("Mo-Fr 10.00-17.00", "Mo-Fr 10:00-17:00")]
    [InlineData("Mo–Fr 10:00–17:00", "Mo-Fr 10:00-17:00")]
    [InlineData("Mo-Fr 9:00-17:00", "Mo-Fr 09:00-17:00")]
    [InlineData("Monday-Friday 10:00-17:00", "Mo-Fr 10:00-17:00")]
    [InlineData("man-fre 10:00-17:00; lør 10:00-15:00", "Mo-Fr 10:00-17:00; Sa 10:00-15:00")]
    [InlineData("Mo-Fr 10:00-17:00;Sa 10:00-15:00", "Mo-Fr 10:00-17:00; Sa 10:00-15:00")]
    [InlineData("ph off", "PH off")]
    [InlineData("Dec 24-26,31 10:00-12:00", "Dec 24-26,Dec 31 10:00-12:00")]
    public void CommonMistakesAreAcceptedWithAWarningAndASuggestion(string value, string expected)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Equal(expected, result.Schedule!.NormalizedValue);
        Assert.NotEmpty(result.Warnings);
        Assert.All(result.Warnings, w => Assert.Equal(expected, w.SuggestedValue));
    }

    [Theory]
    [InlineData("Mo-Fr 10am-5pm", "Mo-Fr 10:00-17:00", "24-hour clock")]
    [InlineData("Mo 12:00 a.m. - 12:30am", "Mo 00:00-00:30", "24-hour clock")]
    [InlineData("Mo 12:00 to 14:00", "Mo 12:00-14:00", "\"to\" was read as \"-\"")]
    [InlineData("Mo 12:00 till 14:00", "Mo 12:00-14:00", "\"till\" was read as \"-\"")]
    [InlineData("Mo 12:00→14:00", "Mo 12:00-14:00", "\"→\" was read as \"-\"")]
    [InlineData("Mo 12:00~14:00", "Mo 12:00-14:00", "\"~\" was read as \"-\"")]
    [InlineData("Fr 17:00-late", "Fr 17:00+", "open end")]
    [InlineData("17:00 bis Open End", "17:00+", "open end")]
    [InlineData("24/7: closed \"always closed\"", "24/7 closed \"always closed\"", "without \":\"")]
    [InlineData("Mo 12°°-14：00", "Mo 12:00-14:00", "plain digits")]
    [InlineData("Montags 07:00-18:00", "Mo 07:00-18:00", "instead of")]
    [InlineData("janvier 1 off", "Jan 01 off", "instead of")]
    [InlineData("Mo-So 10:00-18:00", "Mo-Su 10:00-18:00", "instead of")]
    [InlineData("daily 10:00-18:00", "Mo-Su 10:00-18:00", "\"Mo-Su\"")]
    [InlineData("nonstop", "24/7", "\"24/7\"")]
    [InlineData("Mo 10:00-12:00 & 14:00-16:00", "Mo 10:00-12:00,14:00-16:00", "\",\"")]
    [InlineData("; Mo 10:00-12:00", "Mo 10:00-12:00", "superfluous")]
    [InlineData("Mo 10:00-12:00 “by appointment”", "Mo 10:00-12:00 \"by appointment\"", "quotation mark")]
    [InlineData("always open", "24/7", "\"24/7\"")]
    [InlineData("Öffnungszeiten: nonstop geöffnet", "24/7", "superfluous")]
    [InlineData("7 days a week 10:00-18:00", "Mo-Su 10:00-18:00", "\"Mo-Su\"")]
    [InlineData("Mo,Th,weekend 10:00-12:00", "Mo,Th,Sa,Su 10:00-12:00", "\"Sa,Su\"")]
    [InlineData("Mo and We", "Mo,We", "\",\"")]
    [InlineData("Montags bis sonntags", "Mo-Su", "\"-\"")]
    [InlineData("Mo geschl., Tu 14:00-18:00", "Mo off, Tu 14:00-18:00", "\"off\"")]
    [InlineData("Mo 14-18 Uhr", "Mo 14:00-18:00", "superfluous")]
    [InlineData("Mo 13:00-17:00 open nach Vereinbarung", "Mo 13:00-17:00 open \"Nach Vereinbarung\"", "a comment")]
    [InlineData("понедельник-пятница 09:00-17:00", "Mo-Fr 09:00-17:00", "a weekday")]
    [InlineData("月曜日-金曜日 09:00-17:00", "Mo-Fr 09:00-17:00", "a weekday")]
    [InlineData("Mo 10:00-12:00 “always open”", "Mo 10:00-12:00 \"always open\"", "quotation mark")]
    [InlineData("Mo 10:00-12:00 'by appointment'", "Mo 10:00-12:00 \"by appointment\"", "quotation mark")]
    [InlineData("Mo 10:00-12:00 「by appointment」", "Mo 10:00-12:00 \"by appointment\"", "quotation mark")]
    [InlineData(";;; Mo 10:00-12:00", "Mo 10:00-12:00", "superfluous")]
    [InlineData("12:00-14:00 \u043Eff", "12:00-14:00 off", "Cyrillic or Greek letters and was read as \"off\"")]
    [InlineData("\u041C\u043E-Fr 10:00-12:00", "Mo-Fr 10:00-12:00", "was read as \"Mo\"")]
    [InlineData("Sa 10:00-12:00 \u03BFpen", "Sa 10:00-12:00 open", "was read as \"open\"")]
    public void FormsTheReferenceCorrectsAreAcceptedWithAWarningNamingTheCorrection(string value, string expected, string named)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Equal(expected, result.Schedule!.NormalizedValue);
        Assert.Contains(result.Warnings, w => w.MessageEn.Contains(named, StringComparison.Ordinal) && w.MessageNb.Length > 0);
        Assert.All(result.Warnings, w => Assert.Equal(expected, w.SuggestedValue));
    }

    [Theory]
    [InlineData("Mo 12:00 to")]
    [InlineData("Mo 10am-")]
    [InlineData("late")]
    [InlineData("Mo 10:00-12:00 \u043Efff")]
    [InlineData("Mo 10:00-12:00 \"\u043Eff\" \u0441\u043E\u0440")]
    public void LenientRewritesDoNotMakeBrokenValuesValid(string value) =>
        Assert.False(OpeningHoursSchedule.Parse(value).IsValid);

    [Theory]
    [InlineData("Mo-Fr 10:00-", 12)]
    [InlineData("Mo-Fr 25:00-26:00", 6)]
    [InlineData("Mo-Fr 10:00-17:60", 15)]
    [InlineData("Xy 10:00-12:00", 0)]
    [InlineData("Mo-Fr 10:00-17:00 \"open", 18)]
    [InlineData("Mo-Fr 10:00-50:00", 12)]
    [InlineData("Feb 30 off", 4)]
    [InlineData("Mo[0] 10:00-12:00", 3)]
    [InlineData("Mo 10:00", 8)]
    [InlineData("Mo-Fr 10:00-12:00 ! ", 18)]
    [InlineData("PH +2 days off", 4)]
    public void InvalidValuesGiveAnErrorAtThePosition(string value, int position)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.False(result.IsValid);
        Assert.Equal(position, result.Error!.Position);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageNb));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.Expected));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(";")]
    public void EmptyValuesAreErrors(string? value) => Assert.False(OpeningHoursSchedule.Parse(value).IsValid);

    [Fact]
    public void OverlongValuesAreRejectedWithoutParsing()
    {
        var value = string.Join("; ", Enumerable.Repeat("Mo 10:00-12:00", 400));

        var result = OpeningHoursSchedule.Parse(value);

        Assert.False(result.IsValid);
        Assert.Equal(OpeningHoursSchedule.MaxLength, result.Error!.Position);
    }

    [Fact]
    public void ReadabilityColonAfterADateIsNotATime()
    {
        var schedule = Oslo.Parse("Mo-Fr 10:00-17:00; Mar 25: 08:00-16:30");

        Assert.Equal("Mo-Fr 10:00-17:00; Mar 25 08:00-16:30", schedule.NormalizedValue);
    }

    [Fact]
    public void SecondMonthdaySelectorIsKeptAsItsOwnGroupWithAWarning()
    {
        var result = OpeningHoursSchedule.Parse("Jan-Feb Jan 09-15 10:00-12:00");

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Equal("Jan-Feb Jan 09-15 10:00-12:00", result.Schedule!.NormalizedValue);
        Assert.Contains(result.Warnings, w => w.MessageEn.Contains("intersection", StringComparison.Ordinal) && w.MessageNb.Contains("snitt", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Mo-Fr 10:00-20:00 open; 10:00-16:00 We open", "Mo-Fr 10:00-20:00 open; We 10:00-16:00 open", "order was corrected")]
    [InlineData("00:00-24:00 week 06 Feb", "Feb week 06 00:00-24:00", "order was corrected")]
    [InlineData("2012 00:00-24:00 week 06 Feb", "2012 Feb week 06 00:00-24:00", "order was corrected")]
    [InlineData("Mo-Fr 10:00-18:00 Sa 10:00-14:00", "Mo-Fr 10:00-18:00; Sa 10:00-14:00", "Separate rules")]
    [InlineData("Mo-Sa 11:00-21:00 Su off", "Mo-Sa 11:00-21:00; Su off", "Separate rules")]
    [InlineData("10:00-18:00 Sa 10:00-14:00", "10:00-18:00; Sa 10:00-14:00", "Separate rules")]
    public void SelectorsAfterTheTimesJoinTheirRuleOnlyWhenTheyAddAKindAndEndIt(string value, string expected, string named)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Equal(expected, result.Schedule!.NormalizedValue);
        Assert.Contains(result.Warnings, w => w.MessageEn.Contains(named, StringComparison.Ordinal) && w.MessageNb.Length > 0);
    }

    [Theory]
    [InlineData("week 40-30", "runs backwards")]
    [InlineData("week 30-40/27", "above 26")]
    [InlineData("2012, Jan", "same kind")]
    [InlineData("We, Aug Mo", "same kind")]
    [InlineData("2014, Aug Mo", "same kind")]
    [InlineData("week 05, Aug Mo", "same kind")]
    [InlineData("Tu 23:59-48:00+", "second midnight")]
    [InlineData("Tu 10:00-41:00+", "second midnight")]
    public void TheReferencesShouldFailValuesAreRejectedWithABilingualError(string value, string named)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.False(result.IsValid);
        Assert.Contains(named, result.Error!.MessageEn, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageNb));
        Assert.NotEqual(result.Error.MessageEn, result.Error.MessageNb);
    }

    [Theory]
    [InlineData("Tu 10:00-40:00+", "Tu 10:00-40:00+")]
    [InlineData("week 52-53,01-02 Mo 10:00-12:00", "week 52-53,01-02 Mo 10:00-12:00")]
    [InlineData("week 01,week 03 Mo 10:00-12:00", "week 01,03 Mo 10:00-12:00")]
    [InlineData("2013,2015 Jan 01 10:00-12:00", "2013,2015 Jan 01 10:00-12:00")]
    [InlineData("Mo-Fr 10:00-20:00, We 12:00-14:00", "Mo-Fr 10:00-20:00, We 12:00-14:00")]
    public void NeighboursOfTheRejectedValuesStayValid(string value, string expected) =>
        Assert.Equal(expected, Oslo.Parse(value).NormalizedValue);

    [Theory]
    [InlineData("Fr 22:00-04:00; Sa 21:00-04:00", "hours after midnight")]
    [InlineData("Mo-Su 09:00-01:00; PH 08:00-02:00", "hours after midnight")]
    [InlineData("2015 Mo 09:00-01:00; PH Tu 08:00-02:00", "hours after midnight")]
    [InlineData("Mo-Fr 10:00-20:00, We off", "additional rule")]
    [InlineData("11:30-14:30; 17:30-23:00", "times only")]
    [InlineData("24/7; 12:00-14:00 off", "around the clock")]
    [InlineData("Feb week 06", "no times")]
    [InlineData("12:00-14:00 \"\"", "Empty comment")]
    public void ValuesThatProbablySayOtherThanMeantGetAWarning(string value, string named)
    {
        var result = OpeningHoursSchedule.Parse(value);

        Assert.True(result.IsValid, result.Error?.MessageEn);
        Assert.Contains(result.Warnings, w => w.MessageEn.Contains(named, StringComparison.Ordinal) && w.MessageNb.Length > 0);
    }

    [Theory]
    [InlineData("Fr 22:00-04:00; Mo 10:00-12:00")]
    [InlineData("Mo-Fr 10:00-20:00; We off")]
    [InlineData("Mo-Fr 10:00-20:00; PH off")]
    [InlineData("Fr 22:00-04:00, Sa 21:00-04:00")]
    public void WellFormedNeighboursGetNoWarning(string value) => Assert.Empty(OpeningHoursSchedule.Parse(value).Warnings);

    [Fact]
    public void MonthFollowedByATimeIsAMonthSelector()
    {
        Assert.Equal("Jan 10:00-12:00", Oslo.Parse("Jan 10:00-12:00").NormalizedValue);
    }
}
