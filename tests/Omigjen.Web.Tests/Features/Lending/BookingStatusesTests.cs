using Omigjen.Web.Features.Lending;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The status sets and the transition table, and the entity's own guard on its transitions.</summary>
public sealed class BookingStatusesTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 11, 0, 0, DateTimeKind.Utc);

    private static Booking In(BookingStatus status) => new() { Code = "K7M2QX", Status = status };

    /// <summary>Every pair of statuses.</summary>
    public static TheoryData<BookingStatus, BookingStatus> Every()
    {
        var data = new TheoryData<BookingStatus, BookingStatus>();
        foreach (var from in Enum.GetValues<BookingStatus>())
        {
            foreach (var to in Enum.GetValues<BookingStatus>())
                data.Add(from, to);
        }
        return data;
    }

    private static void Apply(Booking booking, BookingStatus to)
    {
        switch (to)
        {
            case BookingStatus.Booked: booking.Accept(); break;
            case BookingStatus.CheckedOut: booking.CheckOut(Now); break;
            case BookingStatus.Returned: booking.Return(Now); break;
            case BookingStatus.Cancelled: booking.Cancel(Now); break;
            case BookingStatus.Lapsed: booking.Lapse(Now); break;
            case BookingStatus.NoShow: booking.NoShow(Now); break;
            default: throw new InvalidOperationException($"No booking becomes {to} by a transition.");
        }
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void A_transition_happens_exactly_when_the_table_allows_it(BookingStatus from, BookingStatus to)
    {
        if (to == BookingStatus.Offered)
        {
            // An offer is only ever created, never reached.
            Assert.DoesNotContain(BookingStatuses.Transitions, t => t.Value.Contains(BookingStatus.Offered));
            return;
        }
        var booking = In(from);
        if (BookingStatuses.CanBecome(from, to))
        {
            Apply(booking, to);
            Assert.Equal(to, booking.Status);
        }
        else
        {
            var error = Assert.Throws<InvalidOperationException>(() => Apply(booking, to));
            Assert.Contains(from.ToString(), error.Message, StringComparison.Ordinal);
            Assert.Equal(from, booking.Status);
        }
    }

    [Fact]
    public void The_legal_transitions_are_the_lending_flow()
    {
        var offer = In(BookingStatus.Offered);
        offer.Accept();
        offer.CheckOut(Now);
        Assert.Equal(Now, offer.CheckedOutAt);
        offer.Return(Now.AddDays(2));
        Assert.Equal(BookingStatus.Returned, offer.Status);
        Assert.Equal(Now.AddDays(2), offer.ReturnedAt);

        var lapsed = In(BookingStatus.Offered);
        lapsed.Lapse(Now);
        Assert.Equal((BookingStatus.Lapsed, Now), (lapsed.Status, lapsed.CancelledAt));
        var noShow = In(BookingStatus.Booked);
        noShow.NoShow(Now);
        Assert.Equal((BookingStatus.NoShow, Now), (noShow.Status, noShow.CancelledAt));
        var cancelled = In(BookingStatus.Booked);
        cancelled.Cancel(Now);
        Assert.Equal((BookingStatus.Cancelled, Now), (cancelled.Status, cancelled.CancelledAt));
    }

    [Fact]
    public void Illegal_transitions_throw_and_leave_the_booking_as_it_was()
    {
        var returned = In(BookingStatus.Returned);
        Assert.Throws<InvalidOperationException>(() => returned.CheckOut(Now));
        Assert.Null(returned.CheckedOutAt);
        var cancelled = In(BookingStatus.Cancelled);
        Assert.Throws<InvalidOperationException>(() => cancelled.Accept());
        Assert.Throws<InvalidOperationException>(() => In(BookingStatus.Booked).Return(Now));
        Assert.Throws<InvalidOperationException>(() => In(BookingStatus.CheckedOut).Cancel(Now));
        Assert.Throws<InvalidOperationException>(() => In(BookingStatus.Booked).Lapse(Now));
        Assert.Throws<InvalidOperationException>(() => In(BookingStatus.Offered).NoShow(Now));
        Assert.Throws<InvalidOperationException>(() => In(BookingStatus.Offered).CheckOut(Now));
    }

    [Fact]
    public void Every_status_has_a_row_in_the_table_and_the_final_ones_lead_nowhere()
    {
        Assert.Equal(Enum.GetValues<BookingStatus>().Order(), BookingStatuses.Transitions.Keys.Order());
        foreach (var final in new[] { BookingStatus.Returned, BookingStatus.Cancelled, BookingStatus.Lapsed, BookingStatus.NoShow })
            Assert.Empty(BookingStatuses.Transitions[final]);
        Assert.Equal(BookingStatuses.NotHandedOut.Order(), BookingStatuses.From(BookingStatus.Cancelled));
        Assert.Equal([BookingStatus.Booked], BookingStatuses.From(BookingStatus.CheckedOut));
    }

    [Fact]
    public void The_sql_of_the_no_overlap_rule_names_the_active_set()
    {
        Assert.Equal(BookingConfiguration.ActiveStatusesSql, string.Join(", ", BookingStatuses.Active.Select(s => $"'{s}'")));
        foreach (var status in Enum.GetValues<BookingStatus>())
            Assert.Equal(BookingStatuses.Active.Contains(status), In(status).IsActive);
    }
}
