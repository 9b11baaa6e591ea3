namespace Omigjen.Web.Infrastructure;

/// <summary>The public address of the site, for links in e-mails sent outside a request (jobs, the CLI).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";
    public string PublicBaseUrl { get; set; } = "http://localhost:5080";

    public string Link(string pathAndQuery) => PublicBaseUrl.TrimEnd('/') + pathAndQuery;
}
