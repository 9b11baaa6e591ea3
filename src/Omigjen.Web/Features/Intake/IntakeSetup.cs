using Microsoft.AspNetCore.Authorization;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Screen;
using Omigjen.Web.Features.Intake.Stations;

namespace Omigjen.Web.Features.Intake;

/// <summary>Services and endpoints for goods handed in at stations: stations, lots and the station screen.</summary>
public static class IntakeSetup
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(StationPolicy.Staff, p => p.RequireAuthenticatedUser().AddRequirements(new StationStaffRequirement()));
        services.AddScoped<IAuthorizationHandler, StationStaffHandler>();
        services.AddScoped<LotRegistration>();
        services.AddScoped<LotPhotos>();
        services.AddScoped<IPersonalDataPart, IntakePersonalData>();
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        IntakeApi.Map(endpoints);
        return endpoints;
    }
}
