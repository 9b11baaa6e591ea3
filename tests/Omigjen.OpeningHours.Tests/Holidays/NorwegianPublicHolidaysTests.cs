namespace Omigjen.OpeningHours.Tests.Holidays;

public class NorwegianPublicHolidaysTests
{
    public static TheoryData<int, string[]> MovableDates => new()
    {
        // Maundy Thursday, Good Friday, Easter Sunday, Easter Monday, Ascension, Whit Sunday, Whit Monday
        { 2024, ["2024-03-28", "2024-03-29", "2024-03-31", "2024-04-01", "2024-05-09", "2024-05-19", "2024-05-20"] },
        { 2025, ["2025-04-17", "2025-04-18", "2025-04-20", "2025-04-21", "2025-05-29", "2025-06-08", "2025-06-09"] },
        { 2026, ["2026-04-02", "2026-04-03", "2026-04-05", "2026-04-06", "2026-05-14", "2026-05-24", "2026-05-25"] },
        { 2027, ["2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29", "2027-05-06", "2027-05-16", "2027-05-17"] },
        { 2008, ["2008-03-20", "2008-03-21", "2008-03-23", "2008-03-24", "2008-05-01", "2008-05-11", "2008-05-12"] },
    };

    [Theory]
    [MemberData(nameof(MovableDates))]
    public void MovableHolidaysFollowEaster(int year, string[] expected)
    {
        string[] names = ["Skjærtorsdag", "Langfredag", "Første påskedag", "Andre påskedag", "Kristi himmelfartsdag", "Første pinsedag", "Andre pinsedag"];
        for (int i = 0; i < names.Length; i++)
        {
            var holiday = Assert.Single(NorwegianPublicHolidays.ForYear(year), h => h.NameNb.Contains(names[i], StringComparison.Ordinal));
            Assert.Equal(DateOnly.Parse(expected[i], System.Globalization.CultureInfo.InvariantCulture), holiday.Date);
        }
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2025)]
    [InlineData(2026)]
    [InlineData(2030)]
    public void FixedHolidaysHaveTheirDatesAndNames(int year)
    {
        var calendar = NorwegianPublicHolidays.Instance;
        (int Month, int Day, string Nb, string En)[] fixedDays =
        [
            (1, 1, "Første nyttårsdag", "New Year's Day"),
            (5, 1, "Arbeidernes dag", "Labour Day"),
            (5, 17, "Grunnlovsdagen", "Constitution Day"),
            (12, 25, "Første juledag", "Christmas Day"),
            (12, 26, "Andre juledag", "Boxing Day"),
        ];
        foreach (var (month, day, nb, en) in fixedDays)
        {
            Assert.True(calendar.TryGetHoliday(new DateOnly(year, month, day), out var holiday));
            Assert.Equal(nb, holiday.NameNb);
            Assert.Equal(en, holiday.NameEn);
        }
    }

    [Fact]
    public void ConstitutionDay2027IsAlsoWhitMondayWithBothNames()
    {
        Assert.True(NorwegianPublicHolidays.Instance.TryGetHoliday(new DateOnly(2027, 5, 17), out var holiday));
        Assert.Equal("Grunnlovsdagen / Andre pinsedag", holiday.NameNb);
        Assert.Equal("Constitution Day / Whit Monday", holiday.NameEn);
        Assert.Equal(11, NorwegianPublicHolidays.ForYear(2027).Count);
    }

    [Fact]
    public void LabourDay2008IsAlsoAscensionDayWithBothNames()
    {
        Assert.True(NorwegianPublicHolidays.Instance.TryGetHoliday(new DateOnly(2008, 5, 1), out var holiday));
        Assert.Equal("Arbeidernes dag / Kristi himmelfartsdag", holiday.NameNb);
        Assert.Equal("Labour Day / Ascension Day", holiday.NameEn);
    }

    [Theory]
    [InlineData(2026, 12, 24)] // Christmas Eve
    [InlineData(2026, 12, 31)] // New Year's Eve
    [InlineData(2026, 4, 4)] // Easter Saturday
    [InlineData(2026, 5, 23)] // Whit Saturday
    [InlineData(2026, 6, 23)] // Midsummer Eve
    [InlineData(2026, 5, 8)] // Liberation Day is a flag day, not a holiday
    public void OrdinaryAndEveDaysAreNotHolidays(int year, int month, int day)
    {
        Assert.False(NorwegianPublicHolidays.Instance.TryGetHoliday(new DateOnly(year, month, day), out _));
    }

    [Fact]
    public void EveryYearHasTwelveHolidayNamesInDateOrder()
    {
        for (int year = NorwegianPublicHolidays.MinYear; year <= NorwegianPublicHolidays.MaxYear; year++)
        {
            var holidays = NorwegianPublicHolidays.ForYear(year);
            int names = holidays.Sum(h => h.NameNb.Split(" / ").Length);
            Assert.Equal(12, names);
            Assert.Equal(names, holidays.Sum(h => h.NameEn.Split(" / ").Length));
            Assert.True(holidays.Zip(holidays.Skip(1)).All(pair => pair.First.Date < pair.Second.Date), $"{year} is not strictly ordered");
            Assert.All(holidays, h => Assert.Equal(year, h.Date.Year));
        }
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void YearsOutsideTheSupportedRangeAreRejectedOrNotHolidays(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NorwegianPublicHolidays.ForYear(year));
        Assert.False(NorwegianPublicHolidays.Instance.TryGetHoliday(new DateOnly(year, 12, 25), out _));
    }

    [Fact]
    public void ConcurrentLookupsSeeOneCachedYear()
    {
        var lists = new IReadOnlyList<Holiday>[64];
        Parallel.For(0, lists.Length, i => lists[i] = NorwegianPublicHolidays.ForYear(2150));
        Assert.All(lists, list => Assert.Same(lists[0], list));
        Assert.True(NorwegianPublicHolidays.Instance.TryGetHoliday(lists[0][0].Date, out var first));
        Assert.Same(lists[0][0], first);
    }
}
