using System.Net;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Repair.Log;
using Omigjen.Web.Tests.Features.Items;
using Omigjen.Web.Tests.Infrastructure;
using static Omigjen.Web.Tests.Infrastructure.PortalTestData;

namespace Omigjen.Web.Tests.Features.Repair;

/// <summary>Logging repairs on the portal page, the session's tally, editing and deleting, and the impact ledger following.</summary>
public abstract class RepairLogTests(AppFactory factory)
{
    private static readonly string[] TallyIds = ["#tally-fixed", "#tally-repairable", "#tally-end-of-life"];

    public static Dictionary<string, string> RepairValues(string category, string outcome, string problem, string? barrier = null, string? brand = null,
                                                    string? age = null, string? weight = null)
    {
        var form = Form(("Form.Category", category), ("Form.Outcome", outcome), ("Form.Problem", problem), ("Form.Barrier", barrier ?? ""),
            ("Form.SpareParts", "None"), ("Form.Brand", brand ?? ""), ("Form.Age", age ?? ""), ("Form.Weight", weight ?? ""));
        return form;
    }

    private Task<List<RepairEntry>> EntriesAsync(int initiativeId) =>
        factory.WithDbAsync(db => db.RepairEntries.AsNoTracking().Where(e => e.InitiativeId == initiativeId).OrderBy(e => e.Id).ToListAsync());

