using Microsoft.Net.Http.Headers;

namespace Omigjen.Web.Features.Items.Photos;

/// <summary>Services and endpoints for photo storage and serving.</summary>
public static class PhotosSetup
{
    /// <summary>A year, and never revalidated: a key's files never change (a new photo gets a new key).</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static IServiceCollection AddItemPhotos(this IServiceCollection services)
    {
        services.AddOptions<PhotoOptions>().BindConfiguration(PhotoOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Path), "Photos:Path must name a folder.");
        services.AddSingleton<IPhotoStore, DiskPhotoStore>();
        services.AddScoped<PhotoUploads>();
        services.AddScoped<PendingPhotos>();
        services.AddScoped<PhotoField>();
        return services;
    }

    /// <summary><c>GET /bilder/{key}-{width}.{ext}</c> (width 320, 640 or 1280; ext webp or jpg): open to everyone.</summary>
    public static IEndpointRouteBuilder MapItemPhotos(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/bilder/{name}", async (string name, IPhotoStore store, HttpContext http, CancellationToken ct) =>
        {
            if (!PhotoVariants.TryParsePublicName(name, out var key, out var fileName, out var contentType)) return Results.NotFound();
            var stream = await store.OpenAsync(key, fileName, ct);
            if (stream is null) return Results.NotFound();
            http.Response.Headers.CacheControl = CacheControl;
            // The content of a name never changes, so the name itself is a strong validator.
            return TypedResults.File(stream, contentType, entityTag: new EntityTagHeaderValue("\"" + key + "-" + fileName + "\""));
        }).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
