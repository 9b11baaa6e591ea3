using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Outbox;

namespace Omigjen.Web.Features.SavedSearches.Notices;

public sealed record DigestItem(int Id, string Title, int PriceNok, string Place);

/// <summary>The search (its name, query and unsubscribe token) and the new items, newest first; <c>More</c> when there were more than shown.</summary>
public sealed record SavedSearchDigestData(string SearchName, string Query, string UnsubscribeToken, IReadOnlyList<DigestItem> Items, bool More);

/// <summary>The new items a saved search finds, with a one-click unsubscribe (RFC 8058).</summary>
public sealed class SavedSearchDigestNotice(NoticeLinks links, IOptions<MunicipalityOptions> municipality) : NoticeTemplate<SavedSearchDigestData>
{
    public const string Name = "saved-search.digest";
    public override string Kind => Name;

    protected override Task<NoticeMessage?> RenderAsync(SavedSearchDigestData s, Notice notice, CancellationToken ct)
    {
        var searchLink = links.Page("/Items/Index") + "?" + s.Query;
        var unsubscribe = links.Page("/SavedSearches/Unsubscribe", new { token = s.UnsubscribeToken });
        string ItemLink(DigestItem i) => links.Page("/Items/Details", new { id = i.Id });
        var subject = $"Nytt som passer «{s.SearchName}» / New items for “{s.SearchName}”";
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Nye ting som passer søket ditt «{s.SearchName}»:\n\n");
        foreach (var i in s.Items)
            text.Append(CultureInfo.InvariantCulture, $"- {i.Title} ({Price(i.PriceNok, nb: true)}), {i.Place}: {ItemLink(i)}\n");
        if (s.More) text.Append("\nDet er flere. ");
        text.Append(CultureInfo.InvariantCulture, $"\nSe alle: {searchLink}\n\nSlutt å få slike e-poster: {unsubscribe}\n\n---\n");
        text.Append(CultureInfo.InvariantCulture, $"New items matching your saved search “{s.SearchName}”:\n\n");
        foreach (var i in s.Items)
            text.Append(CultureInfo.InvariantCulture, $"- {i.Title} ({Price(i.PriceNok, nb: false)}), {i.Place}: {ItemLink(i)}\n");
        text.Append(CultureInfo.InvariantCulture, $"\nSee all: {searchLink}\n\nStop these e-mails: {unsubscribe}\n\n{municipality.Value.Name}\n");

        var e = HtmlEncoder.Default;
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p>Nye ting som passer søket ditt «{e.Encode(s.SearchName)}»:</p><ul>");
        foreach (var i in s.Items)
            html.Append(CultureInfo.InvariantCulture,
                $"<li><a href=\"{e.Encode(ItemLink(i))}\">{e.Encode(i.Title)}</a> – {e.Encode(Price(i.PriceNok, nb: true))}, {e.Encode(i.Place)}</li>");
        html.Append(CultureInfo.InvariantCulture, $"</ul><p><a href=\"{e.Encode(searchLink)}\">Se alle / See all</a></p>");
        html.Append(CultureInfo.InvariantCulture,
            $"<hr><p><a href=\"{e.Encode(unsubscribe)}\">Slutt å få slike e-poster / Stop these e-mails</a></p><p>{e.Encode(municipality.Value.Name)}</p>");
        return Task.FromResult<NoticeMessage?>(new NoticeMessage(subject, text.ToString())
        {
            Html = html.ToString(),
            // The one-click unsubscribe is an API endpoint, not a page.
            UnsubscribeUrl = new Uri(links.Absolute($"/api/v1/saved-searches/unsubscribe/{s.UnsubscribeToken}")),
        });
    }

    private static string Price(int nok, bool nb) =>
        nok == 0 ? (nb ? "gratis" : "free") : string.Create(CultureInfo.InvariantCulture, $"{nok} kr");
}
