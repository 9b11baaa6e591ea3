namespace Omigjen.OpeningHours.Tests.Holidays;

public class EasterTests
{
    [Theory]
    [InlineData(1900, 4, 15)]
    [InlineData(1943, 4, 25)] // latest possible date
    [InlineData(2000, 4, 23)]
    [InlineData(2008, 3, 23)]
    [InlineData(2011, 4, 24)]
    [InlineData(2016, 3, 27)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    public void EasterSundayMatchesPublishedDates(int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), Easter.Sunday(year));
    }

    [Fact]
    public void EasterIsASundayBetweenMarch22AndApril25()
    {
        for (int year = 1900; year <= 2200; year++)
        {
            var easter = Easter.Sunday(year);
            Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
            Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
        }
    }
}
