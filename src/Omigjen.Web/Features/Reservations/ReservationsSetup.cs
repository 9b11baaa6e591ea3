using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Reservations.Notices;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Reservations;

/// <summary>Services and endpoints for holds for pickup.</summary>
public static class ReservationsSetup
{
    public static IServiceCollection AddReservations(this IServiceCollection services)
    {
        services.AddOptions<ReservationOptions>().BindConfiguration(ReservationOptions.Section)
            .Validate(o => o.MaxActivePerResident is >= 1 and <= 100, "Reservations:MaxActivePerResident: må være mellom 1 og 100 / must be between 1 and 100.")
            .ValidateOnStart();
        services.AddScoped<ReservationService>();
        services.AddScoped<IPersonalDataPart, ReservationsPersonalData>();
        services.AddSingleton<IItemHolds, ReservationItemHolds>();
        services.AddScoped<ReservationNotices>();
        services.AddNoticeTemplate<HeldNotice>();
        services.AddNoticeTemplate<HeldForActorNotice>();
        services.AddNoticeTemplate<CancelledNotice>();
        services.AddNoticeTemplate<ReleasedNotice>();
        services.AddNoticeTemplate<ExpiredNotice>();
        services.AddNoticeTemplate<ExpiredForActorNotice>();
        services.AddSingleton<ReservationExpiry>();
        // The build starts the app to write the OpenAPI document; it has no database, so no background work then.
        if (BuildTime.IsDocumentGeneration) return services;
        services.AddHostedService(sp => sp.GetRequiredService<ReservationExpiry>());
        return services;
    }

    /// <summary>Holds are made through the item page's form (<c>/varer/{id}/reserver</c>); no API endpoints yet.</summary>
    public static IEndpointRouteBuilder MapReservationsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
