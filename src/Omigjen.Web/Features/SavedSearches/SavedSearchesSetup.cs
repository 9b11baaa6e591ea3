namespace Omigjen.Web.Features.SavedSearches;

/// <summary>Services and endpoints for saved searches, alerts and feeds.</summary>
public static class SavedSearchesSetup
{
    public static IServiceCollection AddSavedSearches(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapSavedSearches(this IEndpointRouteBuilder endpoints) => endpoints;
}
