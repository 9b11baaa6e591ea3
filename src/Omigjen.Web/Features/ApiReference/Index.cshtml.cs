using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.ApiReference;

/// <summary>The open API's endpoints as the app maps them, so a new endpoint shows here without editing the page.</summary>
public sealed partial class IndexModel(EndpointDataSource endpoints) : PageModel
{
    public const string Prefix = "/api/v1/";

    public sealed record ApiEndpoint(string Method, string Route, string Path, string? SummaryNb, string? SummaryEn, string? Description);

    public IReadOnlyList<ApiEndpoint> Endpoints { get; private set; } = [];

    public void OnGet() => Endpoints = List(endpoints);

    public static IReadOnlyList<ApiEndpoint> List(EndpointDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith(Prefix, StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(method => new ApiEndpoint(
                method, e.RoutePattern.RawText!, Constraint().Replace(e.RoutePattern.RawText!, "{$1}").TrimEnd('/'),
                e.Metadata.GetMetadata<NorwegianSummary>()?.Text, e.Metadata.GetMetadata<IEndpointSummaryMetadata>()?.Summary,
                e.Metadata.GetMetadata<IEndpointDescriptionMetadata>()?.Description)))
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Method, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>A route parameter with its constraint ("{id:int}"), shown as the bare name ("{id}"); a group's own route loses its trailing slash.</summary>
    [GeneratedRegex(@"\{(\w+):[^}]*\}")]
    private static partial Regex Constraint();
}
