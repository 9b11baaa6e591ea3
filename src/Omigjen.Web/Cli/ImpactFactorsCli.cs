using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Cli;

/// <summary><c>impact-factors</c>: loads a new factor set from a file, or writes one out (docs/impact-factors.md).</summary>
internal static class ImpactFactorsCli
{
    public static async Task<int> LoadAsync(IServiceProvider services, IConfiguration configuration, string file)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var clock = services.GetRequiredService<MunicipalClock>();
        var validFrom = clock.Today;
        if (configuration["valid-from"] is { } day
            && !DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out validFrom))
        {
            await Console.Error.WriteLineAsync($"--valid-from: «{day}» er ikke en dato ÅÅÅÅ-MM-DD / is not a date YYYY-MM-DD");
            return 64;
        }
        await DatabaseSetup.MigrateAsync(db);
        Console.WriteLine($"Laster faktorsett / loading factor set: {file}, gyldig fra / valid from {validFrom:yyyy-MM-dd} ...");
        var result = await FactorSetLoader.LoadFileAsync(db, file, configuration["name"], validFrom, configuration["notes"],
            clock.Now.UtcDateTime, new SyncProgress());
        if (result.Version is not { } version)
        {
            foreach (var e in result.Errors) await Console.Error.WriteLineAsync("  " + e);
            await Console.Error.WriteLineAsync($"Ingenting ble lastet inn: {result.Errors.Count} feil / nothing was loaded: {result.Errors.Count} errors");
            return 1;
        }
        Console.WriteLine($"Ferdig / done: faktorsett / factor set {version}, {result.Rows} rader / rows.");
        return 0;
    }

    public static async Task<int> ExportAsync(IServiceProvider services, IConfiguration configuration, string target)
    {
        var db = services.GetRequiredService<AppDbContext>();
        await DatabaseSetup.MigrateAsync(db);
        var version = configuration.GetValue<int?>("version")
            ?? await services.GetRequiredService<ImpactLedger>().CurrentVersionAsync(db, CancellationToken.None);
        var rows = (await db.Factors.AsNoTracking().Where(f => f.FactorSetVersion == version).ToListAsync())
            .OrderBy(f => f.Activity).ThenBy(f => f.Category).ToList();
        if (rows.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Finner ikke faktorsett {version} / no factor set {version}");
            return 1;
        }
        await File.WriteAllTextAsync(target, FactorSetCsv.Write(rows));
        Console.WriteLine($"Faktorsett / factor set {version} skrevet til / written to {target}: {rows.Count} rader / rows.");
        return 0;
    }

    /// <summary>Writes at once on the loading thread.</summary>
    private sealed class SyncProgress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine("  " + value);
    }
}
