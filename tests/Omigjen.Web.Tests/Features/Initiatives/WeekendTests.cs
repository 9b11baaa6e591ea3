using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Tests.Features.Initiatives;

public sealed class WeekendTests
{
    private static readonly TimeZoneInfo Oslo = TimeZoneInfo.FindSystemTimeZoneById("Europe/Oslo");
    private static readonly DateOnly Wednesday = new(2026, 12, 2), Saturday = new(2026, 12, 5), Sunday = new(2026, 12, 6);

    private static DateTimeOffset At(DateOnly day, int hour) => OpenWhenRules.Local(day, new TimeOnly(hour, 0), Oslo);

    private static DirectoryEntry Place(string hours) =>
        new(new Initiative
        {
            Slug = "x", Name = "X", OpeningHours = hours,
            Locations = [new InitiativeLocation { Address = "A", Latitude = 59.83, Longitude = 10.43 }],
        }, "Europe/Oslo");

    private static bool OpenInWeekend(string hours, DateTimeOffset now) =>
        OpenWhenRules.Matches(Place(hours), OpenWhen.Weekend, null, now, Oslo);

    [Fact]
    public void On_a_weekday_the_weekend_is_the_coming_saturday_and_sunday()
    {
        var window = Assert.Single(Weekend.Windows(At(Wednesday, 12), Oslo));
        Assert.Equal(At(Saturday, 0), window.From);
        Assert.Equal(At(Sunday.AddDays(1), 0), window.To);
        Assert.Equal((Saturday, Sunday), Weekend.Days(Wednesday));
        Assert.True(OpenInWeekend("Sa 10:00-15:00", At(Wednesday, 12)));
        Assert.False(OpenInWeekend("Mo-Fr 10:00-17:00", At(Wednesday, 12)));
    }

    [Fact]
    public void On_sunday_evening_a_place_open_on_saturday_counts_for_next_saturday()
    {
        var sundayEvening = At(Sunday, 20);
        Assert.True(OpenInWeekend("Sa 10:00-15:00", sundayEvening));
        // Still open later tonight: today counts.
        Assert.True(OpenInWeekend("Su 12:00-22:00", sundayEvening));
        Assert.False(OpenInWeekend("Mo-Fr 10:00-17:00", sundayEvening));
        Assert.Equal((new DateOnly(2026, 12, 12), new DateOnly(2026, 12, 13)), Weekend.Days(Sunday));
    }

    [Fact]
    public void On_saturday_morning_today_and_tomorrow_count()
    {
        var saturdayMorning = At(Saturday, 8);
        var windows = Weekend.Windows(saturdayMorning, Oslo);
        Assert.Equal((saturdayMorning, At(Sunday.AddDays(1), 0)), windows[0]);
        Assert.True(OpenInWeekend("Sa 10:00-15:00", saturdayMorning));
        Assert.True(OpenInWeekend("Su 12:00-16:00", saturdayMorning));
        Assert.Equal((Saturday, Sunday), Weekend.Days(Saturday));
    }

    [Fact]
    public void On_saturday_after_closing_a_place_open_only_on_saturdays_counts_for_next_saturday()
    {
        var saturdayEvening = At(Saturday, 16);
        Assert.True(OpenInWeekend("Sa 10:00-15:00", saturdayEvening));
        var next = Weekend.Windows(saturdayEvening, Oslo)[1];
        Assert.Equal(At(new DateOnly(2026, 12, 12), 0), next.From);
        // Closed this weekend and every other: nothing to find.
        Assert.False(OpenInWeekend("Sa 10:00-15:00; 2026 Dec 12 off", saturdayEvening));
    }

    [Fact]
    public void The_label_names_the_dates_and_the_month_on_both_ends_when_they_differ()
    {
        Assert.Equal("I helgen (lør. 5.–søn. 6. des.)", Weekend.Label(Wednesday));
        Assert.Equal("I helgen (lør. 12.–søn. 13. des.)", Weekend.Label(Sunday));
        Assert.Equal("I helgen (lør. 31. jan.–søn. 1. feb.)", Weekend.Label(new DateOnly(2026, 1, 28)));
    }
}
