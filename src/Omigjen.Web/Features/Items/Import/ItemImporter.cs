using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items.Search;

namespace Omigjen.Web.Features.Items.Import;

/// <summary>
/// Imports an item spreadsheet into one initiative in ONE database transaction: all of it or (with
/// <see cref="ItemImportOptions.ValidOnly"/>) all of its valid rows, or nothing — also when the process dies midway.
/// A row whose <c>external_id</c> the initiative already has updates that item (only the columns the file has);
/// other rows create items at the initiative's first location. New rows go in through one prepared INSERT
/// (SQLite) or binary COPY (PostgreSQL), not the change tracker, so 100,000 rows take seconds.
/// </summary>
public static class ItemImporter
{
    /// <summary>Progress is reported after this many rows written.</summary>
    public const int ProgressEvery = 10_000;

    /// <summary>Up to this many external ids, existing items are looked up by id; beyond it all the initiative's are read.</summary>
    private const int LookupById = 500;

    public static async Task<ItemImportResult> ImportFileAsync(AppDbContext db, IItemHolds itemHolds, string initiativeSlug, string path, ItemImportOptions options,
        TimeProvider time, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            return ItemImportResult.Failed(new ImportError(0, "file", $"finner ikke filen {path}", $"file not found: {path}"));
        var initiativeId = await db.Initiatives.Where(i => i.Slug == initiativeSlug).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        if (initiativeId is null)
            return ItemImportResult.Failed(new ImportError(0, "initiative", $"finner ikke tiltaket «{initiativeSlug}»", $"no initiative '{initiativeSlug}'"));
        ItemCsvFile file;
        await using (var stream = File.OpenRead(path))
            file = ItemCsvReader.Read(stream);
        return await ImportAsync(db, itemHolds, initiativeId.Value, file, options, time, progress, ct);
    }

