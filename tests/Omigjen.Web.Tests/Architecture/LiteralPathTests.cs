using System.Text.RegularExpressions;

namespace Omigjen.Web.Tests.Architecture;

/// <summary>
/// Links and redirects to the app's own pages are generated from page names (<c>asp-page</c>, <c>Url.Page</c>,
/// <c>RedirectToPage</c>), so a page's URL is written once, in its <c>@page</c> route.
/// </summary>
public sealed partial class LiteralPathTests
{
    /// <summary>Folders and files under <c>src/Omigjen.Web/Features</c> that are converted; add yours when it is.</summary>
    private static readonly string[] Converted =
    [
        "Initiatives/Editor",
        "Initiatives/Hours",
        "Initiatives/Moderation/Register.cshtml",
        "Initiatives/Moderation/Register.cshtml.cs",
        "Initiatives/Moderation/Claim.cshtml",
        "Initiatives/Moderation/Claim.cshtml.cs",
        "Initiatives/Moderation/ForActors.cshtml",
        "Items/Manage",
        "Items/Photos",
        "Lending/Manage",
        "Lending/Bookings",
        "Items/Import/ItemImport.cshtml",
        "Items/Import/ItemImport.cshtml.cs",
        "Items/Import/ItemExport.cshtml",
        "Items/Import/ItemExport.cshtml.cs",
        "Items/Index.cshtml",
        "Items/Details.cshtml",
        "Items/_ItemResult.cshtml",
        "Engagement/Confirm.cshtml",
        "Engagement/Confirm.cshtml.cs",
        "Engagement/Statistics.cshtml",
        "Engagement/Statistics.cshtml.cs",
        "Reservations/Holds.cshtml",
        "Reservations/Holds.cshtml.cs",
        "Admin",
        "Home",
        "Shared",
        "ApiReference",
        "Legal",
        "Errors",
        "Accounts",
        "Initiatives/Members",
        "Initiatives/Details.cshtml",
        "Reservations",
        "SavedSearches",
        "Lending/_InitiativeLending.cshtml",
        "Lending/_LendingNav.cshtml",
        "Lending/Desk",
        "Lending/Catalogue",
        "Repair/Services",
    ];

    // Static files, the minimal API and the favicon keep their literal paths.
    [GeneratedRegex("""href="/(?!css/|js/|img/|lib/|api|favicon)|action="/|(?:Local)?Redirect\(\$?"/""")]
    private static partial Regex LiteralPath();

    [GeneratedRegex("""(?:asp-page="|(?:RedirectToPage|Url\.Page)\(")(/[^"]+)""")]
    private static partial Regex PageName();

    private static readonly string Features = Path.Combine(RepositoryRoot(), "src", "Omigjen.Web", "Features");

    [Fact]
    public void Converted_pages_write_no_literal_internal_paths()
    {
        var found = Files(Converted).SelectMany(file => Matches(file, LiteralPath()).Select(m => m.Where)).ToList();
        Assert.True(found.Count == 0, "Literal internal paths (use asp-page, Url.Page or RedirectToPage):" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Fact]
    public void Every_page_name_in_a_link_names_a_page()
    {
        // The anchor tag helper renders an empty href for an unknown page name instead of failing, so a moved page
        // would leave dead links behind without this check.
        var all = Directory.EnumerateFiles(Features, "*.cs*", SearchOption.AllDirectories).Where(IsSource);
        var missing = all.SelectMany(file => Matches(file, PageName()))
            .Where(m => !File.Exists(Path.Combine(Features, m.Match.Groups[1].Value.TrimStart('/') + ".cshtml")))
            .Select(m => m.Where)
            .ToList();
        Assert.True(missing.Count == 0, "Page names with no page under Features:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void The_scan_finds_a_literal_path()
    {
        Assert.Matches(LiteralPath(), """<a href="/portal/@i.Slug">""");
        Assert.Matches(LiteralPath(), """return LocalRedirect($"/admin?avgjort={id}");""");
        Assert.Matches(LiteralPath(), """return Redirect("/portal");""");
        Assert.DoesNotMatch(LiteralPath(), """<link href="/css/site.css" />""");
        Assert.DoesNotMatch(LiteralPath(), """<a href="/api/v1/initiatives">""");
        Assert.DoesNotMatch(LiteralPath(), """return LocalRedirect(ReturnUrl);""");
    }

    private static IEnumerable<string> Files(IEnumerable<string> entries) =>
        entries.SelectMany(entry =>
        {
            var path = Path.Combine(Features, entry);
            if (Directory.Exists(path)) return Directory.EnumerateFiles(path, "*.cs*", SearchOption.AllDirectories).Where(IsSource);
            Assert.True(File.Exists(path), $"{entry} is listed as converted but does not exist under Features.");
            return [path];
        });

    private static bool IsSource(string file) => file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal);

    private static IEnumerable<(Match Match, string Where)> Matches(string file, Regex pattern) =>
        File.ReadLines(file).SelectMany((line, index) => pattern.Matches(line)
            .Select(m => (m, $"{Path.GetRelativePath(Features, file)}:{index + 1}: {line.Trim()}")));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Omigjen.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Omigjen.slnx not found above " + AppContext.BaseDirectory);
    }
}
