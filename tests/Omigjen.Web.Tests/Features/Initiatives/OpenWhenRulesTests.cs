using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Tests.Features.Initiatives;

public sealed class OpenWhenRulesTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");

    private static DirectoryEntry Entry(string hours, InitiativeStatus status = InitiativeStatus.Active, DateOnly? closedUntil = null) =>
        new(new Initiative
        {
            Slug = "x", Name = "X", OpeningHours = hours, Status = status, ClosedUntil = closedUntil,
            Locations = [new InitiativeLocation { Address = "A", Latitude = 59.83, Longitude = 10.43 }],
        }, "Europe/Oslo");

    private static DateTimeOffset Oslo_(int y, int m, int d, int h, int min = 0) =>
        new(new DateTime(y, m, d, h, min, 0), Oslo.GetUtcOffset(new DateTime(y, m, d, h, min, 0)));

    [Fact]
    public void After17LooksAtWeekdayEveningsOfTheComingWeek()
    {
        var now = Oslo_(2026, 12, 5, 12); // Saturday
        var windows = OpenWhenRules.Windows(OpenWhen.After17, now, Oslo).ToList();
        Assert.Equal(5, windows.Count);
        Assert.All(windows, w => Assert.Equal(17, TimeZoneInfo.ConvertTime(w.From, Oslo).Hour));
        Assert.True(OpenWhenRules.Matches(Entry("Th 15:00-19:00"), OpenWhen.After17, null, now, Oslo));
        Assert.False(OpenWhenRules.Matches(Entry("Mo-Fr 09:00-16:00"), OpenWhen.After17, null, now, Oslo));
        Assert.False(OpenWhenRules.Matches(Entry("Sa 17:00-20:00"), OpenWhen.After17, null, now, Oslo));
    }

    [Fact]
    public void WeekendOnSundayEveningFindsAPlaceOpenNextSaturday()
    {
        var sundayEvening = Oslo_(2026, 12, 6, 20);
        Assert.True(OpenWhenRules.Matches(Entry("Sa 10:00-15:00"), OpenWhen.Weekend, null, sundayEvening, Oslo));
        Assert.True(OpenWhenRules.Matches(Entry("Su 18:00-22:00"), OpenWhen.Weekend, null, sundayEvening, Oslo));
        Assert.False(OpenWhenRules.Matches(Entry("Mo-Fr 10:00-17:00"), OpenWhen.Weekend, null, sundayEvening, Oslo));
        Assert.True(OpenWhenRules.Matches(Entry("Sa-Su 10:00-15:00"), OpenWhen.Weekend, null, Oslo_(2026, 12, 2, 9), Oslo));
    }

    [Fact]
    public void TemporaryClosureWinsUntilTheEndOfItsDate()
    {
        var entry = Entry("24/7", InitiativeStatus.TemporarilyClosed, new DateOnly(2026, 12, 3));
        Assert.Equal(OpeningState.Closed, OpenWhenRules.StateAt(entry, Oslo_(2026, 12, 3, 23, 59), Oslo));
        Assert.Equal(OpeningState.Open, OpenWhenRules.StateAt(entry, Oslo_(2026, 12, 4, 0, 1), Oslo));
        Assert.True(OpenWhenRules.Matches(entry, OpenWhen.Weekend, null, Oslo_(2026, 12, 2, 12), Oslo));
    }

    [Fact]
    public void ArchivedAndUnknownHoursNeverMatchAnOpenFilter()
    {
        var now = Oslo_(2026, 12, 2, 12);
        Assert.False(OpenWhenRules.Matches(Entry("24/7", InitiativeStatus.Archived), OpenWhen.Now, null, now, Oslo));
        Assert.False(OpenWhenRules.Matches(Entry(""), OpenWhen.Now, null, now, Oslo));
        Assert.Equal(OpeningState.Unknown, OpenWhenRules.StateAt(Entry(""), now, Oslo));
        Assert.True(OpenWhenRules.Matches(Entry(""), OpenWhen.Any, null, now, Oslo));
    }

    [Fact]
    public void LocalTimeAtIsReadInOsloAndInstantsKeepTheirOffset()
    {
        var local = OpenWhenRules.ToInstant(new DateTime(2026, 7, 1, 12, 0, 0), Oslo);
        Assert.Equal(TimeSpan.FromHours(2), local.Offset);
        var utc = OpenWhenRules.ToInstant(new DateTime(2026, 7, 1, 10, 0, 0, DateTimeKind.Utc), Oslo);
        Assert.Equal(local.UtcDateTime, utc.UtcDateTime);
    }
}
