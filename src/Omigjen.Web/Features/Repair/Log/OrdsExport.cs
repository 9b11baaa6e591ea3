using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>
/// The repair log as Open Repair Data Standard v0.3 CSV: the standard's header in its order, its codes, one row per
/// repair attempt, comma separated and quoted as RFC 4180 (CRLF, quotes doubled), UTF-8 without a byte order mark so
/// the first column is exactly <c>id</c>. Who logged an entry is never written; <c>problem</c> is cleaned again.
/// </summary>
public static class OrdsExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static IReadOnlyList<string> Header { get; } =
    [
        "id", "data_provider", "country", "partner_product_category", "product_category", "product_category_id", "brand",
        "year_of_manufacture", "product_age", "repair_status", "repair_barrier_if_end_of_life", "problem", "group_identifier",
        "event_date", "record_date",
    ];

    /// <summary>
    /// The repair group as an obfuscated, stable code: a hash of the initiative's id (which never changes, unlike its
    /// name, slug or the municipality's display name), so rows from one café can be grouped without the file naming it.
    /// </summary>
    public static string GroupIdentifier(int initiativeId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"omigjen-repair-group|{initiativeId.ToString(CultureInfo.InvariantCulture)}"));
        return "g" + Convert.ToHexStringLower(bytes)[..12];
    }

    /// <summary>"OMigjen Asker".</summary>
    public static string DataProvider(string municipality) => string.IsNullOrWhiteSpace(municipality) ? "OMigjen" : "OMigjen " + municipality.Trim();

    /// <summary>Writes the entries (oldest first) to <paramref name="output"/>, reading them in one streaming query.</summary>
    public static async Task WriteAsync(Stream output, IQueryable<RepairEntry> entries, string municipality, MunicipalClock clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(clock);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ",",
            NewLine = "\r\n",
            // A cell starting with = + - @ would run as a formula in a spreadsheet; CsvHelper prefixes it with an apostrophe.
            InjectionOptions = InjectionOptions.Escape,
        };
        var provider = DataProvider(municipality);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await using var csv = new CsvWriter(writer, config);
        foreach (var column in Header) csv.WriteField(column);
        await csv.NextRecordAsync();
        await foreach (var e in entries.AsNoTracking().OrderBy(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            var category = RepairCategory.Of(e);
            var ords = e.OrdsCategoryId is { } id ? OrdsCategories.Of(id) : null;
            csv.WriteField(e.Id.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(provider);
            csv.WriteField("NOR");
            csv.WriteField(category.Norwegian);
            csv.WriteField(ords?.English ?? "");
            csv.WriteField(ords?.Id.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(string.IsNullOrWhiteSpace(e.Brand) ? "Unknown" : e.Brand);
            csv.WriteField(e.YearOfManufacture?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(e.AgeYears?.ToString("0.0", CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(((int)e.Outcome).ToString(CultureInfo.InvariantCulture));
            csv.WriteField(e.Barrier is { } b ? ((int)b).ToString(CultureInfo.InvariantCulture) : "");
            csv.WriteField(PersonalDataFilter.Clean(e.Problem));
            csv.WriteField(GroupIdentifier(e.InitiativeId));
            csv.WriteField(e.EventDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(DateOnly.FromDateTime(clock.ToLocal(e.RecordedAt).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    /// <summary>The whole export in memory, for a page handler's file result.</summary>
    public static async Task<MemoryStream> ToStreamAsync(IQueryable<RepairEntry> entries, string municipality, MunicipalClock clock, CancellationToken ct)
    {
        var stream = new MemoryStream();
        await WriteAsync(stream, entries, municipality, clock, ct);
        stream.Position = 0;
        return stream;
    }

    /// <summary>"ords-asker-2026-12-07.csv".</summary>
    public static string FileName(string part, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"ords-{part}-{today:yyyy-MM-dd}.csv");

    /// <summary>Entries of initiatives the directory shows (approved, closed-down ones included), for open data.</summary>
    public static IQueryable<RepairEntry> Published(AppDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shown = Initiatives.InitiativeQueries.Approved(db.Initiatives);
        return db.RepairEntries.Where(e => shown.Any(i => i.Id == e.InitiativeId));
    }
}
