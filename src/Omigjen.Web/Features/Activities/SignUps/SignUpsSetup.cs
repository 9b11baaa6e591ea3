using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Activities.Occasions;
using Omigjen.Web.Features.Activities.SignUps.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Activities.SignUps;

/// <summary>Services of sign-ups for activity occasions: the service, the waiting list, the notices, the job and the listener.</summary>
public static class SignUpsSetup
{
    public static IServiceCollection AddActivitySignUps(this IServiceCollection services)
    {
        services.AddScoped<SignUpService>();
        services.AddScoped<SignUpWaitlist>();
        services.AddScoped<SignUpNotices>();
        services.AddScoped<SignUpAttendance>();
        services.AddScoped<UnconfirmedSignUps>();
        services.AddScoped<IOccasionChangeListener, OccasionSignUpListener>();
        services.AddScoped<IPersonalDataPart, SignUpPersonalData>();
        services.AddNoticeTemplate<ConfirmSignUpNotice>();
        services.AddNoticeTemplate<SignUpConfirmedNotice>();
        services.AddNoticeTemplate<SignUpWaitingNotice>();
        services.AddNoticeTemplate<SignUpOfferedNotice>();
        services.AddNoticeTemplate<OccasionCancelledNotice>();
        services.AddNoticeTemplate<OccasionMovedNotice>();
        services.AddNoticeTemplate<OccasionChangedNotice>();
        services.AddNoticeTemplate<SignUpReminderNotice>();
        services.AddSingleton<SignUpJobs>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<SignUpJobs>());
        return services;
    }
}
