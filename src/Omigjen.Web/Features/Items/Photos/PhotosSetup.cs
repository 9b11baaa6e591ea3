namespace Omigjen.Web.Features.Items.Photos;

/// <summary>Services and endpoints for photo storage and serving.</summary>
public static class PhotosSetup
{
    public static IServiceCollection AddItemPhotos(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapItemPhotos(this IEndpointRouteBuilder endpoints) => endpoints;
}
