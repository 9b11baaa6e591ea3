using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Accounts;

namespace Omigjen.Web.Infrastructure.Outbox;

/// <summary>Absolute links for notices: the path from the page's route (<see cref="LinkGenerator"/>), on Site:PublicBaseUrl.</summary>
public sealed class NoticeLinks(LinkGenerator links, IOptions<SiteOptions> site)
{
    /// <summary>The page's URL, e.g. <c>Page("/Reservations/Mine")</c>; values fill the route and the rest go in the query.</summary>
    public string Page(string page, object? values = null) =>
        site.Value.Link(links.GetPathByPage(page, handler: null, values)
                        ?? throw new InvalidOperationException($"No route to the page {page} with those values."));

    /// <summary>A path that is not a page (an API endpoint) on Site:PublicBaseUrl.</summary>
    public string Absolute(string path) => site.Value.Link(path);
}
