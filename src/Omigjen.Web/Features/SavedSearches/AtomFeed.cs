using System.Globalization;
using System.Xml.Linq;

namespace Omigjen.Web.Features.SavedSearches;

/// <summary>Writes an Atom 1.0 feed (RFC 4287) of the items a saved search found, newest first.</summary>
public static class AtomFeed
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public sealed record Entry(string Id, string Title, Uri Link, DateTime Updated, string Summary);

    public static XDocument Write(string feedId, string title, Uri self, Uri alternate, DateTime updated, IEnumerable<Entry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xml + "lang", "nb"),
            new XElement(Atom + "id", feedId),
            new XElement(Atom + "title", title),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "OMigjen")),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", "application/atom+xml"), new XAttribute("href", self)),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", alternate)));
        foreach (var e in entries)
        {
            feed.Add(new XElement(Atom + "entry",
                new XElement(Atom + "id", e.Id),
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", e.Link)),
                new XElement(Atom + "updated", Stamp(e.Updated)),
                new XElement(Atom + "summary", e.Summary)));
        }
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed);
    }

    private static string Stamp(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
