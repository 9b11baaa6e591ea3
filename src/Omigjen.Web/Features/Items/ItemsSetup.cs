using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Items;

/// <summary>Services and endpoints for the search API and pages.</summary>
public static class ItemsSetup
{
    public static IServiceCollection AddItems(this IServiceCollection services) => services.AddScoped<ItemSearch>();

    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder endpoints) => endpoints.MapItemsEndpoints();
}
