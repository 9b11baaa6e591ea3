using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Reservations;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Items.Manage;

public abstract class PortalItemsTests(PhotoAppFactory factory)
{
    private static string Unique(string title) => $"{title} {Guid.NewGuid():N}"[..(title.Length + 9)];

    private async Task<(HttpClient Client, int InitiativeId, string Slug)> MemberAsync(int index, MemberRole role = MemberRole.Editor)
    {
        var email = $"varer-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        var (id, slug) = await factory.InitiativeAsync(index);
        await factory.AddMemberAsync(id, user.Id, role);
        return (await factory.SignedInClientAsync(email), id, slug);
    }

    /// <summary>An initiative of its own with two places and no items, and a member signed in.</summary>
    private async Task<(HttpClient Client, Initiative Initiative)> FreshAsync(params GoodsCategory[] categories)
    {
        var slug = $"varetest-{Guid.NewGuid():N}"[..20];
        var initiative = await factory.WithDbAsync(async db =>
        {
            var created = new Initiative
            {
                Slug = slug, Name = "Varetest " + slug, Categories = [.. categories], CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow,
                Locations =
                [
                    new InitiativeLocation { Address = "Torvet 1", Latitude = 59.83, Longitude = 10.43 },
                    new InitiativeLocation { Address = "Lagerveien 2", Latitude = 59.9, Longitude = 10.5 },
                ],
            };
            db.Initiatives.Add(created);
            await db.SaveChangesAsync();
            return created;
        });
        var email = $"varer-{Guid.NewGuid():N}@eksempel.no";
        var user = await factory.CreateAsync(email);
        await factory.AddMemberAsync(initiative.Id, user.Id, MemberRole.Editor);
        return (await factory.SignedInClientAsync(email), initiative);
    }

    private static void AssertDenied(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/konto/ingen-tilgang", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<Item> AddAsync(HttpClient client, string slug, params (string Key, string Value)[] fields)
    {
        var values = Form(fields);
        values.TryAdd("Form.Price", "100");
        using var response = await client.SubmitAsync($"/portal/{slug}/varer/ny", values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"add gave {(int)response.StatusCode}: {(await Forms.ParseAsync(response, "/")).QuerySelector("#feil")?.TextContent}");
        return await factory.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Title == values["Form.Title"]));
    }

    private Task<Item> ReloadAsync(int id) => factory.WithDbAsync(db => db.Items.AsNoTracking().SingleAsync(i => i.Id == id));

