using Microsoft.AspNetCore.OutputCaching;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Caches directory answers (list page, list API, GeoJSON) for the rest of the minute. "Open now" cannot change within a
/// minute (opening hours work to the minute), popular filters repeat, and a data change evicts the tag at once.
/// </summary>
public static class DirectoryOutputCache
{
    public const string Policy = "directory";
    public const string Tag = "directory";

    /// <summary>Also on the pages that show coming activities (start page, initiative page): an activity write evicts only these.</summary>
    public const string OccasionsTag = "directory-occasions";

    public static IServiceCollection AddDirectoryOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(o => o.AddPolicy(Policy, b => b
            .Expire(TimeSpan.FromSeconds(60))
            .SetVaryByQuery("*")
            .VaryByValue(context =>
            {
                // The language comes from the cookie as well as the query; the minute from the app's clock.
                var minute = context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToUnixTimeSeconds() / 60;
                return new KeyValuePair<string, string>("v", $"{L.Lang}:{minute}");
            })
            .Tag(Tag)));
}
