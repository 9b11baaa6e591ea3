using Microsoft.AspNetCore.Authorization;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Allocation.Notices;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Features.Intake.Pickups;
using Omigjen.Web.Features.Intake.Pickups.Notices;
using Omigjen.Web.Features.Intake.Screen;
using Omigjen.Web.Features.Intake.Stations;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.Intake;

/// <summary>Services and endpoints for goods handed in at stations: stations, lots, the station screen, partners and allocation.</summary>
public static class IntakeSetup
{
    public static IServiceCollection AddIntake(this IServiceCollection services)
    {
        services.AddOptions<IntakeOptions>().BindConfiguration(IntakeOptions.Section)
            .Validate(o => o.ClaimsWindowHours is >= 1 and <= 336, "Intake:ClaimsWindowHours: må være mellom 1 og 336 / must be between 1 and 336.")
            .Validate(o => o.PublicDays is >= 1 and <= 90, "Intake:PublicDays: må være mellom 1 og 90 / must be between 1 and 90.")
            .ValidateOnStart();
        services.AddAuthorizationBuilder()
            .AddPolicy(StationPolicy.Staff, p => p.RequireAuthenticatedUser().AddRequirements(new StationStaffRequirement()));
        services.AddScoped<IAuthorizationHandler, StationStaffHandler>();
        services.AddScoped<LotRegistration>();
        services.AddScoped<LotPhotos>();
        services.AddScoped<LotAnnouncer>();
        services.AddScoped<LotClaimer>();
        services.AddScoped<LotAllocator>();
        services.AddScoped<PickupConfirmation>();
        services.AddScoped<PickupPlanner>();
        services.AddScoped<PickupCancellation>();
        services.AddScoped<PickupReport>();
        services.AddNoticeTemplate<PickupCancelledNotice>();
        services.AddNoticeTemplate<LotAnnouncedNotice>();
        services.AddNoticeTemplate<LotAllocatedNotice>();
        services.AddScoped<IPersonalDataPart, IntakePersonalData>();
        services.AddSingleton<IntakeJobs>();
        if (!BuildTime.IsDocumentGeneration) services.AddHostedService(sp => sp.GetRequiredService<IntakeJobs>());
        return services;
    }

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        IntakeApi.Map(endpoints);
        return endpoints;
    }
}
