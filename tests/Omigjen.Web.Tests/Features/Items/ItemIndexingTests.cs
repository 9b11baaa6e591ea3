using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Tests.Infrastructure;

namespace Omigjen.Web.Tests.Features.Items;

/// <summary>Items saved through EF get their search terms and vocabulary rows; the database's expansion equals the analyzer's.</summary>
public abstract class ItemIndexingTests(AppFactory factory)
{
    /// <summary>A made-up word no stemming rule changes (consonants, ending in k), new to the database.</summary>
    private static string NewWord(string prefix = "")
    {
        const string consonants = "bcdfghjkmnpqrstvwxz";
        var letters = Guid.NewGuid().ToByteArray().Take(8).Select(b => consonants[b % consonants.Length]);
        return prefix + string.Concat(letters) + "k";
    }

    private static Task<List<SearchVocabulary>> VocabularyAsync(AppDbContext db, params string[] terms) =>
        db.SearchVocabulary.AsNoTracking().Where(v => terms.Contains(v.Term)).ToListAsync();

    [Fact]
    public async Task Adding_an_item_sets_its_terms_and_fills_the_vocabulary()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(0);
        var word = NewWord();
        var brand = NewWord();
        var id = await factory.WithDbAsync(async db =>
        {
            var item = new Item { InitiativeId = initiativeId, Title = $"Barnesykler {word}", Description = "Pent brukte jakker", Brand = brand };
            db.Items.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

        await factory.WithDbAsync(async db =>
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == id);
            Assert.Equal($"barnesykl {word} sykl barn0", item.TitleTerms);
            Assert.Equal($"pent brukt jakk {brand}", item.BodyTerms);
            var rows = await VocabularyAsync(db, "barnesykl", word, "jakk", brand);
            Assert.Equal(4, rows.Count);
            Assert.All(rows, r => Assert.Equal(new string(r.Term.Reverse().ToArray()), r.Reversed));
            return 0;
        });
    }

    [Fact]
    public async Task Editing_the_title_of_a_tracked_item_reindexes_it()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(1);
        var first = NewWord();
        var second = NewWord("vinter");
        var id = await factory.WithDbAsync(async db =>
        {
            var item = new Item { InitiativeId = initiativeId, Title = first };
            db.Items.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

        await factory.WithDbAsync(async db =>
        {
            var item = await db.Items.SingleAsync(i => i.Id == id);
            item.Title = $"{second} med skoene";
            return await db.SaveChangesAsync();
        });

        await factory.WithDbAsync(async db =>
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == id);
            Assert.Equal($"{second} med sko", item.TitleTerms);
            Assert.Single(await VocabularyAsync(db, second));
            // The compound is found from its head word through the vocabulary.
            var expanded = await QueryExpansion.ExpandAsync(db, second[6..], CancellationToken.None);
            Assert.Contains(second, Assert.Single(expanded));
            return 0;
        });
    }

    [Fact]
    public async Task Rows_an_older_analyser_indexed_are_indexed_again_but_an_edit_made_meanwhile_is_kept()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(5);
        var word = NewWord();
        var ids = await factory.WithDbAsync(async db =>
        {
            var stale = new Item { InitiativeId = initiativeId, Title = $"Teltplugger {word}", Description = "Kaffekopper" };
            var current = new Item { InitiativeId = initiativeId, Title = $"Sovepose {word}" };
            db.Items.AddRange(stale, current);
            await db.SaveChangesAsync();
            return (Stale: stale.Id, Current: current.Id);
        });
        // As the analyser before compounds were split left them: whole words only, version 0.
        await factory.WithDbAsync(db => db.Items.Where(i => i.Id == ids.Stale || i.Id == ids.Current)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TitleTerms, i => i.Id == ids.Stale ? $"teltplugg {word}" : "gammel")
                .SetProperty(i => i.BodyTerms, "kaffekopp").SetProperty(i => i.TermsVersion, 0)));
        // The current row's text was edited meanwhile: its save analysed it again.
        await factory.WithDbAsync(db => db.Items.Where(i => i.Id == ids.Current)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.TitleTerms, "redigert").SetProperty(i => i.TermsVersion, ItemIndexing.TermsVersion)));

        var written = await factory.WithDbAsync(db => ItemIndexing.ReindexStaleAsync(db));
        Assert.True(written >= 1, $"{written} rows written");

        await factory.WithDbAsync(async db =>
        {
            var stale = await db.Items.AsNoTracking().SingleAsync(i => i.Id == ids.Stale);
            Assert.Equal($"teltplugg {word} plugg telt0", stale.TitleTerms);
            Assert.Equal("kaffekopp kopp kaff0", stale.BodyTerms);
            Assert.Equal(ItemIndexing.TermsVersion, stale.TermsVersion);
            Assert.Equal(2, (await VocabularyAsync(db, "telt0", "kaff0")).Count);
            Assert.Equal("redigert", (await db.Items.AsNoTracking().SingleAsync(i => i.Id == ids.Current)).TitleTerms);
            Assert.Equal(0, await ItemIndexing.ReindexStaleAsync(db));
            return 0;
        });
    }

    [Fact]
    public async Task The_synchronous_save_indexes_too()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(2);
        var word = NewWord();
        var id = await factory.WithDbAsync(db =>
        {
            var item = new Item { InitiativeId = initiativeId, Title = "Kjøkkenstoler", Description = word };
            db.Items.Add(item);
            db.SaveChanges();
            return Task.FromResult(item.Id);
        });

        await factory.WithDbAsync(async db =>
        {
            var item = await db.Items.AsNoTracking().SingleAsync(i => i.Id == id);
            Assert.Equal("kjøkkenstol stol kjøkk0", item.TitleTerms);
            Assert.Equal(word, item.BodyTerms);
            Assert.Single(await VocabularyAsync(db, word));
            return 0;
        });
    }

    [Fact]
    public async Task Vocabulary_rows_belong_to_the_callers_transaction()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(3);
        var rolledBack = NewWord();
        var committed = NewWord();
        await factory.WithDbAsync(async db =>
        {
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                db.Items.Add(new Item { InitiativeId = initiativeId, Title = rolledBack });
                await db.SaveChangesAsync();
                Assert.Single(await VocabularyAsync(db, rolledBack)); // visible inside the transaction
                await tx.RollbackAsync();
            }
            db.ChangeTracker.Clear();
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                db.Items.Add(new Item { InitiativeId = initiativeId, Title = committed });
                await db.SaveChangesAsync();
                await tx.CommitAsync();
            }
            return 0;
        });

        await factory.WithDbAsync(async db =>
        {
            Assert.Empty(await VocabularyAsync(db, rolledBack));
            Assert.False(await db.Items.AnyAsync(i => i.Title == rolledBack));
            Assert.Single(await VocabularyAsync(db, committed));
            return 0;
        });
    }

    [Fact]
    public async Task Adding_known_terms_again_is_harmless()
    {
        var terms = Enumerable.Range(0, 900).Select(_ => NewWord()).ToList();
        await factory.WithDbAsync(async db =>
        {
            await ItemIndexing.AddVocabularyAsync(db, terms.Take(500), CancellationToken.None);
            await ItemIndexing.AddVocabularyAsync(db, terms.Concat(terms), CancellationToken.None);
            return 0;
        });
        var stored = await factory.WithDbAsync(db => db.SearchVocabulary.CountAsync(v => terms.Contains(v.Term)));
        Assert.Equal(terms.Count, stored);
    }

    [Fact]
    public async Task Database_expansion_equals_the_analyzers_for_the_relevance_queries()
    {
        var (initiativeId, _) = await factory.InitiativeAsync(4);
        var ids = await factory.WithDbAsync(async db =>
        {
            var items = AnalyzerRelevanceData.Items.Select(i =>
            {
                var item = AnalyzerRelevanceData.ToItem(i, initiativeId);
                item.TitleTerms = item.BodyTerms = ""; // the interceptor must do it
                return item;
            }).ToList();
            db.Items.AddRange(items);
            await db.SaveChangesAsync();
            return items.Select(i => i.Id).ToList();
        });

        await factory.WithDbAsync(async db =>
        {
            var stored = await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).ToListAsync();
            Assert.Equal(AnalyzerRelevanceData.Items.Count, stored.Count);
            foreach (var source in AnalyzerRelevanceData.Items)
            {
                var expected = AnalyzerRelevanceData.ToItem(source);
                var item = stored.Single(i => i.Title == source.Title);
                Assert.Equal(expected.TitleTerms, item.TitleTerms);
                Assert.Equal(expected.BodyTerms, item.BodyTerms);
            }

            var vocabulary = await db.SearchVocabulary.AsNoTracking().Select(v => v.Term).ToListAsync();
            Assert.Superset(stored.SelectMany(ItemIndexing.TermsOf).ToHashSet(StringComparer.Ordinal), vocabulary.ToHashSet(StringComparer.Ordinal));
            foreach (var query in AnalyzerRelevanceData.Queries.Select(q => q.Q).Append("sykkel boremasin ski"))
            {
                var inMemory = QueryExpansion.Expand(vocabulary, query);
                var fromDatabase = await QueryExpansion.ExpandAsync(db, query, CancellationToken.None);
                Assert.Equal(inMemory.Count, fromDatabase.Count);
                for (var i = 0; i < inMemory.Count; i++)
                    Assert.True(inMemory[i].SequenceEqual(fromDatabase[i]),
                        $"\"{query}\" word {i}: memory [{string.Join(", ", inMemory[i])}] database [{string.Join(", ", fromDatabase[i])}]");
            }
            Assert.Contains("boremaskin", (await QueryExpansion.ExpandAsync(db, "boremasin", CancellationToken.None))[0]);
            Assert.Empty(await QueryExpansion.ExpandAsync(db, "  ", CancellationToken.None));
            return 0;
        });
    }

    [Fact]
    public async Task Database_expansion_cuts_long_lists_like_the_analyzer()
    {
        // More compounds than fit, several of the same length at the cut, and a typo variant.
        var head = NewWord();
        var compounds = Enumerable.Range(0, 260).Select(i => $"{new string('b', 3 + (i / 40))}{(char)('a' + (i % 26))}{(char)('a' + (i / 26))}{head}").ToList();
        var typo = head[..^1] + "x" + head[^1];
        await factory.WithDbAsync(async db =>
        {
            await ItemIndexing.AddVocabularyAsync(db, compounds.Append(typo), CancellationToken.None);
            return 0;
        });

        await factory.WithDbAsync(async db =>
        {
            var vocabulary = await db.SearchVocabulary.AsNoTracking().Select(v => v.Term).ToListAsync();
            var inMemory = Assert.Single(QueryExpansion.Expand(vocabulary, head));
            var fromDatabase = Assert.Single(await QueryExpansion.ExpandAsync(db, head, CancellationToken.None));
            Assert.Equal(QueryExpansion.MaxTermsPerWord, inMemory.Count);
            Assert.Equal(inMemory, fromDatabase);
            Assert.Equal(typo, fromDatabase[^1]);
            return 0;
        });
    }
}

public sealed class ItemIndexingTestsOnSqlite(SqliteAppFactory f) : ItemIndexingTests(f), IClassFixture<SqliteAppFactory>;

public sealed class ItemIndexingTestsOnPostgres(PostgresAppFactory f) : ItemIndexingTests(f), IClassFixture<PostgresAppFactory>;
