using Omigjen.Web.Features.Repair.Services.Search;

namespace Omigjen.Web.Features.Repair.Services;

/// <summary>Services and endpoints of repair services: the search and its API.</summary>
public static class RepairServicesSetup
{
    public static IServiceCollection AddRepairServices(this IServiceCollection services) => services.AddScoped<RepairSearch>();

    public static IEndpointRouteBuilder MapRepairServicesApi(this IEndpointRouteBuilder endpoints) => endpoints.MapRepairServicesEndpoints();
}
