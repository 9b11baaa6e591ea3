using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Factors;

/// <summary>
/// Loads a new factor set from a file, all or nothing: its version is the next whole number, and acts already recorded
/// keep the version they were computed with.
/// </summary>
public static class FactorSetLoader
{
    public sealed record Result(int? Version, int Rows, IReadOnlyList<ImportError> Errors);

    public static async Task<Result> LoadFileAsync(AppDbContext db, string path, string? name, DateOnly validFrom, string? notes, DateTime now,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!File.Exists(path)) return new(null, 0, [new(0, "file", $"finner ikke filen {path}", $"file not found: {path}")]);
        var text = await File.ReadAllTextAsync(path, ct);
        return await LoadAsync(db, text, string.IsNullOrWhiteSpace(name) ? Path.GetFileNameWithoutExtension(path) : name, validFrom, notes, now, progress, ct);
    }

    public static async Task<Result> LoadAsync(AppDbContext db, string text, string name, DateOnly validFrom, string? notes, DateTime now,
        IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var read = FactorSetCsv.Read(text);
        progress?.Report($"{read.Rows.Count} rader lest og sjekket / rows read and checked, {read.Errors.Count} feil / errors");
        var errors = read.Errors.ToList();
        if (name.Trim() is { Length: 0 or > 200 })
            errors.Add(new(0, "name", "navnet må ha 1 til 200 tegn", "the name must have 1 to 200 characters"));
        if (notes is { Length: > 4000 }) errors.Add(new(0, "notes", "notatet kan ha høyst 4000 tegn", "the notes can have at most 4000 characters"));
        if (errors.Count > 0) return new(null, 0, errors);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var version = (await db.FactorSets.MaxAsync(s => (int?)s.Version, ct) ?? 0) + 1;
        // Explicit ids: the first set is seed data with ids of its own, which PostgreSQL's identity sequence does not know.
        var nextId = (await db.Factors.MaxAsync(f => (int?)f.Id, ct) ?? 0) + 1;
        var set = new FactorSet { Version = version, Name = name.Trim(), Notes = notes?.Trim() ?? "", ValidFrom = validFrom, LoadedAt = now };
        foreach (var row in read.Rows)
        {
            row.Id = nextId++;
            row.FactorSetVersion = version;
            set.Factors.Add(row);
        }
        db.FactorSets.Add(set);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        progress?.Report($"Faktorsett / factor set {version} lagret / saved: {read.Rows.Count} rader / rows");
        return new(version, read.Rows.Count, []);
    }
}
