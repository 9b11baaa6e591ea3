using AngleSharp;
using AngleSharp.Dom;

namespace Omigjen.Web.Tests.Infrastructure;

public static class Html
{
    public static async Task<IDocument> GetDocumentAsync(this HttpClient client, string url)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} gave {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(body).Address("http://localhost" + url));
    }

    public static IReadOnlyList<string> ResultSlugs(this IDocument doc) =>
        doc.QuerySelectorAll("#result-list li[data-slug]").Select(li => li.GetAttribute("data-slug")!).ToList();
}
