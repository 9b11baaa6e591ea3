using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Impact.Publication;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Impact.Rollups;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Impact;

/// <summary>
/// The reports read the monthly roll-up; these tests write entries through <see cref="ImpactLedger.RecordAsync"/> and
/// compare every report with sums taken directly over <c>ReuseActs</c>. Each test uses a year of its own, so the tests
/// of a class (one database) do not see each other's acts.
/// </summary>
public abstract class ImpactReportsTests(AppFactory factory)
{
    /// <summary>Refused: 403, or the redirect to the access-denied page (which a client following redirects lands on).</summary>
    private static void Refused(HttpResponseMessage r) =>
        Assert.True(r.StatusCode == HttpStatusCode.Forbidden || r.RequestMessage?.RequestUri?.AbsolutePath == "/konto/ingen-tilgang"
            || (r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location?.OriginalString.Contains("/konto/ingen-tilgang", StringComparison.Ordinal) == true),
            $"{(int)r.StatusCode} at {r.RequestMessage?.RequestUri} to {r.Headers.Location}");

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.FromHours(1));

    private async Task<ReuseAct?> RecordAsync(DateTimeOffset at, ImpactLedger.Draft draft)
    {
        factory.Clock.Now = at;
        try
        {
            return await factory.WithDbAsync(async db =>
            {
                var ledger = factory.Services.GetRequiredService<ImpactLedger>();
                await using var tx = await db.Database.BeginTransactionAsync();
                var act = await ledger.RecordAsync(db, draft, CancellationToken.None);
                await tx.CommitAsync();
                return act;
            });
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }
    }

    private Task<int> ReverseAsync(ReuseSource source, int sourceId) => factory.WithDbAsync(async db =>
    {
        var ledger = factory.Services.GetRequiredService<ImpactLedger>();
        await using var tx = await db.Database.BeginTransactionAsync();
        var n = await ledger.ReverseAsync(db, source, sourceId, null, CancellationToken.None);
        await tx.CommitAsync();
        return n;
    });

    private Task<T> ReportsAsync<T>(Func<ImpactReports, Task<T>> work) => factory.WithDbAsync(db => work(new ImpactReports(db)));

    private static ImpactLedger.Draft Sold(int initiative, GoodsCategory category, int quantity, decimal? kg, int source, string? user = null) =>
        new(ReuseActKind.ItemSold, initiative, category, quantity, kg, user, source);

    /// <summary>Year 2021: sales, a collected hold, a loan, and a sale undone; every report against the ledger.</summary>
    [Fact]
    public async Task Roll_ups_and_every_report_equal_the_ledger_and_a_reversal_leaves_no_trace()
    {
        const int year = 2021;
        var (a, _) = await factory.InitiativeAsync(0);
        var (b, _) = await factory.InitiativeAsync(1);
        await RecordAsync(At(year, 1, 15), Sold(a, GoodsCategory.Bikes, 2, 12.5m, 910_001));
        await RecordAsync(At(year, 1, 20), new(ReuseActKind.HoldCollected, a, GoodsCategory.ClothesShoes, 1, null, null, 910_002));
        await RecordAsync(At(year, 3, 3), new(ReuseActKind.LoanReturned, a, GoodsCategory.ToolsGarden, 1, null, null, 910_003));
        await RecordAsync(At(year, 3, 4), Sold(a, GoodsCategory.Furniture, 1, null, 910_004));
        await RecordAsync(At(year, 6, 30), Sold(b, GoodsCategory.Electronics, 1, 3m, 910_005));
        Assert.Equal(1, await ReverseAsync(ReuseSource.Item, 910_005));

        var range = MonthRange.Year(year);
        var acts = await factory.WithDbAsync(db => db.Set<ReuseAct>().AsNoTracking()
            .Where(x => x.At >= new DateTime(year - 1, 12, 31, 0, 0, 0, DateTimeKind.Utc) && x.At < new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc)).ToListAsync());
        Assert.Equal(6, acts.Count);

        // The roll-up is the ledger summed.
        var months = await factory.WithDbAsync(db => db.Set<ImpactMonth>().AsNoTracking().Where(m => m.Year == year).ToListAsync());
        var expected = acts.GroupBy(x => (x.At.Month, x.InitiativeId, x.Category, x.Channel, x.FactorSetVersion))
            .Select(g => (g.Key, Acts: g.Sum(x => x.ReversesId == null ? 1 : -1), Q: g.Sum(x => x.Quantity), W: g.Sum(x => x.WeightGrams), C: g.Sum(x => x.Co2eGrams)))
            .OrderBy(x => x.Key.ToString()).ToList();
        var actual = months.Select(m => ((m.Month, m.InitiativeId, m.Category, m.Channel, m.FactorSetVersion), m.Acts, m.Quantity, m.WeightGrams, m.Co2eGrams))
            .OrderBy(x => x.Item1.ToString()).ToList();
        Assert.Equal(expected, actual);
        var totals = await factory.WithDbAsync(db => db.Set<ImpactMonthTotal>().AsNoTracking().Where(m => m.Year == year).ToListAsync());
        var expectedTotals = acts.GroupBy(x => (x.At.Month, x.Category, x.Channel, x.FactorSetVersion))
            .Select(g => (g.Key, Acts: g.Sum(x => x.ReversesId == null ? 1 : -1), Q: g.Sum(x => x.Quantity), W: g.Sum(x => x.WeightGrams), C: g.Sum(x => x.Co2eGrams)))
            .OrderBy(x => x.Key.ToString()).ToList();
        var actualTotals = totals.Select(m => ((m.Month, m.Category, m.Channel, m.FactorSetVersion), m.Acts, m.Quantity, m.WeightGrams, m.Co2eGrams))
            .OrderBy(x => x.Item1.ToString()).ToList();
        Assert.Equal(expectedTotals, actualTotals);

        // Summary: waste from every channel but lending; CO2e from all; the undone sale nowhere.
        var live = acts.Where(x => x.Category != GoodsCategory.Electronics).ToList();
        var report = await ReportsAsync(r => r.ReportAsync(new ImpactFilter(range), null, CancellationToken.None));
        Assert.Equal(4, report.Totals.Acts);
        Assert.Equal(acts.Where(x => x.Channel != ReuseChannel.Lending).Sum(x => x.WeightGrams), report.Totals.WasteGrams);
        Assert.Equal(live.Where(x => x.Channel != ReuseChannel.Lending).Sum(x => x.WeightGrams), report.Totals.WasteGrams);
        Assert.Equal(acts.Sum(x => x.Co2eGrams), report.Totals.Co2eGrams);
        Assert.Equal(25_000, report.Totals.MeasuredGrams); // the bikes' entered weight
        Assert.Equal([1], report.FactorSetVersions);
        Assert.Equal(12, report.Months.Count);
        Assert.Equal(2, report.Months[0].Totals.Acts);
        Assert.Equal(ImpactTotals.Zero, report.Months[5].Totals);
        Assert.DoesNotContain(report.Categories, c => c.Category == GoodsCategory.Electronics);
        Assert.Equal([GoodsCategory.ClothesShoes, GoodsCategory.Bikes, GoodsCategory.Furniture, GoodsCategory.ToolsGarden],
            report.Categories.Select(c => c.Category).Order());
        Assert.Equal([ReuseChannel.Shop, ReuseChannel.Lending], report.Channels.Select(c => c.Channel));
        Assert.Equal(0, report.Channels.Single(c => c.Channel == ReuseChannel.Lending).Totals.WasteGrams);

        var (initiatives, total) = await ReportsAsync(r => r.InitiativesAsync(new ImpactFilter(range), 0, 100, CancellationToken.None));
        Assert.Equal(1, total);
        Assert.Equal(a, initiatives.Single().InitiativeId);

        // EU: tonnes per EU category equal the entries' weight mapped by their own factor set; lending left out.
        var eu = await ReportsAsync(r => r.EuAsync(year, CancellationToken.None));
        var map = await factory.WithDbAsync(db => db.Set<Factor>().AsNoTracking().Where(f => f.Activity == ImpactActivity.Reuse)
            .ToDictionaryAsync(f => (f.FactorSetVersion, f.Category), f => f.EuCategory));
        foreach (var category in Enum.GetValues<EuReuseCategory>())
        {
            var sum = acts.Where(x => x.Channel != ReuseChannel.Lending && map[(x.FactorSetVersion, x.Category)] == category).Sum(x => x.WeightGrams);
            Assert.Equal(sum, eu.Grams(category));
            Assert.Equal(sum / 1_000_000m, eu.Cells.Where(c => c.Category == category).Sum(c => c.Tonnes));
        }
        Assert.Equal(0, eu.Grams(EuReuseCategory.ElectricalElectronic));
        Assert.DoesNotContain(eu.Cells, c => c.Channel == ReuseChannel.Lending);
        Assert.True(eu.TotalGrams > 0);
    }

    /// <summary>Year 2022: a second factor set (inserted here, valid only from 2100) recomputes bikes by hand-computed numbers.</summary>
    [Fact]
    public async Task What_if_under_a_second_factor_set_gives_the_hand_computed_figures()
    {
        const int year = 2022;
        var (a, _) = await factory.InitiativeAsync(2);
        await factory.WithDbAsync(async db =>
        {
            if (await db.Set<FactorSet>().AnyAsync(s => s.Version == 99)) return 0;
            db.Add(new FactorSet
            {
                Version = 99, Name = "Test set", ValidFrom = new DateOnly(2100, 1, 1), LoadedAt = DateTime.UtcNow,
                Factors =
                [
                    new Factor
                    {
                        Category = GoodsCategory.Bikes, EuCategory = EuReuseCategory.Other, Activity = ImpactActivity.Reuse, Unit = FactorUnit.PerKg,
                        AverageWeightKg = 10m, PreUseKgCo2e = 4m, Displacement = 0.5m, AvoidedKgCo2e = 2m, Source = "test",
                    },
                ],
            });
            return await db.SaveChangesAsync();
        });
        await RecordAsync(At(year, 5, 1), Sold(a, GoodsCategory.Bikes, 1, null, 920_001)); // estimated: 15.10 kg under set 1
        await RecordAsync(At(year, 5, 2), Sold(a, GoodsCategory.Bikes, 2, 5m, 920_002)); // measured: 10 kg
        await RecordAsync(At(year, 5, 3), Sold(a, GoodsCategory.Furniture, 1, null, 920_003)); // not in set 99: kept

        var filter = new ImpactFilter(MonthRange.Year(year));
        var actual = await ReportsAsync(r => r.ReportAsync(filter, null, CancellationToken.None));
        var whatIf = await ReportsAsync(r => r.ReportAsync(filter, 99, CancellationToken.None));
        Assert.Null(actual.WhatIfVersion);
        Assert.Equal(99, whatIf.WhatIfVersion);
        Assert.Equal(1, whatIf.KeptRows);

        var bikes = whatIf.Categories.Single(c => c.Category == GoodsCategory.Bikes).Totals;
        // 10 kg measured + 1 estimated × 10 kg = 20 kg; per kg 2 kg CO2e → 40 kg.
        Assert.Equal(40_000, bikes.Co2eGrams);
        Assert.Equal(20_000, bikes.WasteGrams);
        var furniture = actual.Categories.Single(c => c.Category == GoodsCategory.Furniture).Totals;
        Assert.Equal(furniture, whatIf.Categories.Single(c => c.Category == GoodsCategory.Furniture).Totals);
        Assert.Equal(40_000 + furniture.Co2eGrams, whatIf.Totals.Co2eGrams);
        // The actual figures: bikes per item under set 1, as the ledger has them.
        var ledger = await factory.WithDbAsync(db => db.Set<ReuseAct>().Where(x => x.Category == GoodsCategory.Bikes && x.SourceId >= 920_001 && x.SourceId <= 920_002).SumAsync(x => x.Co2eGrams));
        Assert.Equal(ledger, actual.Categories.Single(c => c.Category == GoodsCategory.Bikes).Totals.Co2eGrams);
    }

    /// <summary>Year 2023 through the API: filters, CSV, and bad parameters named in both languages.</summary>
    [Fact]
    public async Task Summary_api_filters_and_refuses_bad_parameters_in_both_languages()
    {
        const int year = 2023;
        var (a, slugA) = await factory.InitiativeAsync(3);
        await RecordAsync(At(year, 2, 1), Sold(a, GoodsCategory.Bikes, 1, 10m, 930_001));
        await RecordAsync(At(year, 2, 2), Sold(a, GoodsCategory.BooksMedia, 3, 0.5m, 930_002));
        await RecordAsync(At(year, 9, 2), new(ReuseActKind.LoanReturned, a, GoodsCategory.ToolsGarden, 1, null, null, 930_003));
        var client = factory.CreateClient();

        async Task<JsonElement> Get(string query)
        {
            using var r = await client.GetAsync("/api/v1/impact/summary?" + query);
            var body = await r.Content.ReadAsStringAsync();
            Assert.True(r.StatusCode == HttpStatusCode.OK, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        var all = await Get($"from={year}-01&to={year}-12");
        Assert.Equal(3, all.GetProperty("acts").GetInt64());
        Assert.Equal(11.5m, all.GetProperty("kgKeptFromWaste").GetDecimal());
        Assert.Equal(1, all.GetProperty("factorSetVersions")[0].GetInt32());
        Assert.Equal(12, all.GetProperty("months").GetArrayLength());
        var bikes = await Get($"from={year}-01&to={year}-12&category=bikes");
        Assert.Equal(1, bikes.GetProperty("acts").GetInt64());
        Assert.Equal(10m, bikes.GetProperty("kgKeptFromWaste").GetDecimal());
        var lending = await Get($"from={year}-01&to={year}-12&channel=lending");
        Assert.Equal(1, lending.GetProperty("acts").GetInt64());
        Assert.Equal(0m, lending.GetProperty("kgKeptFromWaste").GetDecimal());
        Assert.True(lending.GetProperty("kgCo2eAvoided").GetDecimal() > 0);
        var spring = await Get($"from={year}-01&to={year}-06");
        Assert.Equal(2, spring.GetProperty("acts").GetInt64());

        using (var csv = await client.GetAsync($"/api/v1/impact/summary?from={year}-01&to={year}-12&format=csv"))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
            var text = await csv.Content.ReadAsStringAsync();
            Assert.Contains("total;;3;5;11.5;", text, StringComparison.Ordinal);
        }

        async Task Bad(string query, string parameter, string nb, string en)
        {
            using var r = await client.GetAsync("/api/v1/impact/summary?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
            var body = await r.Content.ReadAsStringAsync();
            Assert.Contains(parameter, body, StringComparison.Ordinal);
            Assert.Contains(nb, body, StringComparison.Ordinal);
            Assert.Contains(en, body, StringComparison.Ordinal);
        }
        await Bad("from=2023-13", "from", "må være en måned", "must be a month");
        await Bad("from=2023-05&to=2023-01", "to", "kan ikke være før", "cannot be before");
        await Bad("category=sofa", "category", "ukjent kategori", "unknown category");
        await Bad("channel=post", "channel", "ukjent kanal", "unknown channel");
        await Bad("format=xml", "format", "må være json eller csv", "must be json or csv");
        // Not published: its figures are not open data.
        await Bad($"initiative={slugA}", "initiative", "viser ikke tallene sine", "does not publish its figures");
        await factory.WithDbAsync(async db =>
        {
            db.Add(new ImpactPublication { InitiativeId = a, PublishedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var own = await Get($"from={year}-01&to={year}-12&initiative={slugA}");
        Assert.Equal(3, own.GetProperty("acts").GetInt64());
    }

    /// <summary>This year (the clock's 2026): the start page shows the municipality's figure.</summary>
    [Fact]
    public async Task Start_page_shows_this_years_figure_and_mitt_ombruk_only_the_signed_in_persons_entries()
    {
        var (a, _) = await factory.InitiativeAsync(4);
        var anna = await factory.CreateAsync("anna-impact@example.com");
        var bo = await factory.CreateAsync("bo-impact@example.com");
        await RecordAsync(At(2026, 3, 1), new(ReuseActKind.HoldCollected, a, GoodsCategory.Bikes, 1, 12m, anna.Id, 940_001));
        await RecordAsync(At(2026, 3, 2), new(ReuseActKind.HoldCollected, a, GoodsCategory.ClothesShoes, 1, 0.4m, bo.Id, 940_002));
        await RecordAsync(At(2026, 3, 3), Sold(a, GoodsCategory.Furniture, 1, 20m, 940_003, anna.Id));
        Assert.Equal(1, await ReverseAsync(ReuseSource.Item, 940_003));

        var year = await ReportsAsync(r => r.SummaryAsync(new ImpactFilter(new MonthRange(new(2026, 1), new(2026, 12))), CancellationToken.None));
        factory.Clock.Now = TestClock.Default.AddMinutes(17); // past the start page's one-minute cache
        try
        {
            var home = await factory.CreateClient().GetDocumentAsync("/");
            var text = home.QuerySelector("#municipal-impact")!.TextContent;
            Assert.Contains($"{year.Totals.Acts} ombrukshandlinger", text, StringComparison.Ordinal);
            Assert.Contains((year.Totals.WasteGrams / 1_000_000m).ToString("N1", CultureInfo.GetCultureInfo("nb-NO")) + " tonn holdt i bruk", text, StringComparison.Ordinal);
        }
        finally
        {
            factory.Clock.Now = TestClock.Default;
        }

        var annaClient = await factory.SignedInClientAsync("anna-impact@example.com");
        var mine = await annaClient.GetDocumentAsync("/konto/ombruk");
        var rows = mine.QuerySelectorAll("#impact-mine tbody tr");
        Assert.Equal(3, rows.Length); // the bike, the furniture and its reversal
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("Klær", StringComparison.Ordinal));
        var totals = mine.QuerySelector("#impact-mine-totals")!.TextContent;
        Assert.Contains("holdt 12,0 kg unna avfallet", totals, StringComparison.Ordinal);
        Assert.Contains("1 ombrukshandlinger", totals, StringComparison.Ordinal);
        Assert.Contains("støttet 1 lokale ombrukssteder", totals, StringComparison.Ordinal);

        var boPage = await (await factory.SignedInClientAsync("bo-impact@example.com")).GetDocumentAsync("/konto/ombruk");
        Assert.Single(boPage.QuerySelectorAll("#impact-mine tbody tr"));
        Assert.Contains("0,4 kg", boPage.QuerySelector("#impact-mine-totals")!.TextContent, StringComparison.Ordinal);

        using var anonymous = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/konto/ombruk");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Owner_turns_the_initiative_figures_on_a_member_cannot_and_they_are_off_by_default()
    {
        var (a, slug) = await factory.InitiativeAsync(5);
        var owner = await factory.CreateAsync("owner-impact@example.com");
        var member = await factory.CreateAsync("member-impact@example.com");
        await factory.AddMemberAsync(a, owner.Id, MemberRole.Owner);
        await factory.AddMemberAsync(a, member.Id, MemberRole.Editor);
        var anonymous = factory.CreateClient();

        Assert.Null((await anonymous.GetDocumentAsync($"/initiativ/{slug}")).QuerySelector("#initiative-impact"));

        var memberClient = await factory.SignedInClientAsync("member-impact@example.com");
        var memberPage = await memberClient.GetDocumentAsync($"/portal/{slug}/effekt");
        Assert.Null(memberPage.QuerySelector("#toggle-publication"));
        var token = (await memberClient.GetDocumentAsync("/konto")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using (var content = new FormUrlEncodedContent([new("publish", "true"), new("__RequestVerificationToken", token)]))
        using (var refused = await memberClient.PostAsync($"/portal/{slug}/effekt", content))
            Refused(refused);
        Assert.False(await factory.WithDbAsync(db => db.Set<ImpactPublication>().AnyAsync(p => p.InitiativeId == a)));

        var ownerClient = await factory.SignedInClientAsync("owner-impact@example.com");
        using (var on = await ownerClient.SubmitAsync($"/portal/{slug}/effekt"))
            Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Set<ImpactPublication>().AnyAsync(p => p.InitiativeId == a)));
        Assert.NotNull((await anonymous.GetDocumentAsync($"/initiativ/{slug}")).QuerySelector("#initiative-impact"));

        using (var off = await ownerClient.SubmitAsync($"/portal/{slug}/effekt"))
            Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.Set<ImpactPublication>().AnyAsync(p => p.InitiativeId == a)));
    }

    [Fact]
    public async Task Only_administrators_see_the_impact_report_and_its_files()
    {
        await factory.CreateAsync("admin-impact@example.com", admin: true);
        await factory.CreateAsync("resident-impact@example.com");
        var resident = await factory.SignedInClientAsync("resident-impact@example.com");
        using (var r = await resident.GetAsync("/admin/effekt")) Refused(r);
        using (var r = await factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/admin/effekt")) Assert.NotEqual(HttpStatusCode.OK, r.StatusCode);

        var admin = await factory.SignedInClientAsync("admin-impact@example.com");
        var page = await admin.GetDocumentAsync("/admin/effekt?from=2021-01&to=2021-12");
        Assert.NotNull(page.QuerySelector("#month-table"));
        Assert.NotNull(page.QuerySelector("svg.usage-chart"));
        Assert.Null(page.QuerySelector("#hypothetical"));
        Assert.NotNull((await admin.GetDocumentAsync("/admin/effekt?hva-om=1")).QuerySelector("#hypothetical"));
        foreach (var part in new[] { "maneder", "kategorier", "kanaler", "tiltak" })
        {
            using var csv = await admin.GetAsync($"/admin/effekt?handler=csv&del={part}&from=2021-01&to=2021-12");
            Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        }
        using (var eu = await admin.GetAsync("/admin/effekt?handler=eu&ar=2021&format=json"))
        {
            Assert.Equal(HttpStatusCode.OK, eu.StatusCode);
            Assert.Equal(2021, JsonDocument.Parse(await eu.Content.ReadAsStringAsync()).RootElement.GetProperty("year").GetInt32());
        }
        using (var r = await resident.GetAsync("/admin/effekt?handler=eu&ar=2021")) Refused(r);
    }
}

public sealed class ImpactReportsTestsOnSqlite(SqliteAppFactory f) : ImpactReportsTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ImpactReportsTestsOnPostgres(PostgresAppFactory f) : ImpactReportsTests(f), IClassFixture<PostgresAppFactory>;
