using System.Globalization;

namespace Omigjen.OpeningHours.Tests.Sun;

public class SunTimesPolarTests
{
    private const double TromsoLatitude = 69.65;
    private const double TromsoLongitude = 18.96;
    private const string Oslo = "Europe/Oslo";

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("2026-12-21")]
    [InlineData("2027-01-10")]
    public void TromsoHasNoSunriseOrSunsetInPolarNightButStillTwilight(string date)
    {
        Assert.Null(Get(date, SunEvent.Sunrise));
        Assert.Null(Get(date, SunEvent.Sunset));
        Assert.NotNull(Get(date, SunEvent.Dawn));
        Assert.NotNull(Get(date, SunEvent.Dusk));
    }

    [Fact]
    public void TromsoMidwinterTwilightIsAroundNoon()
    {
        // suncalc: dawn 09:31:13, dusk 13:53:11 on 21 December 2026.
        Assert.InRange(Get("2026-12-21", SunEvent.Dawn)!.Value.TimeOfDay, new TimeSpan(9, 30, 13), new TimeSpan(9, 32, 13));
        Assert.InRange(Get("2026-12-21", SunEvent.Dusk)!.Value.TimeOfDay, new TimeSpan(13, 52, 11), new TimeSpan(13, 54, 11));
    }

    [Theory]
    [InlineData("2026-05-25")]
    [InlineData("2026-06-21")]
    [InlineData("2026-07-15")]
    public void TromsoHasNoEventsAtAllUnderTheMidnightSun(string date)
    {
        foreach (var ev in Enum.GetValues<SunEvent>())
        {
            Assert.Null(Get(date, ev));
        }
    }

    [Fact]
    public void TromsoPolarNightEndsWithAShortDayInMidJanuary()
    {
        // suncalc: sunrise 11:35:00, sunset 12:12:40 on 15 January 2027.
        var sunrise = Get("2027-01-15", SunEvent.Sunrise);
        var sunset = Get("2027-01-15", SunEvent.Sunset);
        Assert.InRange(sunrise!.Value.TimeOfDay, new TimeSpan(11, 34, 0), new TimeSpan(11, 36, 0));
        Assert.InRange(sunset!.Value.TimeOfDay, new TimeSpan(12, 11, 40), new TimeSpan(12, 13, 40));
    }

    [Fact]
    public void AskerSummerDuskFallsAfterMidnightSoTheDatesDuskIsTheEarlyMorningOne()
    {
        // Civil dusk of 21 June happens at 00:26 on 22 June; the dusk on 21 June is the previous evening's.
        var dusk = SunTimes.Get(new DateOnly(2026, 6, 21), 59.83, 10.43, SunEvent.Dusk, Oslo);
        Assert.Equal(new DateOnly(2026, 6, 21), DateOnly.FromDateTime(dusk!.Value.DateTime));
        Assert.InRange(dusk.Value.TimeOfDay, TimeSpan.Zero, TimeSpan.FromHours(1));
    }

    [Fact]
    public void PolesNeverThrow()
    {
        foreach (var ev in Enum.GetValues<SunEvent>())
        {
            Assert.Null(SunTimes.Get(new DateOnly(2026, 6, 21), 90, 0, ev, "UTC"));
            Assert.Null(SunTimes.Get(new DateOnly(2026, 12, 21), 90, 0, ev, "UTC"));
            SunTimes.Get(new DateOnly(2026, 3, 20), -90, 0, ev, "UTC");
        }
    }

    [Fact]
    public void ExtremeDatesGiveNullInsteadOfOverflowing()
    {
        Assert.Null(SunTimes.Get(DateOnly.MinValue, 59.83, 10.43, SunEvent.Dawn, Oslo));
        Assert.Null(SunTimes.Get(DateOnly.MaxValue, 59.83, 10.43, SunEvent.Dusk, Oslo));
        Assert.NotNull(SunTimes.Get(new DateOnly(9998, 6, 1), 59.83, 10.43, SunEvent.Sunrise, Oslo));
    }

    private static DateTimeOffset? Get(string date, SunEvent ev) =>
        SunTimes.Get(DateOnly.Parse(date, CultureInfo.InvariantCulture), TromsoLatitude, TromsoLongitude, ev, Oslo);
}
