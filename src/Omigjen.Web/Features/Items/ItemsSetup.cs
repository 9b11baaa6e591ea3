namespace Omigjen.Web.Features.Items;

/// <summary>Services and endpoints for the search API and pages.</summary>
public static class ItemsSetup
{
    public static IServiceCollection AddItems(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapItemsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
