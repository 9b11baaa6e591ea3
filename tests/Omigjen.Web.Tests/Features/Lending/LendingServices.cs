using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Features.Lending.Catalogue;
using Omigjen.Web.Features.Lending.Desk;
using Omigjen.Web.Features.Lending.Waitlist;

namespace Omigjen.Web.Tests.Features.Lending;

/// <summary>The lending services of one scope, for tests that drive them directly.</summary>
public sealed record LendingServices(BookingService Booking, WaitlistService Waitlist, DeskService Desk, Availability Availability)
{
    /// <summary>The staff member the desk actions of a test are written to the audit log as.</summary>
    public static readonly DeskStaff Staff = new(null, "skranke@test");

    public static LendingServices From(IServiceProvider services) => new(
        services.GetRequiredService<BookingService>(), services.GetRequiredService<WaitlistService>(),
        services.GetRequiredService<DeskService>(), services.GetRequiredService<Availability>());
}
