using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// One page of a long list (<c>?side=N</c>, 25 rows a page). The page number is kept within the list, and links to other
/// pages keep the rest of the query (filters, search).
/// </summary>
public sealed class Paging
{
    public const int DefaultPageSize = 25;
    public const string QueryKey = "side";

    private readonly string _path;
    private readonly List<KeyValuePair<string, string>> _query;

    private Paging(string path, List<KeyValuePair<string, string>> query, int page, int total, int pageSize)
    {
        _path = path;
        _query = query;
        Total = total;
        PageSize = pageSize;
        PageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        Page = Math.Clamp(page, 1, PageCount);
    }

    public int Page { get; }
    public int PageCount { get; }
    public int PageSize { get; }
    public int Total { get; }
    public int Skip => (Page - 1) * PageSize;
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < PageCount;

    /// <summary>The page asked for in <paramref name="request"/>, for a list of <paramref name="total"/> rows.</summary>
    public static Paging For(HttpRequest request, int total, int pageSize = DefaultPageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        var page = int.TryParse(request.Query[QueryKey].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        var query = request.Query.Where(kv => kv.Key != QueryKey && kv.Key != "handler")
            .SelectMany(kv => kv.Value.Select(v => new KeyValuePair<string, string>(kv.Key, v ?? ""))).ToList();
        return new Paging(request.Path.Value ?? "/", query, page, total, pageSize);
    }

    public string UrlFor(int page)
    {
        var query = new List<KeyValuePair<string, string?>>(_query.Select(kv => new KeyValuePair<string, string?>(kv.Key, kv.Value)));
        if (page > 1) query.Add(new(QueryKey, page.ToString(CultureInfo.InvariantCulture)));
        return query.Count == 0 ? _path : QueryHelpers.AddQueryString(_path, query);
    }
}
