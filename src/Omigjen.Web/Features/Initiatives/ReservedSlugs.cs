using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// Words that must not become slugs because a fixed route claims them: "registrer" in <c>/portal/registrer</c> wins over
/// <c>/portal/{slug}</c>, so an initiative with that slug could never open its portal. Read from the routes themselves,
/// so a new page cannot be forgotten in a list.
/// </summary>
public sealed class ReservedSlugs(EndpointDataSource endpoints, IActionDescriptorCollectionProvider pages)
{
    private IReadOnlySet<string>? _words;

    public bool Contains(string slug) => Words.Contains(slug);

    public IReadOnlySet<string> Words
    {
        get
        {
            if (_words is { } words) return words;
            // The Razor Pages are known from start-up, even to the command line, which maps no endpoints; the endpoint
            // table adds the minimal APIs once the app is mapped. Only that complete answer is kept.
            var templates = pages.ActionDescriptors.Items.Select(a => a.AttributeRouteInfo?.Template).OfType<string>().Select(t => RoutePatternFactory.Parse(t));
            var all = endpoints.Endpoints.OfType<RouteEndpoint>().Select(e => e.RoutePattern).Concat(templates);
            words = BesideSlugs(all);
            if (endpoints.Endpoints.Count > 0) _words = words;
            return words;
        }
    }

    /// <summary>
    /// Every literal segment that stands where <c>{slug}</c> stands in another route with the same literal prefix:
    /// "portal/registrer" and "portal/overta/{slug?}" beside "portal/{slug}" give "registrer" and "overta".
    /// </summary>
    public static IReadOnlySet<string> BesideSlugs(IEnumerable<RoutePattern> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var list = routes.ToList();
        var prefixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var route in list)
        {
            for (var i = 0; i < route.PathSegments.Count && LiteralPrefix(route, i) is { } prefix; i++)
            {
                if (route.PathSegments[i].Parts is [RoutePatternParameterPart { Name: "slug" }]) prefixes.Add(prefix);
            }
        }
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in list)
        {
            for (var i = 0; i < route.PathSegments.Count && LiteralPrefix(route, i) is { } prefix; i++)
            {
                // Routing compares literals without regard to case; slugs are lower case.
                if (route.PathSegments[i].Parts is [RoutePatternLiteralPart literal] && prefixes.Contains(prefix))
                    words.Add(literal.Content.ToLowerInvariant());
            }
        }
        return words;
    }

    /// <summary>"portal/overta" for segment 2 of "portal/overta/{slug?}"; null once a segment before it is not a literal.</summary>
    private static string? LiteralPrefix(RoutePattern route, int index)
    {
        var literals = new List<string>(index);
        for (var i = 0; i < index; i++)
        {
            if (route.PathSegments[i].Parts is not [RoutePatternLiteralPart literal]) return null;
            literals.Add(literal.Content);
        }
        return string.Join('/', literals);
    }
}
