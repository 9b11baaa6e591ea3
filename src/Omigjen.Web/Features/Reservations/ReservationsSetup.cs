namespace Omigjen.Web.Features.Reservations;

/// <summary>Services and endpoints for holds for pickup.</summary>
public static class ReservationsSetup
{
    public static IServiceCollection AddReservations(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapReservationsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
