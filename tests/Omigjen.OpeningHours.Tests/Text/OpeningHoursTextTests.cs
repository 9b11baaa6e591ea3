namespace Omigjen.OpeningHours.Tests.Text;

public class OpeningHoursTextTests
{
    [Theory]
    [InlineData("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", Language.Nb, "Man–fre 10–17, lør 10–15. Stengt på helligdager.")]
    [InlineData("Mo-Fr 10:00-17:00; Sa 10:00-15:00; PH off", Language.En, "Mon–Fri 10–17, Sat 10–15. Closed on public holidays.")]
    [InlineData("Mo-Fr 10:30-17:00", Language.Nb, "Man–fre 10.30–17.")]
    [InlineData("Mo-Fr 10:30-17:00", Language.En, "Mon–Fri 10:30–17.")]
    [InlineData("Mo,We 10:00-14:00,16:00-20:00", Language.Nb, "Man 10–14 og 16–20, ons 10–14 og 16–20.")]
    [InlineData("24/7", Language.Nb, "Åpent hele døgnet.")]
    [InlineData("24/7", Language.En, "Open 24/7.")]
    [InlineData("off", Language.Nb, "Stengt.")]
    [InlineData("Mo-Fr 10:00-17:00; Dec 24 off", Language.Nb, "Man–fre 10–17. 24. desember stengt.")]
    [InlineData("Mo-Fr 10:00-17:00; Dec 24 off", Language.En, "Mon–Fri 10–17. 24 December closed.")]
    [InlineData("Mo-Fr 10:00-17:00; week 1-10 off", Language.Nb, "Man–fre 10–17. Avvikende tider enkelte dager.")]
    [InlineData("sunrise-sunset", Language.Nb, "Fra soloppgang til solnedgang.")]
    [InlineData("sunrise-sunset", Language.En, "Sunrise to sunset.")]
    [InlineData("Mo-Fr sunrise-(sunset-00:30); PH off", Language.Nb, "Man–fre fra soloppgang til 30 min før solnedgang. Stengt på helligdager.")]
    [InlineData("Sa 10:00-dusk", Language.En, "Sat 10 to dusk.")]
    [InlineData("Mo-Fr 18:00+", Language.Nb, "Man–fre fra 18.")]
    [InlineData("Mo-Fr 18:00+", Language.En, "Mon–Fri from 18:00.")]
    [InlineData("Mo-Fr 10:00-16:00; Jun-Aug Mo-Fr 10:00-14:00", Language.Nb, "Man–fre 10–16. Juni–august: man–fre 10–14.")]
    [InlineData("Mo-Fr 10:00-16:00; Jul off", Language.En, "Mon–Fri 10–16. July closed.")]
    [InlineData("Mo-Fr 10:00-16:00; PH 11:00-15:00", Language.Nb, "Man–fre 10–16. Helligdager 11–15.")]
    [InlineData("Mo-Sa 09:00-18:00; Dec 24-26 off", Language.Nb, "Man–lør 09–18. 24. desember–26. desember stengt.")]
    [InlineData("Fr,Sa 20:00-02:00", Language.En, "Fri–Sat 20–02.")]
    public void DescribeRendersTheWeeklyPattern(string value, Language language, string expected) =>
        Assert.Equal(expected, OpeningHoursText.Describe(Oslo.Parse(value), language));

    [Theory]
    [InlineData(2026, 12, 3, 12, Language.Nb, "Åpent nå, stenger kl. 17")]
    [InlineData(2026, 12, 3, 12, Language.En, "Open now, closes at 17:00")]
    [InlineData(2026, 12, 3, 8, Language.Nb, "Stengt nå, åpner i dag kl. 10")]
    [InlineData(2026, 12, 3, 18, Language.Nb, "Stengt nå, åpner i morgen kl. 10")]
    [InlineData(2026, 12, 3, 18, Language.En, "Closed now, opens tomorrow at 10:00")]
    [InlineData(2026, 12, 5, 18, Language.Nb, "Stengt nå, åpner mandag kl. 10")]
    [InlineData(2026, 12, 5, 18, Language.En, "Closed now, opens Monday at 10:00")]
    public void DescribeStatusSaysWhenItChanges(int year, int month, int day, int hour, Language language, string expected)
    {
        var schedule = Oslo.Parse("Mo-Fr 10:00-17:00");

        Assert.Equal(expected, OpeningHoursText.DescribeStatus(schedule, Oslo.At(year, month, day, hour), EvaluationContext.Oslo, language));
    }

    [Fact]
    public void DescribeStatusUsesHalfHoursInNorwegianFormat()
    {
        var text = OpeningHoursText.DescribeStatus(Oslo.Parse("Mo-Fr 10:30-17:30"), Oslo.At(2026, 12, 3, 12), EvaluationContext.Oslo, Language.Nb);

        Assert.Equal("Åpent nå, stenger kl. 17.30", text);
    }

    [Fact]
    public void DescribeStatusForAlwaysOpenSaysOpenAllDay()
    {
        Assert.Equal("Åpent hele døgnet", OpeningHoursText.DescribeStatus(Oslo.Parse("24/7"), Oslo.At(2026, 12, 3, 12), EvaluationContext.Oslo, Language.Nb));
    }

    [Fact]
    public void DescribeStatusForNeverOpenSaysClosed()
    {
        Assert.Equal("Closed", OpeningHoursText.DescribeStatus(Oslo.Parse("off"), Oslo.At(2026, 12, 3, 12), EvaluationContext.Oslo, Language.En));
    }
}
