namespace Omigjen.OpeningHours.Tests.Holidays;

public class SchoolHolidayCalendarTests
{
    private const string AutumnBreak =
        """[{"from":"2026-10-05","to":"2026-10-09","nameNb":"Høstferie","nameEn":"Autumn break"}]""";

    [Fact]
    public void PeriodsAreInclusiveAtBothEnds()
    {
        var calendar = SchoolHolidayCalendar.FromJson(AutumnBreak);

        Assert.False(calendar.TryGetHoliday(new DateOnly(2026, 10, 4), out _));
        Assert.True(calendar.TryGetHoliday(new DateOnly(2026, 10, 5), out var first));
        Assert.True(calendar.TryGetHoliday(new DateOnly(2026, 10, 9), out var last));
        Assert.False(calendar.TryGetHoliday(new DateOnly(2026, 10, 10), out _));
        Assert.Equal(new Holiday(new DateOnly(2026, 10, 5), "Høstferie", "Autumn break"), first);
        Assert.Equal(new DateOnly(2026, 10, 9), last.Date);
    }

    [Fact]
    public void ObjectFormWithNoteAndMissingEnglishNameIsRead()
    {
        var calendar = SchoolHolidayCalendar.FromJson(
            """{ "note": "sample", "periods": [ { "from": "2027-02-22", "to": "2027-02-26", "nameNb": "Vinterferie" } ] }""");

        Assert.True(calendar.TryGetHoliday(new DateOnly(2027, 2, 24), out var holiday));
        Assert.Equal("Vinterferie", holiday.NameEn);
    }

    [Fact]
    public void RepeatedLookupsReturnTheSameInstance()
    {
        var calendar = SchoolHolidayCalendar.FromJson(AutumnBreak);
        calendar.TryGetHoliday(new DateOnly(2026, 10, 6), out var first);
        calendar.TryGetHoliday(new DateOnly(2026, 10, 6), out var second);
        Assert.Same(first, second);
    }

    [Fact]
    public void OverlappingPeriodsAreNamedByTheFirstListed()
    {
        var calendar = new SchoolHolidayCalendar(
        [
            new(new DateOnly(2027, 3, 22), new DateOnly(2027, 3, 29), "Påskeferie", "Easter holiday"),
            new(new DateOnly(2027, 3, 29), new DateOnly(2027, 3, 30), "Planleggingsdag", "Staff day"),
        ]);

        Assert.True(calendar.TryGetHoliday(new DateOnly(2027, 3, 29), out var shared));
        Assert.Equal("Påskeferie", shared.NameNb);
        Assert.True(calendar.TryGetHoliday(new DateOnly(2027, 3, 30), out var after));
        Assert.Equal("Planleggingsdag", after.NameNb);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("not json", "malformed")]
    [InlineData("""[{"from":"2026-10-05","to":"2026-10-09","nameNb":"Høstferie",]""", "malformed")]
    [InlineData("""{"from":"2026-10-05"}""", "array")]
    [InlineData("""[42]""", "not an object")]
    [InlineData("""[{"to":"2026-10-09","nameNb":"Høstferie"}]""", "\"from\"")]
    [InlineData("""[{"from":"05.10.2026","to":"2026-10-09","nameNb":"Høstferie"}]""", "expected a date")]
    [InlineData("""[{"from":"2026-10-05","to":"2026-10-09"}]""", "nameNb")]
    [InlineData("""[{"from":"2026-10-05","to":"2026-10-09","nameNb":7}]""", "must be a string")]
    [InlineData("""[{"from":"2026-10-09","to":"2026-10-05","nameNb":"Høstferie"}]""", "before it starts")]
    [InlineData("""[{"from":"2026-10-05","to":"2062-10-09","nameNb":"Høstferie"}]""", "more than 366 days")]
    public void BadJsonThrowsADataExceptionThatSaysWhy(string json, string expectedInMessage)
    {
        var ex = Assert.Throws<SchoolHolidayDataException>(() => SchoolHolidayCalendar.FromJson(json));
        Assert.Contains(expectedInMessage, ex.Message, StringComparison.Ordinal);

        Assert.False(SchoolHolidayCalendar.TryFromJson(json, out var calendar, out var error));
        Assert.Null(calendar);
        Assert.Equal(ex.Message, error);
    }

    [Fact]
    public void TryFromJsonSucceedsOnGoodJson()
    {
        Assert.True(SchoolHolidayCalendar.TryFromJson(AutumnBreak, out var calendar, out var error));
        Assert.Null(error);
        Assert.Single(calendar!.Periods);
    }

    [Fact]
    public void AskerSampleFileIsMarkedIllustrativeAndCoversTheSchoolYear()
    {
        string json = File.ReadAllText(RepositoryFile("src/Omigjen.OpeningHours/Holidays/Data/asker-2026-2027.sample.json"));
        var calendar = SchoolHolidayCalendar.FromJson(json);

        Assert.Contains("ILLUSTRATIVE", json, StringComparison.Ordinal);
        Assert.True(calendar.TryGetHoliday(new DateOnly(2026, 12, 24), out var christmas));
        Assert.Equal("Juleferie", christmas.NameNb);
        Assert.True(calendar.TryGetHoliday(new DateOnly(2027, 2, 22), out _));
        Assert.False(calendar.TryGetHoliday(new DateOnly(2027, 1, 4), out _));
    }

    private static string RepositoryFile(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(relativePath);
    }
}
