using Omigjen.Web.Features.Lending.Bookings;
using Omigjen.Web.Infrastructure.Outbox;
using Omigjen.Web.Infrastructure.Sms;

namespace Omigjen.Web.Features.Lending.Notices;

public static class LendingNoticesSetup
{
    /// <summary>Registers <see cref="BookingNotices"/>, the templates of the lending notices, <see cref="LendingCalendar"/> and the SMS sender.</summary>
    public static IServiceCollection AddLendingNotices(this IServiceCollection services)
    {
        services.AddSms();
        services.AddScoped<LendingCalendar>();
        services.AddScoped<BookingNotices>();
        services.AddNoticeTemplate<BookedNotice>();
        services.AddNoticeTemplate<BookedForStaffNotice>();
        services.AddNoticeTemplate<BookingChangedNotice>();
        services.AddNoticeTemplate<BookingChangedForStaffNotice>();
        services.AddNoticeTemplate<BookingCancelledNotice>();
        services.AddNoticeTemplate<BookingCancelledForStaffNotice>();
        services.AddNoticeTemplate<CancelledForMaintenanceNotice>();
        services.AddNoticeTemplate<OfferWithdrawnNotice>();
        services.AddNoticeTemplate<BookingMovedNotice>();
        services.AddNoticeTemplate<OfferedNotice>();
        services.AddNoticeTemplate<OfferLapsedNotice>();
        services.AddNoticeTemplate<PickupReminderNotice>();
        services.AddNoticeTemplate<ReturnReminderNotice>();
        services.AddNoticeTemplate<OverdueNotice>();
        services.AddNoticeTemplate<OverdueForStaffNotice>();
        return services;
    }
}
