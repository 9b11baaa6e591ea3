using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;

namespace Omigjen.Web.Features.Initiatives;

public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>
/// Imports initiatives from JSON or CSV, all or nothing: every row is validated first, and the writes happen in one
/// transaction only when no row has an error. An existing slug is updated, its locations replaced.
/// </summary>
public static class InitiativeImporter
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { AllowTrailingCommas = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static async Task<ImportResult> ImportFileAsync(AppDbContext db, string path, TimeProvider time, SlugAllocator slugs,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
            return new ImportResult(0, 0, [new ImportError(0, "file", $"finner ikke filen {path}", $"file not found: {path}")]);
        await using var stream = File.OpenRead(path);
        var isCsv = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var (records, readErrors, toFileTerms) = isCsv ? InitiativeCsvReader.Read(stream) : await ReadJsonAsync(stream, ct);
        if (readErrors.Count > 0) return new ImportResult(0, 0, readErrors);
        var result = await ImportAsync(db, records, time, slugs, progress, ct);
        return result with { Errors = result.Errors.Select(toFileTerms).ToList() };
    }

    internal static async Task<(List<(int Row, InitiativeRecord Record)>, List<ImportError>, Func<ImportError, ImportError>)> ReadJsonAsync(
        Stream stream, CancellationToken ct)
    {
        try
        {
            var list = await JsonSerializer.DeserializeAsync<List<InitiativeRecord>>(stream, Json, ct) ?? [];
            return (list.Select((r, i) => (i + 1, r)).ToList(), [], e => e);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (linje/line {line + 1})" : "";
            return ([], [new ImportError(0, e.Path ?? "$", $"ugyldig JSON{where}: {e.Message}", $"invalid JSON{where}: {e.Message}")], x => x);
        }
    }

    public static async Task<ImportResult> ImportAsync(AppDbContext db, IReadOnlyList<(int Row, InitiativeRecord Record)> records,
        TimeProvider time, SlugAllocator slugs, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(slugs);
        var errors = new List<ImportError>();
        var mapped = new List<Initiative>(records.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, record) in records)
        {
            var initiative = InitiativeRecordMapper.Map(record, row, errors);
            if (initiative is null) continue;
            // The file names its slugs (a second import updates by them), so a route word is refused, not renamed.
            if (slugs.IsReserved(initiative.Slug))
                errors.Add(new ImportError(row, "slug", $"«{initiative.Slug}» er et fast ord i nettadressene", $"'{initiative.Slug}' is a fixed word in the site's addresses"));
            if (seen.TryGetValue(initiative.Slug, out var firstRow))
                errors.Add(new ImportError(row, "slug", $"«{initiative.Slug}» står allerede på rad {firstRow}", $"'{initiative.Slug}' already used on row {firstRow}"));
            else seen[initiative.Slug] = row;
            mapped.Add(initiative);
        }
        if (errors.Count > 0) return new ImportResult(0, 0, errors);

        var now = time.GetUtcNow().UtcDateTime;
        var incomingSlugs = mapped.Select(m => m.Slug).ToList();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.Initiatives.Include(i => i.Locations).Where(i => incomingSlugs.Contains(i.Slug)).ToDictionaryAsync(i => i.Slug, ct);
        int created = 0, updated = 0;
        foreach (var incoming in mapped)
        {
            if (existing.TryGetValue(incoming.Slug, out var current))
            {
                CopyInto(incoming, current);
                current.UpdatedAt = now;
                updated++;
            }
            else
            {
                incoming.CreatedAt = incoming.UpdatedAt = now;
                db.Initiatives.Add(incoming);
                created++;
            }
            if ((created + updated) % 500 == 0)
            {
                await db.SaveChangesAsync(ct);
                progress?.Report(created + updated);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        progress?.Report(created + updated);
        return new ImportResult(created, updated, []);
    }

    private static void CopyInto(Initiative from, Initiative to)
    {
        to.Name = from.Name;
        to.ShortDescription = from.ShortDescription;
        to.LongDescription = from.LongDescription;
        to.Kinds = from.Kinds;
        to.Categories = from.Categories;
        to.Services = from.Services;
        to.Accepts = from.Accepts;
        to.Declines = from.Declines;
        to.OrganisationType = from.OrganisationType;
        to.Locations.Clear();
        to.Locations.AddRange(from.Locations);
        to.OpeningHours = from.OpeningHours;
        to.OpeningHoursNote = from.OpeningHoursNote;
        to.Contact = from.Contact;
        to.Accessibility = from.Accessibility;
        to.Terms = from.Terms;
        to.Status = from.Status;
        to.ClosedReason = from.ClosedReason;
        to.ClosedUntil = from.ClosedUntil;
        to.LastConfirmed = from.LastConfirmed;
        to.IsIllustrative = from.IsIllustrative;
    }
}
