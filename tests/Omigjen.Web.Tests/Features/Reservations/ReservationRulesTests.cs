using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Reservations;

namespace Omigjen.Web.Tests.Features.Reservations;

public sealed class ReservationRulesTests
{
    private static readonly EvaluationContext Oslo = new("Europe/Oslo");
    private static readonly TimeSpan Winter = TimeSpan.FromHours(1);

    // Wednesday 2 December 2026.
    private static readonly DateTimeOffset WednesdayNoon = new(2026, 12, 2, 12, 0, 0, Winter);

    private static OpeningHoursSchedule Hours(string value) =>
        OpeningHoursSchedule.Parse(value).Schedule ?? throw new InvalidOperationException($"Not valid: {value}");

    [Fact]
    public void Next_opening_day_after_today_ends_at_its_closing_time()
    {
        var expiry = ReservationRules.ExpiryFor(Hours("Mo-Fr 10:00-16:00"), Oslo, WednesdayNoon, 1);
        Assert.True(expiry.FromHours);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void Today_never_counts_even_before_opening()
    {
        var earlyWednesday = new DateTimeOffset(2026, 12, 2, 7, 0, 0, Winter);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, Winter), ReservationRules.ExpiryFor(Hours("Mo-Fr 10:00-16:00"), Oslo, earlyWednesday, 1).ExpiresAt);
        // Just before midnight is still today.
        var lateWednesday = new DateTimeOffset(2026, 12, 2, 23, 59, 0, Winter);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, Winter), ReservationRules.ExpiryFor(Hours("Mo-Fr 10:00-16:00"), Oslo, lateWednesday, 1).ExpiresAt);
    }

    [Theory]
    [InlineData(1, 3)] // Thursday
    [InlineData(2, 4)] // Friday
    [InlineData(3, 7)] // the weekend is closed: Monday
    [InlineData(4, 8)]
    public void N_opening_days_skip_closed_days(int days, int expectedDecemberDay)
    {
        var expiry = ReservationRules.ExpiryFor(Hours("Mo-Fr 10:00-16:00"), Oslo, WednesdayNoon, days);
        Assert.Equal(new DateTimeOffset(2026, 12, expectedDecemberDay, 16, 0, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void The_last_open_range_of_the_day_decides()
    {
        var expiry = ReservationRules.ExpiryFor(Hours("Tu,Th 10:00-12:00,13:00-18:30"), Oslo, WednesdayNoon, 1);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 18, 30, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void A_Saturday_hold_at_a_place_closed_Sunday_and_Monday_ends_at_Tuesday_closing()
    {
        var saturday = new DateTimeOffset(2026, 12, 5, 11, 0, 0, Winter);
        var expiry = ReservationRules.ExpiryFor(Hours("Tu-Sa 10:00-17:00"), Oslo, saturday, 1);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 17, 0, 0, Winter), expiry.ExpiresAt);
        Assert.Equal(DayOfWeek.Tuesday, expiry.ExpiresAt.DayOfWeek);
    }

    [Fact]
    public void Exceptions_close_a_day_and_open_another()
    {
        var initiative = new Initiative
        {
            Slug = "x", Name = "X", OpeningHours = "Mo-Fr 10:00-16:00",
            Exceptions =
            [
                new SpecialHours { From = new DateOnly(2026, 12, 3), To = new DateOnly(2026, 12, 3), Reason = "Varetelling" },
                new SpecialHours { From = new DateOnly(2026, 12, 5), To = new DateOnly(2026, 12, 5), Hours = "11:00-14:00" },
            ],
        };
        var entry = new DirectoryEntry(initiative, "Europe/Oslo");
        // Thursday is closed by the exception: Friday.
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 16, 0, 0, Winter), ReservationRules.ExpiryFor(entry.Schedule, entry.Context, WednesdayNoon, 1).ExpiresAt);
        // Then the extra Saturday, 11-14.
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 14, 0, 0, Winter), ReservationRules.ExpiryFor(entry.Schedule, entry.Context, WednesdayNoon, 2).ExpiresAt);
    }

    [Fact]
    public void Public_holidays_closed_by_the_hours_are_skipped()
    {
        // Thursday 24 December 2026: Christmas Eve is not a public holiday, the 25th (Fri) and 26th (Sat) are.
        var wednesday = new DateTimeOffset(2026, 12, 23, 12, 0, 0, Winter);
        var expiry = ReservationRules.ExpiryFor(Hours("Mo-Sa 10:00-16:00; PH off"), Oslo, wednesday, 2);
        Assert.Equal(new DateTimeOffset(2026, 12, 28, 16, 0, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void A_range_past_midnight_belongs_to_the_day_it_starts()
    {
        var expiry = ReservationRules.ExpiryFor(Hours("Fr 20:00-02:00"), Oslo, WednesdayNoon, 1);
        Assert.Equal(new DateTimeOffset(2026, 12, 5, 2, 0, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void Round_the_clock_ends_at_midnight_of_the_next_day()
    {
        var expiry = ReservationRules.ExpiryFor(Hours("24/7"), Oslo, WednesdayNoon, 1);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, Winter), expiry.ExpiresAt);
    }

    [Fact]
    public void Summer_time_is_respected()
    {
        // Saturday 27 March 2027; summer time starts on Sunday the 28th.
        var saturday = new DateTimeOffset(2027, 3, 27, 12, 0, 0, Winter);
        var expiry = ReservationRules.ExpiryFor(Hours("Mo-Fr 10:00-16:00"), Oslo, saturday, 1);
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 16, 0, 0, TimeSpan.FromHours(2)), expiry.ExpiresAt);
    }

    [Fact]
    public void Unknown_hours_fall_back_to_48_hours()
    {
        var expiry = ReservationRules.ExpiryFor(null, Oslo, WednesdayNoon, 1);
        Assert.False(expiry.FromHours);
        Assert.Equal(WednesdayNoon.AddHours(48), expiry.ExpiresAt);
    }

    [Fact]
    public void No_opening_day_within_60_days_falls_back_too()
    {
        var expiry = ReservationRules.ExpiryFor(Hours("Jun 10:00-16:00"), Oslo, WednesdayNoon, 1);
        Assert.False(expiry.FromHours);
        Assert.Equal(WednesdayNoon.AddHours(48), expiry.ExpiresAt);
        // Day 59 ahead is still found.
        var later = ReservationRules.ExpiryFor(Hours("2027 Jan 30 10:00-16:00"), Oslo, WednesdayNoon, 1);
        Assert.True(later.FromHours);
        Assert.Equal(new DateTimeOffset(2027, 1, 30, 16, 0, 0, Winter), later.ExpiresAt);
    }

    [Fact]
    public void Codes_use_only_unmistakable_characters()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReservationRules.NewCode()).ToList();
        Assert.All(codes, c =>
        {
            Assert.Equal(6, c.Length);
            Assert.DoesNotContain(c, ch => "0O1IL".Contains(ch, StringComparison.Ordinal));
            Assert.All(c, ch => Assert.Contains(ch, ReservationRules.CodeAlphabet));
        });
        Assert.True(codes.Distinct().Count() > 1990, "codes should almost never repeat");
        // Every character of the alphabet turns up: the draw covers it.
        Assert.Equal(ReservationRules.CodeAlphabet.Length, codes.SelectMany(c => c).Distinct().Count());
    }

    [Theory]
    [InlineData(" k7m-2qx ", "K7M2QX")]
    [InlineData("K7M 2QX", "K7M2QX")]
    [InlineData("K7M2Q", null)]
    [InlineData("K7M2Q0", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Typed_codes_are_normalised(string? typed, string? expected) => Assert.Equal(expected, ReservationRules.NormalizeCode(typed));

    [Fact]
    public void Deadlines_read_naturally_in_both_languages()
    {
        var (nb, en) = ReservationRules.Describe(new DateTimeOffset(2026, 12, 4, 16, 0, 0, Winter));
        Assert.Equal("fredag 4. desember kl. 16.00", nb);
        Assert.Equal("Friday 4 December at 16:00", en);
    }
}
