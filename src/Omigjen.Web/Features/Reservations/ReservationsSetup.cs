using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Infrastructure;

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
        services.AddScoped<ReservationEmails>();
        services.AddSingleton<ReservationExpiry>();
        // The build starts the app to write the OpenAPI document; it has no database, so no background work then.
        if (BuildTime.IsDocumentGeneration) return services;
        services.AddHostedService(sp => sp.GetRequiredService<ReservationExpiry>());
        return services;
    }

    /// <summary>Holds are made through the item page's form (<c>/varer/{id}/reserver</c>); no API endpoints yet.</summary>
    public static IEndpointRouteBuilder MapReservationsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
