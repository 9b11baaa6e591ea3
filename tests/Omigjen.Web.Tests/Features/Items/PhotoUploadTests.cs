using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Tests.Infrastructure;
using SkiaSharp;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Items;

public abstract class PhotoUploadTests(PhotoAppFactory factory)
{
    private const string NewForm = "main form[enctype]";

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    private async Task<(HttpClient Client, string Slug)> EditorAsync(int index)
    {
        var email = $"bilder-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(index);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Editor);
        return (await factory.SignedInClientAsync(email), slug);
    }

    private Task<Item?> ItemAsync(string title) =>
        factory.WithDbAsync(db => db.Items.AsNoTracking().Include(i => i.Photos).FirstOrDefaultAsync(i => i.Title == title));

    private static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var doc = await Forms.ParseAsync(response, "/");
        return doc.QuerySelector("#feil")?.TextContent ?? "";
    }

    [Fact]
    public async Task A_phone_photo_is_stored_upright_in_three_widths_without_exif_and_served_for_a_year()
    {
        var (client, slug) = await EditorAsync(0);
        var original = PhotoTestImages.JpegWithExif(1600, 1000, orientation: 6);
        var title = Unique("Sykkel med bilde");

        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "250"), ("Form.AltText", "Rød og blå sykkel")), "Photo", "IMG_0001.jpg", original);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await ItemAsync(title);
        Assert.NotNull(item);
        var photo = Assert.Single(item.Photos);
        Assert.Equal("Rød og blå sykkel", photo.AltText);
        Assert.Equal((1000, 1600), (photo.Width, photo.Height)); // turned upright; 1280 would enlarge it, so it keeps its width
        Assert.True(PhotoVariants.IsKey(photo.Key));
        Assert.Equal(6, Directory.GetFiles(factory.PhotoFolder(photo.Key)).Length);

        var anonymous = factory.NoRedirectClient();
        foreach (var (width, expectedWidth, expectedHeight) in new[] { (320, 320, 512), (640, 640, 1024), (1280, 1000, 1600) })
        {
            foreach (var (ext, type) in new[] { ("webp", "image/webp"), ("jpg", "image/jpeg") })
            {
                using var served = await anonymous.GetAsync(PhotoVariants.Url(photo.Key, width, ext));
                Assert.Equal(HttpStatusCode.OK, served.StatusCode);
                Assert.Equal(type, served.Content.Headers.ContentType?.MediaType);
                Assert.Equal("public, max-age=31536000, immutable", served.Headers.CacheControl?.ToString());
                Assert.NotNull(served.Headers.ETag);
                var bytes = await served.Content.ReadAsByteArrayAsync();
                Assert.False(PhotoTestImages.Contains(bytes, "Exif"));
                Assert.False(PhotoTestImages.Contains(bytes, "GPS"));
                Assert.False(PhotoTestImages.Contains(bytes, PhotoTestImages.CameraMake));
                Assert.False(PhotoTestImages.Contains(bytes, PhotoTestImages.GpsSecondsBytes));
                using var decoded = SKBitmap.Decode(bytes);
                Assert.Equal((expectedWidth, expectedHeight), (decoded.Width, decoded.Height));
                if (width == 640)
                {
                    // Stored on its side with red on the left: upright, red is at the top.
                    Assert.True(decoded.GetPixel(320, 100).Red > 180 && decoded.GetPixel(320, 100).Blue < 90, "red at the top");
                    Assert.True(decoded.GetPixel(320, 924).Blue > 180 && decoded.GetPixel(320, 924).Red < 90, "blue at the bottom");
                }
            }
        }

        using var conditional = new HttpRequestMessage(HttpMethod.Get, PhotoVariants.Url(photo.Key, 640, "webp"));
        using var first = await anonymous.GetAsync(PhotoVariants.Url(photo.Key, 640, "webp"));
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);

        // The list shows the photo with its alternative text.
        using var list = await client.GetAsync($"/portal/{slug}/varer");
        var doc = await Forms.ParseAsync(list, $"/portal/{slug}/varer");
        var img = doc.QuerySelector($"#vare-{item.Id} img");
        Assert.NotNull(img);
        Assert.Equal("Rød og blå sykkel", img.GetAttribute("alt"));
        Assert.Equal(PhotoVariants.Url(photo.Key, 320, "jpg"), img.GetAttribute("src"));
    }

    [Fact]
    public async Task A_text_file_named_jpg_is_refused_as_not_an_image()
    {
        var (client, slug) = await EditorAsync(1);
        var title = Unique("Tekstfil");
        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "Et bilde")), "Photo", "bilde.jpg",
            "Dette er en handleliste: melk, brød.\n"u8.ToArray());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = await ErrorsAsync(response);
        Assert.Contains("Bilde: filen er ikke et bilde", errors, StringComparison.Ordinal);
        Assert.Null(await ItemAsync(title));
    }

    [Fact]
    public async Task A_file_over_15_MB_is_refused_with_the_size_message()
    {
        var (client, slug) = await EditorAsync(2);
        var title = Unique("Stor fil");
        var big = new byte[16_000_000];
        PhotoTestImages.JpegWithExif(100, 100).CopyTo(big, 0);

        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "Et bilde")), "Photo", "stor.jpg", big);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("større enn 15 MB", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Null(await ItemAsync(title));
    }

    [Fact]
    public async Task A_photo_of_exactly_15_MB_passes()
    {
        var (client, slug) = await EditorAsync(3);
        var title = Unique("Full størrelse");
        var photo = PadWithComments(PhotoTestImages.JpegWithExif(800, 600), (int)PhotoProcessor.MaxBytes);
        Assert.Equal(PhotoProcessor.MaxBytes, photo.LongLength);

        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "Et stort bilde")), "Photo", "stor.jpg", photo);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var item = await ItemAsync(title);
        Assert.Equal((800, 600), (item!.Photos.Single().Width, item.Photos.Single().Height));
    }

    [Fact]
    public async Task A_40_MB_body_is_refused_before_it_is_read_with_words_not_a_bare_413()
    {
        var (client, slug) = await EditorAsync(4);
        var title = Unique("Altfor stor");
        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "Et bilde")), "Photo", "enorm.jpg", new byte[40 * 1024 * 1024]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.Equal($"/portal/{slug}/varer/ny?for-stor=1", location);
        using var page = await client.GetAsync(location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var errors = await ErrorsAsync(page);
        Assert.Contains("større enn 15 MB", errors, StringComparison.Ordinal);
        Assert.Null(await ItemAsync(title));
    }

    [Fact]
    public async Task A_tiny_file_claiming_30000_by_30000_pixels_is_refused()
    {
        var (client, slug) = await EditorAsync(5);
        var title = Unique("Bombe");
        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "Et bilde")), "Photo", "liten.png",
            PhotoTestImages.PngClaiming(30000, 30000), "image/png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("for mange piksler", await ErrorsAsync(response), StringComparison.Ordinal);
        Assert.Null(await ItemAsync(title));
    }

    [Fact]
    public async Task A_photo_without_alternative_text_is_refused_and_names_the_field()
    {
        var (client, slug) = await EditorAsync(6);
        var title = Unique("Uten bildetekst");
        var storedBefore = StoredPhotoCount();
        using var response = await client.SubmitWithFileAsync($"/portal/{slug}/varer/ny", NewForm,
            Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "  ")), "Photo", "bilde.jpg", PhotoTestImages.JpegWithExif(400, 300));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await Forms.ParseAsync(response, "/");
        Assert.Contains("Bildetekst (alternativ tekst)", doc.QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#item-alt", doc.QuerySelector("#feil a")!.GetAttribute("href"));
        Assert.Equal("true", doc.QuerySelector("#item-alt")!.GetAttribute("aria-invalid"));
        Assert.Equal(title, ((AngleSharp.Html.Dom.IHtmlInputElement)doc.QuerySelector("#item-title")!).Value); // what was typed stays
        Assert.Null(await ItemAsync(title));
        // The photo is kept for the next post (which needs only the text), not attached to anything yet.
        Assert.Equal(storedBefore + 1, StoredPhotoCount());
        Assert.NotNull(doc.QuerySelector("input[name=KeptPhoto]"));
    }

    [Fact]
    public async Task Photos_are_added_described_and_deleted_on_the_edit_page_at_most_six()
    {
        var (client, slug) = await EditorAsync(7);
        var title = Unique("Flere bilder");
        using (var created = await client.SubmitAsync($"/portal/{slug}/varer/ny", Form(("Form.Title", title), ("Form.Price", "0"))))
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var item = (await ItemAsync(title))!;
        Assert.Empty(item.Photos);
        var editUrl = $"/portal/{slug}/varer/{item.Id}";
        const string addForm = "form[action*='handler=addphoto']";

        using (var noAlt = await client.SubmitWithFileAsync(editUrl, addForm, Form(("PhotoAlt", "")), "Photo", "a.jpg", PhotoTestImages.JpegWithExif(300, 200)))
            Assert.Contains("Bildetekst", await ErrorsAsync(noAlt), StringComparison.Ordinal);
        for (var n = 1; n <= 6; n++)
        {
            using var added = await client.SubmitWithFileAsync(editUrl, addForm, Form(("PhotoAlt", $"Bilde {n}")), "Photo", $"{n}.jpg", PhotoTestImages.JpegWithExif(300 + n, 200));
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }
        item = (await ItemAsync(title))!;
        Assert.Equal(6, item.Photos.Count);
        using (var full = await client.GetAsync(editUrl))
        {
            var doc = await Forms.ParseAsync(full, editUrl);
            Assert.Null(doc.QuerySelector(addForm));
            Assert.Contains("høyst 6 bilder", doc.QuerySelector(".pi-photos")!.TextContent, StringComparison.Ordinal);
        }

        var first = item.Photos.OrderBy(p => p.SortOrder).First();
        using (var renamed = await client.SubmitAsync(editUrl, Form(("altText", "Sykkelen sett fra siden")), $"#alt-form-{first.Id}"))
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal("Sykkelen sett fra siden", await factory.WithDbAsync(db => db.ItemPhotos.Where(p => p.Id == first.Id).Select(p => p.AltText).SingleAsync()));

        using (var deleted = await client.SubmitAsync(editUrl, Form(), $"#delete-photo-{first.Id}"))
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.ItemPhotos.AnyAsync(p => p.Id == first.Id)));
        Assert.False(Directory.Exists(factory.PhotoFolder(first.Key)));
        using var gone = await factory.NoRedirectClient().GetAsync(PhotoVariants.Url(first.Key, 320, "jpg"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Theory]
    [InlineData("/bilder/0123456789abcdef0123456789abcdef-640.webp")] // well-formed, no such photo
    [InlineData("/bilder/0123456789ABCDEF0123456789ABCDEF-640.webp")]
    [InlineData("/bilder/0123456789abcdef0123456789abcdef-500.webp")]
    [InlineData("/bilder/0123456789abcdef0123456789abcdef-640.png")]
    [InlineData("/bilder/..%2F..%2Fappsettings.json")]
    [InlineData("/bilder/0123456789abcdef-640.jpg")]
    public async Task Anything_but_a_stored_photo_name_is_404(string url)
    {
        using var response = await factory.NoRedirectClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private int StoredPhotoCount() =>
        Directory.Exists(factory.PhotoRoot) ? Directory.GetDirectories(factory.PhotoRoot, "*", SearchOption.AllDirectories).Count(d => PhotoVariants.IsKey(Path.GetFileName(d))) : 0;

    /// <summary>Fills a JPEG to exactly <paramref name="size"/> bytes with comment segments, which decoders skip.</summary>
    private static byte[] PadWithComments(byte[] jpeg, int size)
    {
        var body = jpeg[2..];
        var result = new List<byte>(size) { 0xFF, 0xD8 };
        var room = size - jpeg.Length;
        while (room > 0)
        {
            var segment = Math.Min(room, 65535 + 2);
            if (room - segment is > 0 and < 4) segment -= 4; // leave room for one more whole segment
            var payload = segment - 4;
            result.AddRange([0xFF, 0xFE, (byte)((payload + 2) >> 8), (byte)((payload + 2) & 0xFF)]);
            result.AddRange(new byte[payload]);
            room -= segment;
        }
        result.AddRange(body);
        return [.. result];
    }
}

public sealed class PhotoUploadTestsOnSqlite(PhotoSqliteAppFactory f) : PhotoUploadTests(f), IClassFixture<PhotoSqliteAppFactory>;

public sealed class PhotoUploadTestsOnPostgres(PhotoPostgresAppFactory f) : PhotoUploadTests(f), IClassFixture<PhotoPostgresAppFactory>;