    public static async Task<ItemImportResult> ImportAsync(AppDbContext db, IItemHolds itemHolds, int initiativeId, ItemCsvFile file, ItemImportOptions options,
        TimeProvider time, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(itemHolds);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (file.FileErrors.Count > 0) return new ItemImportResult(0, 0, 0, file.FileErrors, false);

        var now = time.GetUtcNow().UtcDateTime;
        var place = await db.InitiativeLocations.AsNoTracking().Where(l => l.InitiativeId == initiativeId).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.Latitude, l.Longitude }).FirstOrDefaultAsync(ct);
        var existing = await ExistingAsync(db, initiativeId, file.Rows, ct);
        var held = existing.Count == 0
            ? new Dictionary<int, int>()
            : await itemHolds.ActiveByItemAsync(db, initiativeId, ct);

        var errors = new List<ImportError>(file.Errors);
        var problemsBefore = errors.Count;
        var inserts = new List<Item>(file.Rows.Count);
        var updates = new List<Item>();
        foreach (var row in file.Rows)
        {
            if (row.ExternalId is { } externalId && existing.TryGetValue(externalId, out var item))
            {
                var holds = held.GetValueOrDefault(item.Id);
                if (file.Columns.Contains(ItemColumns.Quantity) && row.Quantity < holds)
                {
                    errors.Add(new ImportError(row.Row, file.HeaderOf(ItemColumns.Quantity),
                        $"{holds} av denne varen er reservert for henting; antallet kan ikke bli lavere enn det (frigi eller lever ut reservasjonene først)",
                        $"{holds} of this item are held for pickup; the quantity cannot go below that (release or hand over the holds first)"));
                    continue;
                }
                Merge(row, item, file.Columns);
                item.UpdatedAt = now;
                updates.Add(item);
            }
            else
            {
                var created = new Item
                {
                    InitiativeId = initiativeId, LocationId = place?.Id, Title = row.Title,
                    Latitude = place?.Latitude ?? 0, Longitude = place?.Longitude ?? 0, CreatedAt = now, UpdatedAt = now,
                };
                Merge(row, created, file.Columns);
                inserts.Add(created);
            }
        }
        // The analysis is pure and per item: all cores share it.
        Parallel.ForEach(inserts.Concat(updates), new ParallelOptions { CancellationToken = ct }, ItemIndexing.Apply);
        if (errors.Count > problemsBefore) errors = [.. errors.OrderBy(e => e.Row)]; // stable: a row's problems keep their column order
        var skipped = errors.Select(e => e.Row).Distinct().Count();
        if (errors.Count > 0 && !options.ValidOnly)
            return new ItemImportResult(inserts.Count, updates.Count, skipped, errors, false);

        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in inserts.Concat(updates))
        {
            foreach (var t in item.TitleTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries)) terms.Add(t);
            foreach (var t in item.BodyTerms.Split(' ', StringSplitOptions.RemoveEmptyEntries)) terms.Add(t);
        }

        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var transaction = tx.GetDbTransaction();
            var postgres = connection is NpgsqlConnection;
            var staged = 0;
            void Staged()
            {
                if (++staged % ProgressEvery == 0) progress?.Report(staged);
            }
            var ownStage = (postgres ? "pg_temp." : "temp.") + Stage;
            await ExecuteAsync(connection, transaction, $"DROP TABLE IF EXISTS {ownStage}", ct);
            await ExecuteAsync(connection, transaction, CreateStage(postgres), ct);
            var rows = inserts.Concat(updates);
            if (connection is NpgsqlConnection npgsql) await CopyAsync(npgsql, rows, Staged, ct);
            else await StageAsync(connection, transaction, rows, Staged, ct);
            if (staged % ProgressEvery != 0) progress?.Report(staged);
            if (inserts.Count > 0)
                await ExecuteAsync(connection, transaction, InsertFromStage, ct, ("@initiative", DbType.Int32, initiativeId),
                    ("@location", DbType.Int32, place?.Id), ("@latitude", DbType.Double, place?.Latitude ?? 0),
                    ("@longitude", DbType.Double, place?.Longitude ?? 0), ("@now", DbType.DateTimeOffset, now));
            if (updates.Count > 0) await ExecuteAsync(connection, transaction, UpdateFromStage, ct, ("@now", DbType.DateTimeOffset, now));
            await ExecuteAsync(connection, transaction, $"DROP TABLE {ownStage}", ct);
            await ItemIndexing.AddVocabularyAsync(db, terms, ct);
            await tx.CommitAsync(ct);
        }
        catch (DbException e) when (IsConstraint(e))
        {
            return new ItemImportResult(0, 0, 0, [new ImportError(0, "file",
                "varene ble endret mens importen pågikk (en annen import eller en ny hold); ingenting ble lagret – prøv igjen",
                "the items changed while the import ran (another import or a new hold); nothing was saved – try again")], false);
        }
        return new ItemImportResult(inserts.Count, updates.Count, skipped, errors, true);
    }

    private static async Task<Dictionary<string, Item>> ExistingAsync(AppDbContext db, int initiativeId, List<ItemImportRow> rows, CancellationToken ct)
    {
        var ids = rows.Where(r => r.ExternalId is not null).Select(r => r.ExternalId!).ToList();
        if (ids.Count == 0) return new Dictionary<string, Item>(StringComparer.Ordinal);
        var query = db.Items.AsNoTracking().Where(i => i.InitiativeId == initiativeId && i.ExternalId != null);
        if (ids.Count <= LookupById) query = query.Where(i => ids.Contains(i.ExternalId!));
        return await query.ToDictionaryAsync(i => i.ExternalId!, StringComparer.Ordinal, ct);
    }

    /// <summary>Copies the row's values onto the item; a column the file does not have leaves the field as it is.</summary>
    private static void Merge(ItemImportRow row, Item item, IReadOnlySet<string> columns)
    {
        item.ExternalId = row.ExternalId;
        item.Title = row.Title;
        if (columns.Contains(ItemColumns.Description)) item.Description = row.Description;
        if (columns.Contains(ItemColumns.Category)) item.Category = row.Category;
        if (columns.Contains(ItemColumns.Condition)) item.Condition = row.Condition;
        if (columns.Contains(ItemColumns.PriceNok)) item.PriceNok = row.PriceNok;
        if (columns.Contains(ItemColumns.Quantity)) item.Quantity = row.Quantity;
        if (columns.Contains(ItemColumns.Size)) item.Size = row.Size;
        if (columns.Contains(ItemColumns.Brand)) item.Brand = row.Brand;
        if (columns.Contains(ItemColumns.WeightKg)) item.WeightKg = row.WeightKg;
        item.Available = item.Quantity;
        item.Status = ItemStatus.Available;
    }

    /// <summary>
    /// The rows go first into a temporary table (one prepared INSERT per row on SQLite, binary COPY on PostgreSQL) and
    /// from there into Items with one INSERT and one UPDATE statement. On SQLite the full-text table, filled by triggers,
    /// flushes its pending terms at the end of every statement: row by row that is several times slower.
    /// </summary>
    private const string Stage = "\"ItemImportStage\"";

    private sealed record Column(string Name, string Sqlite, string Postgres, DbType Type, NpgsqlDbType CopyType, Func<Item, int, object?> Value);

    /// <summary>Only what differs from row to row; the initiative, place, times and status come as parameters of the INSERT.</summary>
    private static readonly Column[] StageColumns =
    [
        new("Seq", "INTEGER", "integer", DbType.Int32, NpgsqlDbType.Integer, (_, n) => n),
        new("Id", "INTEGER", "integer", DbType.Int32, NpgsqlDbType.Integer, (i, _) => i.Id == 0 ? null : i.Id),
        new("ExternalId", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.ExternalId),
        new("Title", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Title),
        new("Description", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Description),
        new("Category", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Category.ToString()),
        new("Condition", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Condition.ToString()),
        new("PriceNok", "INTEGER", "integer", DbType.Int32, NpgsqlDbType.Integer, (i, _) => i.PriceNok),
        new("Quantity", "INTEGER", "integer", DbType.Int32, NpgsqlDbType.Integer, (i, _) => i.Quantity),
        new("Size", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Size),
        new("Brand", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.Brand),
        // SQLite keeps decimals as text (EF's format, which Microsoft.Data.Sqlite also writes for a decimal parameter).
        new("WeightKg", "TEXT", "numeric", DbType.Decimal, NpgsqlDbType.Numeric, (i, _) => i.WeightKg),
        new("TitleTerms", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.TitleTerms),
        new("BodyTerms", "TEXT", "text", DbType.String, NpgsqlDbType.Text, (i, _) => i.BodyTerms),
    ];

    private static string CreateStage(bool postgres) =>
        $"CREATE TEMPORARY TABLE {Stage} ({string.Join(", ", StageColumns.Select(c => $"\"{c.Name}\" {(postgres ? c.Postgres : c.Sqlite)}"))})";

    private static readonly string InsertFromStage = $"""
        INSERT INTO "Items" ("InitiativeId", "LocationId", "ExternalId", "Title", "Description", "Category", "Condition", "PriceNok",
            "Quantity", "Available", "Size", "Brand", "WeightKg", "Status", "Latitude", "Longitude", "TitleTerms", "BodyTerms", "TermsVersion", "CreatedAt", "UpdatedAt")
        SELECT @initiative, @location, s."ExternalId", s."Title", s."Description", s."Category", s."Condition", s."PriceNok",
            s."Quantity", s."Quantity", s."Size", s."Brand", s."WeightKg", '{nameof(ItemStatus.Available)}', @latitude, @longitude, s."TitleTerms", s."BodyTerms", {ItemIndexing.TermsVersion}, @now, @now
        FROM {Stage} AS s WHERE s."Id" IS NULL ORDER BY s."Seq"
        """;

    /// <summary>
    /// What is available is counted from the active holds in the same statement, so a hold taken since the file was
    /// checked is never lost: below zero, the check constraint stops the whole import.
    /// </summary>
    private static readonly string UpdateFromStage = $"""
        UPDATE "Items" SET "ExternalId" = s."ExternalId", "Title" = s."Title", "Description" = s."Description",
            "Category" = s."Category", "Condition" = s."Condition", "PriceNok" = s."PriceNok", "Quantity" = s."Quantity",
            "Available" = s."Quantity" - {Holds},
            "Status" = CASE WHEN s."Quantity" = 0 THEN '{nameof(ItemStatus.Sold)}' WHEN s."Quantity" > {Holds} THEN '{nameof(ItemStatus.Available)}' ELSE '{nameof(ItemStatus.Reserved)}' END,
            "Size" = s."Size", "Brand" = s."Brand", "WeightKg" = s."WeightKg", "TitleTerms" = s."TitleTerms", "BodyTerms" = s."BodyTerms",
            "TermsVersion" = {ItemIndexing.TermsVersion}, "UpdatedAt" = @now
        FROM {Stage} AS s
        WHERE s."Id" = "Items"."Id"
        """;

    // The hold count the staged update needs, in SQL: it names the Reservations table as text, not its type, so the
    // Items feature still does not depend on Reservations (IItemHolds is the typed way in).
    private const string Holds = "(SELECT COUNT(*) FROM \"Reservations\" AS r WHERE r.\"ItemId\" = \"Items\".\"Id\" AND r.\"Status\" = 'Active')";

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct,
        params (string Name, DbType Type, object? Value)[] parameters)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        foreach (var (name, type, value) in parameters) Parameter(cmd, name, type).Value = value ?? DBNull.Value;
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>One prepared, parameterised INSERT into the staging table, reused for every row.</summary>
    private static async Task StageAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Item> items, Action staged, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = $"INSERT INTO {Stage} VALUES ({string.Join(", ", StageColumns.Select((_, n) => "@p" + n))})";
        var parameters = StageColumns.Select((c, n) => Parameter(cmd, "@p" + n, c.Type)).ToArray();
        await cmd.PrepareAsync(ct);
        var seq = 0;
        foreach (var item in items)
        {
            for (var n = 0; n < StageColumns.Length; n++) parameters[n].Value = StageColumns[n].Value(item, seq) ?? DBNull.Value;
            await cmd.ExecuteNonQueryAsync(ct);
            seq++;
            staged();
        }
    }

    /// <summary>PostgreSQL's binary COPY into the staging table, inside the same transaction.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<Item> items, Action staged, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(
            $"COPY {Stage} ({string.Join(", ", StageColumns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", ct);
        var seq = 0;
        foreach (var item in items)
        {
            await importer.StartRowAsync(ct);
            foreach (var column in StageColumns)
            {
                if (column.Value(item, seq) is { } value) await importer.WriteAsync(value, column.CopyType, ct);
                else await importer.WriteNullAsync(ct);
            }
            seq++;
            staged();
        }
        await importer.CompleteAsync(ct);
    }

    private static DbParameter Parameter(DbCommand cmd, string name, DbType type)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        cmd.Parameters.Add(p);
        return p;
    }

    /// <summary>A unique or check constraint refused a row: something changed the items since they were read.</summary>
    private static bool IsConstraint(DbException e) => e switch
    {
        SqliteException s => s.SqliteErrorCode == 19,
        PostgresException p => p.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.CheckViolation,
        _ => false,
    };
}
