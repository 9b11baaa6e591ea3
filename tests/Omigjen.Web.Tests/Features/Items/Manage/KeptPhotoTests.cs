using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items.Photos;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Items.Manage;

/// <summary>A photo sent with a form that comes back (the image text was missing) is kept: only the text needs typing.</summary>
public abstract class KeptPhotoTests(PhotoAppFactory factory)
{
    private const string NewForm = "main form[enctype]";

    private async Task<(HttpClient Client, string Slug)> EditorAsync(int index)
    {
        var email = $"behold-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(index);
        await factory.AddMemberAsync(id, user.Id, MemberRole.Editor);
        return (await factory.SignedInClientAsync(email), slug);
    }

    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    [Fact]
    public async Task A_photo_sent_without_image_text_is_kept_and_attached_once_the_text_is_typed()
    {
        var (client, slug) = await EditorAsync(0);
        var url = $"/portal/{slug}/varer/ny";
        var title = Unique("Barnesykkel beholdt");
        using var first = await client.SubmitWithFileAsync(url, NewForm,
            Form(("Form.Title", title), ("Form.Price", "150"), ("Form.AltText", "")), "Photo", "sykkel.jpg", PhotoTestImages.JpegWithExif(800, 600));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var doc = await Forms.ParseAsync(first, url);
        Assert.Equal("#item-alt", doc.QuerySelector("#feil a")!.GetAttribute("href"));
        var key = doc.QuerySelector("input[name=KeptPhoto]")?.GetAttribute("value");
        Assert.True(PhotoVariants.IsKey(key), "the re-rendered form names the kept photo");
        Assert.Contains("Bildet er lagret", doc.QuerySelector("#item-photo-kept")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(PhotoVariants.Url(key!, 320, "jpg"), doc.QuerySelector(".pi-photo-kept img")!.GetAttribute("src"));
        Assert.Null(doc.QuerySelector("#item-photo")!.GetAttribute("required"));
        using (var thumb = await client.GetAsync(PhotoVariants.Url(key!, 320, "jpg")))
            Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);

        // The second post carries no file: only the image text is typed.
        using var second = await client.PostFormAsync((IHtmlFormElement)doc.QuerySelector(NewForm)!, Form(("Form.AltText", "Blå barnesykkel")), url);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var (photo, pending) = await factory.WithDbAsync(async db => (
            await db.Items.AsNoTracking().Where(i => i.Title == title).SelectMany(i => i.Photos).SingleAsync(),
            await db.PendingPhotos.CountAsync(p => p.Key == key)));
        Assert.Equal((key, "Blå barnesykkel", 800, 600), (photo.Key, photo.AltText, photo.Width, photo.Height));
        Assert.Equal(0, pending);
    }

    [Fact]
    public async Task Another_users_kept_photo_is_refused_and_the_error_asks_to_choose_the_photo_again()
    {
        var (owner, slug) = await EditorAsync(1);
        var url = $"/portal/{slug}/varer/ny";
        using var first = await owner.SubmitWithFileAsync(url, NewForm,
            Form(("Form.Title", Unique("Kommode")), ("Form.Price", "10"), ("Form.AltText", "")), "Photo", "kommode.jpg", PhotoTestImages.JpegWithExif(400, 300));
        var key = (await Forms.ParseAsync(first, url)).QuerySelector("input[name=KeptPhoto]")!.GetAttribute("value")!;

        var (other, otherSlug) = await EditorAsync(2);
        var otherUrl = $"/portal/{otherSlug}/varer/ny";
        var title = Unique("Lånt bilde");
        using var stolen = await other.SubmitAsync(otherUrl, Form(("Form.Title", title), ("Form.Price", "10"), ("Form.AltText", "En kommode"), ("KeptPhoto", key)), NewForm);

        Assert.Equal(HttpStatusCode.OK, stolen.StatusCode);
        var doc = await Forms.ParseAsync(stolen, otherUrl);
        Assert.Contains("Velg bildet på nytt", doc.QuerySelector("#item-photo-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("#item-photo", doc.QuerySelector("#feil a")!.GetAttribute("href"));
        Assert.Null(doc.QuerySelector("input[name=KeptPhoto]"));
        var (items, usedByItem, stillPending) = await factory.WithDbAsync(async db => (
            await db.Items.CountAsync(i => i.Title == title), await db.ItemPhotos.CountAsync(p => p.Key == key), await db.PendingPhotos.CountAsync(p => p.Key == key)));
        Assert.Equal((0, 0, 1), (items, usedByItem, stillPending));
    }

    [Fact]
    public async Task The_edit_page_keeps_an_added_photo_until_its_text_is_given_and_old_kept_photos_are_swept()
    {
        var (client, slug) = await EditorAsync(3);
        var title = Unique("Lampe");
        using (var added = await client.SubmitAsync($"/portal/{slug}/varer/ny", Form(("Form.Title", title), ("Form.Price", "20")), NewForm))
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var itemId = await factory.WithDbAsync(db => db.Items.Where(i => i.Title == title).Select(i => i.Id).SingleAsync());
        var edit = $"/portal/{slug}/varer/{itemId}";
        const string addForm = "form[action*='handler=addphoto']";

        using var first = await client.SubmitWithFileAsync(edit, addForm, Form(("PhotoAlt", " ")), "Photo", "lampe.jpg", PhotoTestImages.JpegWithExif(600, 600));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var doc = await Forms.ParseAsync(first, edit);
        var key = doc.QuerySelector($"{addForm} input[name=KeptPhoto]")!.GetAttribute("value");
        using var second = await client.PostFormAsync((IHtmlFormElement)doc.QuerySelector(addForm)!, Form(("PhotoAlt", "Gul lampe")), edit);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(key, await factory.WithDbAsync(db => db.ItemPhotos.Where(p => p.ItemId == itemId).Select(p => p.Key).SingleAsync()));

        // A kept photo never used is deleted, row and files, once older than its lifetime.
        using var third = await client.SubmitWithFileAsync(edit, addForm, Form(("PhotoAlt", "")), "Photo", "lampe2.jpg", PhotoTestImages.JpegWithExif(500, 400));
        var forgotten = (await Forms.ParseAsync(third, edit)).QuerySelector($"{addForm} input[name=KeptPhoto]")!.GetAttribute("value")!;
        Assert.True(Directory.Exists(factory.PhotoFolder(forgotten)));
        var expired = factory.Clock.Now.UtcDateTime - PendingPhotos.Lifetime - TimeSpan.FromMinutes(1);
        await factory.WithDbAsync(db => db.PendingPhotos.Where(p => p.Key == forgotten).ExecuteUpdateAsync(s => s.SetProperty(p => p.CreatedAt, expired)));
        await using (var scope = factory.Services.CreateAsyncScope())
            Assert.True(await scope.ServiceProvider.GetRequiredService<PendingPhotos>().SweepAsync() >= 1);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PendingPhotos.CountAsync(p => p.Key == forgotten)));
        Assert.False(Directory.Exists(factory.PhotoFolder(forgotten)));
        Assert.True(Directory.Exists(factory.PhotoFolder(key!)), "the attached photo stays");
    }
}

public sealed class KeptPhotoTestsOnSqlite(PhotoSqliteAppFactory f) : KeptPhotoTests(f), IClassFixture<PhotoSqliteAppFactory>;

public sealed class KeptPhotoTestsOnPostgres(PhotoPostgresAppFactory f) : KeptPhotoTests(f), IClassFixture<PhotoPostgresAppFactory>;
