using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Impact;

/// <summary>Factor sets loaded from a file (all or nothing, with a row report) and the method page that shows them.</summary>
public abstract class FactorSetTests(AppFactory factory)
{
    private static string FirstSetFile() => FactorSetCsv.Write(FirstFactorSet.Rows);

    private Task<FactorSetLoader.Result> LoadAsync(string text, DateOnly validFrom) =>
        factory.WithDbAsync(db => FactorSetLoader.LoadAsync(db, text, "Test " + Guid.NewGuid().ToString("N")[..6], validFrom, null, DateTime.UtcNow));

    private static string RepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Omigjen.slnx"))) return Path.Combine(dir.FullName, relative);
        throw new InvalidOperationException("Omigjen.slnx not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task A_good_file_loads_the_next_version_and_earlier_entries_keep_theirs()
    {
        var sets = await factory.WithDbAsync(db => db.FactorSets.CountAsync());
        var max = await factory.WithDbAsync(db => db.FactorSets.MaxAsync(s => s.Version));
        var text = FirstSetFile().Replace(";149.6;0.5;74.8;", ";150;0.4;;", StringComparison.Ordinal); // bikes: a new footprint, computed
        var result = await LoadAsync(text, new DateOnly(2099, 1, 1));
        Assert.Empty(result.Errors);
        Assert.Equal(max + 1, result.Version);
        Assert.Equal(39, result.Rows);
        var bikes = await factory.WithDbAsync(db => db.Factors.AsNoTracking().Where(f => f.FactorSetVersion == result.Version && f.Category == GoodsCategory.Bikes).ToListAsync());
        Assert.Equal(3, bikes.Count);
        Assert.Contains(bikes, b => b.Activity == ImpactActivity.Reuse && b.AvoidedKgCo2e == 60m && b.Displacement == 0.4m);
        Assert.Equal(sets + 1, await factory.WithDbAsync(db => db.FactorSets.CountAsync()));
        // Valid from a day to come: acts today still use the set in force.
        Assert.Equal(FirstFactorSet.Version, await factory.WithDbAsync(db => factory.Services.GetRequiredService<ImpactLedger>().CurrentVersionAsync(db, default)));
    }

    [Fact]
    public async Task A_bad_file_changes_nothing_and_names_each_row_and_column()
    {
        var before = await factory.WithDbAsync(db => db.Factors.CountAsync());
        var lines = FirstSetFile().Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[1] = lines[1].Replace(";0.75;", ";tung;", StringComparison.Ordinal);           // row 2: average weight
        lines[2] = lines[2].Replace(";per-item;", ";per-tonn;", StringComparison.Ordinal);   // row 3: unit
        lines[4] = lines[4].Replace(";74.8;", ";80;", StringComparison.Ordinal);             // row 5: avoided is not footprint × displacement
        lines.Add(lines[6]);                                                                 // row 41: a repeated pair
        var result = await LoadAsync(string.Join('\n', lines), new DateOnly(2099, 1, 1));
        Assert.Null(result.Version);
        Assert.Equal([(2, "average_weight_kg"), (3, "unit"), (5, "avoided_kg_co2e"), (41, "category")], result.Errors.Select(e => (e.Row, e.Column)).ToList());
        Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.MessageNb) || string.IsNullOrWhiteSpace(e.MessageEn)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Factors.CountAsync()));

        var clean = FirstSetFile().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var missing = await LoadAsync(string.Join('\n', clean.Take(39)), new DateOnly(2099, 1, 1)); // the last row left out
        Assert.Null(missing.Version);
        Assert.Contains(missing.Errors, e => e.MessageEn.Contains("is missing", StringComparison.Ordinal));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Factors.CountAsync()));
    }

    [Fact]
    public async Task The_example_file_is_the_first_set_and_loads()
    {
        var example = await File.ReadAllTextAsync(RepoFile("docs/impact-factors-2021.csv"));
        var ordered = FirstFactorSet.Rows.OrderBy(f => f.Activity).ThenBy(f => f.Category);
        Assert.Equal(FactorSetCsv.Write(ordered), example);
        var read = FactorSetCsv.Read(example);
        Assert.Empty(read.Errors);
        Assert.Equal(39, read.Rows.Count);
    }

    [Fact]
    public async Task The_method_page_shows_every_factor_of_the_current_set_with_its_source()
    {
        using var client = factory.CreateClient();
        foreach (var lang in new[] { "", "?lang=en" })
        {
            using var response = await client.GetAsync("/om-tallene" + lang);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var doc = await Forms.ParseAsync(response, "/om-tallene");
            var rows = doc.QuerySelectorAll("#factors tbody tr");
            Assert.Equal(FirstFactorSet.Rows.Count, rows.Length);
            foreach (var f in FirstFactorSet.Rows)
            {
                var row = rows.Single(r => r.GetAttribute("data-category") == Tokens.Of(f.Category) && r.GetAttribute("data-activity") == Tokens.Of(f.Activity));
                var avoided = f.AvoidedKgCo2e.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
                Assert.Equal(lang == "" ? avoided.Replace('.', ',') : avoided, row.QuerySelector(".factor-avoided")!.TextContent.Trim());
                Assert.Contains(f.Licence, row.TextContent, StringComparison.Ordinal);
                Assert.Contains(f.Source, row.TextContent, StringComparison.Ordinal);
                Assert.All(row.QuerySelectorAll("td"), td => Assert.False(string.IsNullOrEmpty(td.GetAttribute("data-label"))));
            }
            Assert.NotNull(doc.QuerySelector("#factor-sets li[data-version='1']"));
            Assert.NotNull(doc.QuerySelector("footer a[href='/om-tallene']"));
        }
    }
}

public sealed class FactorSetTestsOnSqlite(SqliteAppFactory f) : FactorSetTests(f), IClassFixture<SqliteAppFactory>;

public sealed class FactorSetTestsOnPostgres(PostgresAppFactory f) : FactorSetTests(f), IClassFixture<PostgresAppFactory>;