    [Fact]
    public async Task A_volunteer_logs_three_repairs_and_the_tally_counts_them()
    {
        var (client, id, slug) = await factory.MemberAsync(2);
        var url = $"/portal/{slug}/reparasjoner/logg";
        using (var first = await client.SubmitAsync(url, RepairValues("ords-19", "Fixed", "Skjermen svart. Ring eieren på 912 34 567 eller ola.nordmann@example.no", brand: "Samsung", age: "3,5"), ".repair-form"))
        {
            // Saved, the volunteer is sent back to the log (post-redirect-get) with a confirmation.
            Assert.Equal(HttpStatusCode.Found, first.StatusCode);
            var back = first.Headers.Location!.OriginalString;
            Assert.Contains("lagret=", back, StringComparison.Ordinal);
            using var shown = await client.GetAsync(back);
            var doc = await Forms.ParseAsync(shown, back);
            Assert.Contains("Lagret", doc.QuerySelector("[role=status]")?.TextContent ?? "", StringComparison.Ordinal);
            // The form comes back empty for the next repair.
            Assert.Equal("", ((AngleSharp.Html.Dom.IHtmlTextAreaElement)doc.QuerySelector("#repair-problem")!).Value);
        }
        using (await client.SubmitAsync(url, RepairValues("Bikes", "Repairable", "Punktering", age: "2012"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("ords-14", "EndOfLife", "Kortsluttet", barrier: "SparePartsNotAvailable"), ".repair-form")) { }

        var entries = await EntriesAsync(id);
        Assert.Equal(3, entries.Count);
        Assert.Equal(19, entries[0].OrdsCategoryId);
        Assert.Null(entries[0].GoodsCategory);
        Assert.Equal(3.5m, entries[0].AgeYears);
        Assert.DoesNotContain("912", entries[0].Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("@", entries[0].Problem, StringComparison.Ordinal);
        Assert.Equal(2012, entries[1].YearOfManufacture);
        Assert.Equal(RepairBarrier.SparePartsNotAvailable, entries[2].Barrier);
        Assert.All(entries, e => Assert.Equal(DateOnly.FromDateTime(factory.Clock.Now.DateTime), e.EventDate));
        Assert.All(entries, e => Assert.NotNull(e.LoggedById));

        using var tally = await client.GetAsync($"{url}?handler=tally");
        Assert.Equal(HttpStatusCode.OK, tally.StatusCode);
        var t = await Forms.ParseAsync(tally, url);
        Assert.Equal(["1", "1", "1"], TallyIds.Select(s => t.QuerySelector(s)!.TextContent.Trim()));
        Assert.Equal(3, t.QuerySelectorAll("#repair-entries li").Length);
    }

    [Fact]
    public async Task A_barrier_is_required_at_end_of_life_and_refused_otherwise()
    {
        var (client, id, slug) = await factory.MemberAsync(3);
        var url = $"/portal/{slug}/reparasjoner/logg";
        using var missing = await client.SubmitAsync(url, RepairValues("ords-14", "EndOfLife", "Kortsluttet"), ".repair-form");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("hvorfor den ikke kan repareres", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var refused = await client.SubmitAsync(url, RepairValues("ords-14", "Fixed", "Kortsluttet", barrier: "NoWayToOpen"), ".repair-form");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var noCategory = await client.SubmitAsync(url, RepairValues("ords-99", "Fixed", "Noe"), ".repair-form");
        Assert.Equal(HttpStatusCode.BadRequest, noCategory.StatusCode);
        using var electronics = await client.SubmitAsync(url, RepairValues("Electronics", "Fixed", "Noe"), ".repair-form");
        Assert.Equal(HttpStatusCode.BadRequest, electronics.StatusCode);
        Assert.Empty(await EntriesAsync(id));
        // The database refuses a barrier without end of life too.
        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithDbAsync(db =>
        {
            db.RepairEntries.Add(new RepairEntry
            {
                InitiativeId = id, EventDate = DateOnly.FromDateTime(factory.Clock.Now.DateTime), GoodsCategory = Web.Features.Initiatives.GoodsCategory.Bikes,
                Problem = "x", Outcome = RepairOutcome.Fixed, Barrier = RepairBarrier.LackOfEquipment, CreatedAt = DateTime.UtcNow, RecordedAt = DateTime.UtcNow
            });
            return db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task The_ledger_holds_exactly_the_fixed_entries_after_changes_and_deletes()
    {
        var (client, id, slug) = await factory.MemberAsync(4);
        var url = $"/portal/{slug}/reparasjoner/logg";
        using (await client.SubmitAsync(url, RepairValues("Bikes", "Fixed", "Kjede av", weight: "14"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("ords-27", "Repairable", "Tråden hopper"), ".repair-form")) { }
        using (await client.SubmitAsync(url, RepairValues("Furniture", "Fixed", "Løst bein"), ".repair-form")) { }
        var e = await EntriesAsync(id);

        async Task Edit(int entryId, Dictionary<string, string> values)
        {
            using var r = await client.SubmitAsync($"/portal/{slug}/reparasjoner/logg/{entryId}", values, ".repair-form");
            Assert.Equal(HttpStatusCode.Found, r.StatusCode);
        }
        await Edit(e[0].Id, Form(("Form.Outcome", "Repairable")));             // fixed → repairable: reversed
        await Edit(e[1].Id, Form(("Form.Outcome", "Fixed")));                  // repairable → fixed: recorded
        await Edit(e[0].Id, Form(("Form.Outcome", "Fixed")));                  // back to fixed: recorded again
        await Edit(e[0].Id, Form(("Form.Weight", "12")));                      // a new weight: the act is replaced
        using (var delete = await client.SubmitAsync($"/portal/{slug}/reparasjoner/logg/{e[2].Id}", null, "form[action$='handler=delete']"))
            Assert.Equal(HttpStatusCode.Found, delete.StatusCode);

        var entries = await EntriesAsync(id);
        Assert.Equal(2, entries.Count);
        var open = await factory.WithDbAsync(db => db.ReuseActs.AsNoTracking().Where(a => a.Source == ReuseSource.RepairEntry && a.InitiativeId == id)
            .GroupBy(a => a.SourceId).Select(g => new { g.Key, Units = g.Sum(a => a.Quantity), Grams = g.Sum(a => a.WeightGrams) }).ToListAsync());
        var fixedIds = entries.Where(x => x.Outcome == RepairOutcome.Fixed).Select(x => x.Id).Order().ToList();
        Assert.Equal([e[0].Id, e[1].Id], fixedIds);
        Assert.Equal(fixedIds, open.Where(o => o.Units > 0).Select(o => o.Key).Order().ToList());
        Assert.All(open, o => Assert.InRange(o.Units, 0, 1));
        Assert.Equal(12_000, open.Single(o => o.Key == e[0].Id).Grams);
        var kinds = await factory.WithDbAsync(db => db.ReuseActs.Where(a => a.Source == ReuseSource.RepairEntry && a.InitiativeId == id).Select(a => new { a.Kind, a.Channel }).Distinct().ToListAsync());
        Assert.All(kinds, k => Assert.Equal((ReuseActKind.Repaired, ReuseChannel.Repair), (k.Kind, k.Channel)));
    }

    [Fact]
    public async Task Only_the_volunteer_who_logged_it_or_an_owner_may_change_an_entry()
    {
        var (logger, id, slug) = await factory.MemberAsync(5);
        using (await logger.SubmitAsync($"/portal/{slug}/reparasjoner/logg", RepairValues("Bikes", "Fixed", "Kjede av"), ".repair-form")) { }
        var entryId = (await EntriesAsync(id)).Single().Id;
        var (other, _, _) = await factory.MemberAsync(5);
        var (owner, _, _) = await factory.MemberAsync(5, MemberRole.Owner);
        var edit = $"/portal/{slug}/reparasjoner/logg/{entryId}";

        using var refused = await other.GetAsync(edit);
        Assert.Equal(HttpStatusCode.Found, refused.StatusCode);
        Assert.Contains("/konto/ingen-tilgang", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
        using (await other.SubmitAsync($"/portal/{slug}/reparasjoner/logg", RepairValues("Bikes", "Fixed", "Eget"), ".repair-form")) { }
        using (var byOwner = await owner.SubmitAsync(edit, Form(("Form.Brand", "DBS")), ".repair-form"))
            Assert.Equal(HttpStatusCode.Found, byOwner.StatusCode);
        Assert.Equal("DBS", (await EntriesAsync(id)).First(e => e.Id == entryId).Brand);
        Assert.Equal(2, (await EntriesAsync(id)).Count);

        // Another initiative's entry is not found through this one.
        var (stranger, _, otherSlug) = await factory.MemberAsync(6);
        using var notFound = await stranger.GetAsync($"/portal/{otherSlug}/reparasjoner/logg/{entryId}");
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
    }
}

public sealed class RepairLogTestsOnSqlite(SqliteAppFactory f) : RepairLogTests(f), IClassFixture<SqliteAppFactory>;

public sealed class RepairLogTestsOnPostgres(PostgresAppFactory f) : RepairLogTests(f), IClassFixture<PostgresAppFactory>;