    [Fact]
    public async Task One_tap_sells_one_unit_until_the_last_makes_the_item_sold()
    {
        var (client, _, slug) = await MemberAsync(0);
        var item = await AddAsync(client, slug, ("Form.Title", Unique("Barneklær str. 98")), ("Form.Quantity", "3"), ("Form.Free", "true"));
        Assert.Equal((3, 3, ItemStatus.Available, 0), (item.Quantity, item.Available, item.Status, item.PriceNok));
        var list = $"/portal/{slug}/varer";

        foreach (var left in new[] { 2, 1, 0 })
        {
            using var sold = await client.SubmitAsync(list, Form(), $"#vare-{item.Id} .pi-sold-form");
            Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);
            var now = await ReloadAsync(item.Id);
            Assert.Equal((left, left), (now.Quantity, now.Available));
            Assert.Equal(left == 0 ? ItemStatus.Sold : ItemStatus.Available, now.Status);
            using var page = await client.GetAsync(sold.Headers.Location!.ToString());
            var status = (await Forms.ParseAsync(page, list)).QuerySelector("[role=status]")!.TextContent;
            Assert.Contains(left == 0 ? "er solgt / gitt bort" : $"{left} igjen", status, StringComparison.Ordinal);
        }
        using var after = await client.GetAsync(list);
        var doc = await Forms.ParseAsync(after, list);
        Assert.NotNull(doc.QuerySelector($"#vare-{item.Id}"));
        Assert.Null(doc.QuerySelector($"#vare-{item.Id} .pi-sold-form"));
    }

    [Fact]
    public async Task A_unit_held_for_pickup_cannot_be_sold_removed_or_undercut_here()
    {
        var (client, _, slug) = await MemberAsync(1);
        var item = await AddAsync(client, slug, ("Form.Title", Unique("Kommode")), ("Form.Quantity", "1"));
        var resident = await factory.CreateAsync($"beboer-{Guid.NewGuid():N}@eksempel.no");
        await factory.WithDbAsync(async db =>
        {
            db.Reservations.Add(new Reservation
            {
                ItemId = item.Id, UserId = resident.Id, Code = Guid.NewGuid().ToString("N")[..8], Status = ReservationStatus.Active,
                CreatedAt = DateTime.UtcNow, ExpiresAt = DateTime.UtcNow.AddDays(1),
            });
            await db.SaveChangesAsync();
            return await db.Items.Where(i => i.Id == item.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Available, 0).SetProperty(i => i.Status, ItemStatus.Reserved));
        });
        var list = $"/portal/{slug}/varer";
        using var page = await client.GetAsync(list);
        var doc = await Forms.ParseAsync(page, list);
        Assert.Null(doc.QuerySelector($"#vare-{item.Id} .pi-sold-form"));
        Assert.Contains("reservert for henting", doc.QuerySelector($"#vare-{item.Id}")!.TextContent, StringComparison.Ordinal);

        // A sold post anyway (an old page, a second tab): refused, nothing changes.
        var form = (IHtmlFormElement)doc.QuerySelector($"#vare-{item.Id} .pi-remove-form")!;
        form.SetAttribute("action", $"/portal/{slug}/varer?handler=sold");
        using var sold = await client.PostFormAsync(form, Form(), list);
        Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);
        Assert.Contains("melding=holdt", sold.Headers.Location!.ToString(), StringComparison.Ordinal);
        using var explained = await client.GetAsync(sold.Headers.Location!.ToString());
        Assert.Contains("kan ikke merkes som solgt her", (await Forms.ParseAsync(explained, list)).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        using var removed = await client.SubmitAsync(list, Form(), $"#vare-{item.Id} .pi-remove-form");
        Assert.Contains("melding=har-hold", removed.Headers.Location!.ToString(), StringComparison.Ordinal);
        var now = await ReloadAsync(item.Id);
        Assert.Equal((1, 0, ItemStatus.Reserved), (now.Quantity, now.Available, now.Status));

        var edit = $"/portal/{slug}/varer/{item.Id}";
        using var lower = await client.SubmitAsync(edit, Form(("Form.Quantity", "0")), "#item-form");
        Assert.Equal(HttpStatusCode.OK, lower.StatusCode);
        Assert.Contains("Antall: 1 er reservert", (await Forms.ParseAsync(lower, edit)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);

        // More units: the held one stays held, the new ones are available.
        using var more = await client.SubmitAsync(edit, Form(("Form.Quantity", "3")), "#item-form");
        Assert.Equal(HttpStatusCode.Redirect, more.StatusCode);
        now = await ReloadAsync(item.Id);
        Assert.Equal((3, 2, ItemStatus.Available), (now.Quantity, now.Available, now.Status));
    }

    [Fact]
    public async Task A_new_item_starts_with_the_category_condition_and_place_of_the_last_one()
    {
        var (client, initiative) = await FreshAsync(GoodsCategory.Furniture, GoodsCategory.Bikes);
        var slug = initiative.Slug;
        var second = initiative.Locations.OrderBy(l => l.Id).Last();
        var url = $"/portal/{slug}/varer/ny";

        using (var first = await client.GetAsync(url))
        {
            var doc = await Forms.ParseAsync(first, url);
            Assert.Equal(nameof(GoodsCategory.Furniture), Selected(doc, "#item-category"));
            Assert.Equal(nameof(ItemCondition.GentlyUsed), Selected(doc, "#item-condition"));
            Assert.Equal(initiative.Locations.Min(l => l.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), Selected(doc, "#item-location"));
            Assert.Equal("1", ((IHtmlInputElement)doc.QuerySelector("#item-quantity")!).Value);
            Assert.NotNull(doc.QuerySelector("input[type=file][capture=environment][accept='image/*']"));
            Assert.NotNull(doc.QuerySelector("details.pi-more:not([open]) #item-brand"));
        }

        var item = await AddAsync(client, slug, ("Form.Title", Unique("Herresykkel")), ("Form.Category", nameof(GoodsCategory.Bikes)),
            ("Form.Condition", nameof(ItemCondition.NeedsRepair)), ("Form.LocationId", second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Form.Brand", "DBS"), ("Form.Price", "1 200 kr"));
        Assert.Equal((GoodsCategory.Bikes, ItemCondition.NeedsRepair, second.Id, 1200), (item.Category, item.Condition, item.LocationId, item.PriceNok));
        Assert.Equal((59.9, 10.5), (item.Latitude, item.Longitude));
        Assert.NotEqual("", item.TitleTerms);

        using var next = await client.GetAsync($"{url}?lagt-til={item.Id}");
        var nextDoc = await Forms.ParseAsync(next, url);
        Assert.Contains(item.Title, nextDoc.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(nameof(GoodsCategory.Bikes), Selected(nextDoc, "#item-category"));
        Assert.Equal(nameof(ItemCondition.NeedsRepair), Selected(nextDoc, "#item-condition"));
        Assert.Equal(second.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Selected(nextDoc, "#item-location"));
        Assert.Equal("", ((IHtmlInputElement)nextDoc.QuerySelector("#item-title")!).Value);
    }

    [Fact]
    public async Task Wrong_fields_are_named_in_both_languages_and_nothing_is_saved()
    {
        var (client, _, slug) = await MemberAsync(3);
        var url = $"/portal/{slug}/varer/ny";
        var before = await factory.WithDbAsync(db => db.Items.CountAsync());
        using var response = await client.SubmitAsync(url, Form(("Form.Title", " "), ("Form.Price", "gratis?"), ("Form.Quantity", "0"), ("Form.Category", "Romskip")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Forms.ParseAsync(response, url)).QuerySelector("#feil")!.TextContent;
        Assert.Contains("Tittel:", errors, StringComparison.Ordinal);
        Assert.Contains("Pris:", errors, StringComparison.Ordinal);
        Assert.Contains("Antall:", errors, StringComparison.Ordinal);
        Assert.Contains("Kategori:", errors, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Items.CountAsync()));

        using var english = await client.SubmitAsync(url + "?lang=en", Form(("Form.Title", "")));
        Assert.Contains("Title: say what it is", (await Forms.ParseAsync(english, url)).QuerySelector("#feil")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_wrong_field_shows_its_message_beside_it_and_keeps_what_was_typed()
    {
        var (client, _, slug) = await MemberAsync(3);
        var url = $"/portal/{slug}/varer/ny";
        using var response = await client.SubmitAsync(url, Form(("Form.Title", " "), ("Form.Price", "mange"), ("Form.Brand", "Øglund")));
        var doc = await Forms.ParseAsync(response, url);
        Assert.Equal(["#item-title", "#item-price"], doc.QuerySelectorAll("#feil a").Select(a => a.GetAttribute("href")));
        foreach (var (id, text) in new[] { ("item-title", "Tittel:"), ("item-price", "Pris:") })
        {
            Assert.StartsWith(text, doc.GetElementById(id + "-error")!.TextContent, StringComparison.Ordinal);
            var input = doc.GetElementById(id)!;
            Assert.Equal("true", input.GetAttribute("aria-invalid"));
            Assert.Equal(id + "-error", input.GetAttribute("aria-describedby"));
        }
        Assert.Null(doc.GetElementById("item-quantity")!.GetAttribute("aria-invalid"));
        Assert.Null(doc.GetElementById("item-quantity-error"));
        Assert.Equal("mange", ((IHtmlInputElement)doc.GetElementById("item-price")!).Value);
        Assert.Equal("Øglund", ((IHtmlInputElement)doc.GetElementById("item-brand")!).Value);
        Assert.Equal("Form.Price", doc.GetElementById("item-price")!.GetAttribute("name"));
    }

    [Fact]
    public async Task Editing_changes_every_field_and_status_and_the_list_filters_by_status()
    {
        var (client, _, slug) = await MemberAsync(4, MemberRole.Owner);
        var item = await AddAsync(client, slug, ("Form.Title", Unique("Vinterjakke")), ("Form.Quantity", "2"));
        var edit = $"/portal/{slug}/varer/{item.Id}";
        var title = Unique("Vinterjakke str. 122");
        using (var saved = await client.SubmitAsync(edit, Form(("Form.Title", title), ("Form.Description", "Varm og tett."), ("Form.Size", "122"),
                   ("Form.Colour", "Rød"), ("Form.AgeGroup", "6–7 år"), ("Form.Dimensions", "-"), ("Form.Subcategory", "Jakker"),
                   ("Form.Condition", nameof(ItemCondition.AsNew)), ("Form.Price", "150"), ("Form.Quantity", "5")), "#item-form"))
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var now = await ReloadAsync(item.Id);
        Assert.Equal((title, "Varm og tett.", "122", "Rød", "6–7 år", "Jakker"), (now.Title, now.Description, now.Size, now.Colour, now.AgeGroup, now.Subcategory));
        Assert.Equal((ItemCondition.AsNew, 150, 5, 5, ItemStatus.Available), (now.Condition, now.PriceNok, now.Quantity, now.Available, now.Status));

        using (var removed = await client.SubmitAsync(edit, Form(("Form.Status", nameof(ItemStatus.Removed))), "#item-form"))
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(ItemStatus.Removed, (await ReloadAsync(item.Id)).Status);

        var list = $"/portal/{slug}/varer";
        using (var onlyRemoved = await client.GetAsync(list + "?vis=fjernet"))
            Assert.NotNull((await Forms.ParseAsync(onlyRemoved, list)).QuerySelector($"#vare-{item.Id}"));
        using (var onlyAvailable = await client.GetAsync(list + "?vis=tilgjengelig"))
            Assert.Null((await Forms.ParseAsync(onlyAvailable, list)).QuerySelector($"#vare-{item.Id}"));

        using (var sold = await client.SubmitAsync(edit, Form(("Form.Status", nameof(ItemStatus.Sold))), "#item-form"))
            Assert.Equal(HttpStatusCode.Redirect, sold.StatusCode);
        now = await ReloadAsync(item.Id);
        Assert.Equal((0, 0, ItemStatus.Sold), (now.Quantity, now.Available, now.Status));

        // The list's one-tap remove.
        var other = await AddAsync(client, slug, ("Form.Title", Unique("Lampe")));
        using (var tap = await client.SubmitAsync(list, Form(), $"#vare-{other.Id} .pi-remove-form"))
            Assert.Equal(HttpStatusCode.Redirect, tap.StatusCode);
        Assert.Equal(ItemStatus.Removed, (await ReloadAsync(other.Id)).Status);
    }

    [Fact]
    public async Task The_list_is_paged_newest_first()
    {
        var (client, initiative) = await FreshAsync(GoodsCategory.BooksMedia);
        var (initiativeId, slug) = (initiative.Id, initiative.Slug);
        var now = DateTime.UtcNow;
        var prefix = Unique("Bok");
        await factory.WithDbAsync(async db =>
        {
            for (var n = 0; n < 30; n++)
                db.Items.Add(new Item { InitiativeId = initiativeId, Title = $"{prefix} {n:00}", CreatedAt = now.AddMinutes(n), UpdatedAt = now });
            return await db.SaveChangesAsync();
        });
        var list = $"/portal/{slug}/varer";
        using var first = await client.GetAsync(list);
        var doc = await Forms.ParseAsync(first, list);
        var titles = doc.QuerySelectorAll(".pi-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal(25, titles.Count);
        Assert.Equal($"{prefix} 29", titles[0]);
        Assert.NotNull(doc.QuerySelector("a[rel=next]"));
        using var second = await client.GetAsync(list + "?side=2");
        var secondTitles = (await Forms.ParseAsync(second, list)).QuerySelectorAll(".pi-card__title").Select(t => t.TextContent.Trim()).ToList();
        Assert.Equal($"{prefix} 00", secondTitles[^1]);
    }

    [Fact]
    public async Task Another_initiatives_member_is_denied_and_another_initiatives_item_is_404()
    {
        var (owner, _, slug) = await MemberAsync(6);
        var item = await AddAsync(owner, slug, ("Form.Title", Unique("Privat")));
        var (stranger, _, strangerSlug) = await MemberAsync(7);

        foreach (var url in new[] { $"/portal/{slug}/varer", $"/portal/{slug}/varer/ny", $"/portal/{slug}/varer/{item.Id}" })
        {
            using var response = await stranger.GetAsync(url);
            AssertDenied(response);
        }
        // Through the stranger's own initiative, the item does not exist.
        using (var viaOwn = await stranger.GetAsync($"/portal/{strangerSlug}/varer/{item.Id}"))
            Assert.Equal(HttpStatusCode.NotFound, viaOwn.StatusCode);
        // A post with a valid token from the stranger's own page, aimed at the item of the other initiative.
        using (var page = await stranger.GetAsync($"/portal/{strangerSlug}/varer/ny"))
        {
            var form = (IHtmlFormElement)(await Forms.ParseAsync(page, "/")).QuerySelector("main form[method=post]")!;
            form.SetAttribute("action", $"/portal/{slug}/varer?handler=sold");
            using var sold = await stranger.PostFormAsync(form, Form(("id", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "/");
            AssertDenied(sold);
            form.SetAttribute("action", $"/portal/{strangerSlug}/varer?handler=sold");
            using var soldViaOwn = await stranger.PostFormAsync(form, Form(("id", item.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), "/");
            Assert.Equal(HttpStatusCode.NotFound, soldViaOwn.StatusCode);
        }
        var untouched = await ReloadAsync(item.Id);
        Assert.Equal((1, 1, ItemStatus.Available), (untouched.Quantity, untouched.Available, untouched.Status));

        using var anonymous = await factory.NoRedirectClient().GetAsync($"/portal/{slug}/varer");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/konto/logg-inn", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        // The overview links to the list.
        using var overview = await owner.GetAsync($"/portal/{slug}");
        Assert.NotNull((await Forms.ParseAsync(overview, "/")).QuerySelector($"a[href='/portal/{slug}/varer']"));
    }

    private static string? Selected(AngleSharp.Dom.IDocument doc, string selector) =>
        ((IHtmlSelectElement?)doc.QuerySelector(selector))?.Options.FirstOrDefault(o => o.IsSelected)?.Value;
}

public sealed class PortalItemsTestsOnSqlite(PhotoSqliteAppFactory f) : PortalItemsTests(f), IClassFixture<PhotoSqliteAppFactory>;

public sealed class PortalItemsTestsOnPostgres(PhotoPostgresAppFactory f) : PortalItemsTests(f), IClassFixture<PhotoPostgresAppFactory>;
