using System.Net.Http.Headers;
using System.Text;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>Uploads spreadsheets through the portal page as a browser does (multipart, with the antiforgery token).</summary>
public static class ImportTestSupport
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static Encoding Windows1252
    {
        get
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The text as a file's bytes, with the encoding's preamble (the BOM for UTF-8 with BOM).</summary>
    public static byte[] Bytes(string text, Encoding encoding) => [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];

    /// <summary>A member of the demo initiative at <paramref name="index"/>, signed in.</summary>
    public static async Task<(HttpClient Client, int InitiativeId, string Slug)> MemberAsync(this AppFactory factory, int index, MemberRole role = MemberRole.Editor)
    {
        var (id, slug) = await factory.InitiativeAsync(index);
        var email = $"varer-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.AddMemberAsync(id, user.Id, role);
        return (await factory.SignedInClientAsync(email), id, slug);
    }

    /// <summary>Posts the file to the import page; returns the status and the page shown.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Page)> UploadAsync(this HttpClient client, string slug, byte[] file,
        bool validOnly = false, string fileName = "varer.csv")
    {
        var url = $"/portal/{slug}/varer/import";
        using var get = await client.GetAsync(url);
        Assert.True(get.IsSuccessStatusCode, $"GET {url} gave {(int)get.StatusCode}");
        var form = await Forms.ParseAsync(get, url);
        var token = form.QuerySelector("form[enctype='multipart/form-data'] input[name=__RequestVerificationToken]")?.GetAttribute("value");
        Assert.False(string.IsNullOrEmpty(token), "the upload form has no antiforgery token");
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token!), "__RequestVerificationToken");
        if (validOnly) content.Add(new StringContent("true"), "ValidOnly");
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(bytes, "Upload", fileName);
        var response = await client.PostAsync(url, content);
        return (response, await Forms.ParseAsync(response, url));
    }

    /// <summary>The problems listed on the result page, as (row, column) pairs.</summary>
    public static List<(string Row, string Column, string Message)> Report(IDocument page) =>
        page.QuerySelectorAll("#import-report tbody tr")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2])).ToList();

    public static string Counts(IDocument page) => page.QuerySelector("#import-counts")?.TextContent.Trim() ?? "";

    /// <summary>The items of an initiative whose external id starts with <paramref name="prefix"/>.</summary>
    public static Task<List<Item>> ItemsAsync(this AppFactory factory, int initiativeId, string prefix) =>
        factory.WithDbAsync(db => db.Items.AsNoTracking()
            .Where(i => i.InitiativeId == initiativeId && i.ExternalId != null && i.ExternalId.StartsWith(prefix))
            .OrderBy(i => i.ExternalId).ToListAsync());

    /// <summary>A short prefix unique to one test, for external ids.</summary>
    public static string Prefix() => "t" + Guid.NewGuid().ToString("N")[..8] + "-";
}
