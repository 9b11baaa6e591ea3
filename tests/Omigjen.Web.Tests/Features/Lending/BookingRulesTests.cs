using Omigjen.OpeningHours;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;

namespace Omigjen.Web.Tests.Features.Lending;

public sealed class BookingRulesTests
{
    private static readonly EvaluationContext Oslo = new("Europe/Oslo");
    private static readonly TimeSpan Summer = TimeSpan.FromHours(2);

    // Wednesday 12 May 2027, noon in Oslo. Monday 17 May 2027 is Constitution Day.
    private static readonly DateTimeOffset Now = new(2027, 5, 12, 12, 0, 0, Summer);

    private static readonly OpeningHoursSchedule Weekdays = Hours("Mo-Sa 10:00-18:00; PH off");

    private static OpeningHoursSchedule Hours(string value) =>
        OpeningHoursSchedule.Parse(value).Schedule ?? throw new InvalidOperationException($"Not valid: {value}");

    private static DateTimeOffset May(int day, int hour, int minute = 0) => new(2027, 5, day, hour, minute, 0, Summer);

    private static BookingPeriod Period(int pickupDay, int pickupHour, int returnDay, int returnHour) =>
        new(May(pickupDay, pickupHour), May(returnDay, returnHour));

    private static IReadOnlyList<BookingProblem> Validate(BookingPeriod period, int maxDays = 7, TimeSpan lead = default) =>
        BookingRules.Validate(period, Now, Weekdays, Oslo, maxDays, lead);

    [Fact]
    public void A_period_inside_opening_hours_has_no_problems()
    {
        // Tuesday 18 to Friday 21 May.
        Assert.Empty(Validate(Period(18, 10, 21, 17)));
    }

    [Fact]
    public void Pickup_on_17_May_is_refused_with_the_holiday_as_reason()
    {
        var problems = Validate(Period(17, 12, 19, 12));

        var problem = Assert.Single(problems);
        Assert.Equal("pickup", problem.Field);
        // In 2027 Whit Monday falls on 17 May too.
        Assert.Equal("Stengt 17. mai (Grunnlovsdagen / Andre pinsedag).", problem.Nb);
        Assert.Equal("Closed on 17 May (Constitution Day / Whit Monday).", problem.En);
    }

    [Fact]
    public void Return_on_17_May_is_refused_too()
    {
        var problems = Validate(Period(15, 12, 17, 12));

        var problem = Assert.Single(problems);
        Assert.Equal("return", problem.Field);
        Assert.StartsWith("Stengt 17. mai", problem.Nb, StringComparison.Ordinal);
    }

    [Fact]
    public void A_closed_day_with_a_comment_gives_the_comment_as_reason()
    {
        var hours = Hours("Mo-Sa 10:00-18:00; PH off \"helligdag\"");
        var problems = BookingRules.Validate(Period(17, 12, 19, 12), Now, hours, Oslo);

        var problem = Assert.Single(problems);
        Assert.Equal("Stengt 17. mai: helligdag.", problem.Nb);
        Assert.Equal("Closed on 17 May: helligdag.", problem.En);
    }

    [Fact]
    public void A_day_closed_by_the_weekly_hours_is_named_without_a_reason()
    {
        // Sunday 23 May.
        var problem = Assert.Single(Validate(Period(23, 12, 25, 12)));
        Assert.Equal("pickup", problem.Field);
        Assert.Equal("Stengt 23. mai.", problem.Nb);
        Assert.Equal("Closed on 23 May.", problem.En);

        // Sunday 16 May is Whit Sunday, and says so.
        var holiday = Assert.Single(Validate(Period(16, 12, 18, 12)));
        Assert.Equal("Stengt 16. mai (Første pinsedag).", holiday.Nb);
    }

    [Fact]
    public void A_booking_over_the_maximum_length_is_refused()
    {
        // Tuesday 18 May to Wednesday 26 May: 8 days.
        var problem = Assert.Single(Validate(Period(18, 10, 26, 12)));
        Assert.Equal("return", problem.Field);
        Assert.Contains("høyst 7 dager", problem.Nb, StringComparison.Ordinal);
        Assert.Contains("at most 7 days", problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Exactly_the_maximum_length_in_days_is_allowed()
    {
        // Tuesday 18 May to Tuesday 25 May at closing time.
        Assert.Empty(Validate(Period(18, 10, 25, 18)));
        Assert.Single(Validate(Period(18, 10, 25, 18), maxDays: 6));
        Assert.Empty(Validate(Period(18, 10, 19, 12), maxDays: 1));
    }

    [Fact]
    public void A_return_outside_opening_hours_is_refused_and_the_hours_are_shown()
    {
        // Friday 21 May at 19:00, after closing.
        var problem = Assert.Single(Validate(Period(18, 10, 21, 19)));
        Assert.Equal("return", problem.Field);
        Assert.Equal("Innleveringen må være i åpningstiden. Åpent 21. mai: 10.00–18.00.", problem.Nb);
        Assert.Equal("The return must be within opening hours. Open on 21 May: 10:00–18:00.", problem.En);
    }

    [Fact]
    public void A_return_exactly_at_closing_time_is_inside_but_a_pickup_at_closing_time_is_not()
    {
        Assert.Empty(Validate(Period(18, 10, 21, 18)));
        var problem = Assert.Single(Validate(Period(18, 18, 21, 12)));
        Assert.Equal("pickup", problem.Field);
        Assert.StartsWith("Hentingen må være i åpningstiden", problem.Nb, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pickup_before_opening_is_refused()
    {
        var problem = Assert.Single(Validate(Period(18, 9, 21, 12)));
        Assert.Equal("pickup", problem.Field);
    }

    [Fact]
    public void The_return_must_come_after_the_pickup()
    {
        var problems = Validate(new BookingPeriod(May(19, 12), May(19, 12)));
        var problem = Assert.Single(problems);
        Assert.Equal("return", problem.Field);

        var reversed = Validate(Period(20, 12, 19, 12));
        Assert.Equal("return", Assert.Single(reversed).Field);
    }

    [Fact]
    public void A_pickup_in_the_past_is_refused()
    {
        // Tuesday 11 May, the day before now.
        var problem = Assert.Single(Validate(Period(11, 12, 14, 12)));
        Assert.Equal("pickup", problem.Field);
        Assert.Contains("allerede vært", problem.Nb, StringComparison.Ordinal);
        Assert.Contains("in the past", problem.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pickup_sooner_than_the_lead_time_is_refused()
    {
        var lead = TimeSpan.FromHours(24);
        // Thursday 13 May at 11:00 is 23 hours ahead; at 12:00 exactly 24.
        var problem = Assert.Single(Validate(new BookingPeriod(May(13, 11), May(14, 12)), lead: lead));
        Assert.Equal("pickup", problem.Field);
        Assert.Contains("24 timer", problem.Nb, StringComparison.Ordinal);
        Assert.Empty(Validate(new BookingPeriod(May(13, 12), May(14, 12)), lead: lead));
        var shortLead = Assert.Single(Validate(new BookingPeriod(May(12, 12, 20), May(14, 12)), lead: TimeSpan.FromMinutes(30)));
        Assert.Equal("The pickup must be booked at least 30 minutes ahead.", shortLead.En);
        // Without a lead time the same day is fine.
        Assert.Empty(Validate(new BookingPeriod(May(12, 13), May(14, 12))));
    }

    [Fact]
    public void Several_problems_are_all_reported()
    {
        // In the past, on a closed Sunday, ten days long, returned on 17 May.
        var problems = Validate(new BookingPeriod(new DateTimeOffset(2027, 5, 9, 12, 0, 0, Summer), May(17, 12)));
        Assert.Equal(["pickup", "return", "pickup", "return"], problems.Select(p => p.Field));
    }

    [Fact]
    public void Unknown_hours_check_only_the_times()
    {
        Assert.Empty(BookingRules.Validate(Period(17, 3, 19, 23), Now, null, Oslo));
        Assert.Single(BookingRules.Validate(Period(17, 3, 29, 23), Now, null, Oslo));
    }

    [Fact]
    public void Overlapping_periods_overlap_both_ways()
    {
        var a = Period(18, 10, 20, 12);
        var b = Period(19, 10, 21, 12);
        var inside = Period(18, 12, 18, 14);
        Assert.True(BookingRules.Overlaps(a, b));
        Assert.True(BookingRules.Overlaps(b, a));
        Assert.True(a.Overlaps(inside));
        Assert.True(inside.Overlaps(a));
        Assert.True(a.Overlaps(a));
    }

    [Fact]
    public void Touching_periods_do_not_overlap()
    {
        var first = Period(18, 10, 20, 12);
        var next = Period(20, 12, 22, 12);
        Assert.False(BookingRules.Overlaps(first, next));
        Assert.False(BookingRules.Overlaps(next, first));
        Assert.False(first.Overlaps(Period(21, 10, 22, 12)));
        // One minute earlier and they do.
        Assert.True(first.Overlaps(new BookingPeriod(May(20, 11, 59), May(22, 12))));
    }

    [Fact]
    public void Pickup_slots_are_the_open_intervals_of_the_day()
    {
        var slot = Assert.Single(BookingRules.PickupSlots(new DateOnly(2027, 5, 18), Weekdays, Oslo));
        Assert.Equal(May(18, 10), slot.From);
        Assert.Equal(May(18, 18), slot.To);

        Assert.Empty(BookingRules.PickupSlots(new DateOnly(2027, 5, 17), Weekdays, Oslo));
        Assert.Empty(BookingRules.PickupSlots(new DateOnly(2027, 5, 16), Weekdays, Oslo));

        var split = BookingRules.PickupSlots(new DateOnly(2027, 5, 18), Hours("Tu 10:00-12:00,13:00-16:30"), Oslo);
        Assert.Equal([(May(18, 10), May(18, 12)), (May(18, 13), May(18, 16, 30))], split.Select(s => (s.From, s.To)));
    }

    [Fact]
    public void Pickup_slots_use_the_local_day_in_winter_time()
    {
        var winter = TimeSpan.FromHours(1);
        var slot = Assert.Single(BookingRules.PickupSlots(new DateOnly(2026, 12, 2), Weekdays, Oslo));
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 10, 0, 0, winter), slot.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 18, 0, 0, winter), slot.To);
    }

    [Fact]
    public void First_free_is_the_start_when_nothing_is_booked()
    {
        Assert.Equal(May(13, 10), BookingRules.FirstFree([], TimeSpan.FromDays(2), May(13, 10), May(31, 0)));
    }

    [Fact]
    public void First_free_skips_bookings_and_gaps_that_are_too_short()
    {
        BookingPeriod[] bookings =
        [
            Period(20, 10, 22, 12), // listed out of order on purpose
            Period(13, 10, 15, 12),
            Period(16, 12, 19, 12), // the gap 15 12:00 - 16 12:00 is one day: too short for two
        ];
        Assert.Equal(May(22, 12), BookingRules.FirstFree(bookings, TimeSpan.FromDays(2), May(13, 10), May(31, 0)));
        // A one-day loan fits exactly in the first gap: touching bookings are no conflict.
        Assert.Equal(May(15, 12), BookingRules.FirstFree(bookings, TimeSpan.FromDays(1), May(13, 10), May(31, 0)));
        // Starting inside a booking waits for its return.
        Assert.Equal(May(19, 12), BookingRules.FirstFree(bookings, TimeSpan.FromHours(3), May(17, 0), May(31, 0)));
    }

    [Fact]
    public void First_free_is_null_when_nothing_fits_before_the_horizon()
    {
        BookingPeriod[] bookings = [Period(13, 10, 25, 12)];
        Assert.Null(BookingRules.FirstFree(bookings, TimeSpan.FromDays(3), May(13, 10), May(27, 12)));
        Assert.Equal(May(25, 12), BookingRules.FirstFree(bookings, TimeSpan.FromDays(3), May(13, 10), May(28, 12)));
    }

    [Fact]
    public void A_waiting_list_offer_expires_after_the_hours_to_answer()
    {
        var offeredAt = May(18, 9);
        Assert.Equal(May(20, 9), BookingRules.OfferExpiresAt(offeredAt, 48));
        Assert.False(BookingRules.IsOfferExpired(offeredAt, May(20, 8, 59), 48));
        Assert.True(BookingRules.IsOfferExpired(offeredAt, May(20, 9), 48));
        Assert.True(BookingRules.IsOfferExpired(offeredAt, May(21, 9), 48));
        Assert.Throws<ArgumentOutOfRangeException>(() => BookingRules.OfferExpiresAt(offeredAt, 0));
    }
}
