using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Features.Items.Import;
using Omigjen.Web.Infrastructure.Audit;

namespace Omigjen.Web.Cli;

/// <summary>
/// The command-line tools in the same executable: <c>migrate</c>, <c>seed-demo</c>, <c>import initiatives FILE</c>,
/// <c>import items --initiative SLUG FILE [--valid-only]</c>, <c>impact-factors FILE [--valid-from DAY]</c>.
/// Options such as <c>--Database:Provider=Postgres</c> go to configuration as for the web app.
/// </summary>
public static class CommandLine
{
    private static readonly string[] Commands = ["migrate", "seed-demo", "import", "create-admin", "impact-factors", "help", "--help"];

    /// <summary>Options that take no value; they reach configuration as <c>true</c>.</summary>
    private static readonly string[] Flags = ["--valid-only"];

    /// <summary>Separates the command words from configuration options (<c>--Key=value</c> or <c>--Key value</c>), in any order.</summary>
    public static (string[]? Command, string[] HostArgs) Split(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var positional = new List<string>();
        var options = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (Flags.Contains(a))
                options.Add(a + "=true");
            else if (a.StartsWith("--", StringComparison.Ordinal) && a != "--help")
            {
                options.Add(a);
                if (!a.Contains('=', StringComparison.Ordinal) && i + 1 < args.Length) options.Add(args[++i]);
            }
            else positional.Add(a);
        }
        return positional.Count > 0 && Commands.Contains(positional[0]) ? (positional.ToArray(), options.ToArray()) : (null, args);
    }

    public static async Task<int> RunAsync(WebApplication app, string[] command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        var slugs = app.Services.GetRequiredService<SlugAllocator>();
        switch (command)
        {
            case ["migrate"]:
                Console.WriteLine("Migrerer databasen / migrating the database ...");
                await DatabaseSetup.MigrateAsync(db);
                Console.WriteLine("Ferdig / done.");
                return 0;
            case ["seed-demo"]:
                await DatabaseSetup.MigrateAsync(db);
                var seed = await DatabaseSetup.SeedDemoAsync(db, time, slugs, initiativesOnlyIfNone: false, Progress());
                var demo = Report(seed.Initiatives!);
                if (demo == 0)
                {
                    Console.WriteLine($"Demovarer / demo items: {seed.Items} nye / created.");
                    Console.WriteLine($"Demo-utlånstyper / demo lending types: {seed.LendingTypes} nye / created.");
                }
                return demo;
            case ["import", "initiatives", var file]:
                Console.WriteLine($"Importerer / importing {file} ...");
                return Report(await InitiativeImporter.ImportFileAsync(db, file, time, slugs, progress: Progress()));
            case ["import", "items", var file]:
                return await ImportItemsAsync(scope.ServiceProvider, app.Configuration, file);
            case ["impact-factors", var file]:
                return await ImpactFactorsCli.LoadAsync(scope.ServiceProvider, app.Configuration, file);
            case ["impact-factors"] when app.Configuration["export"] is { Length: > 0 } target:
                return await ImpactFactorsCli.ExportAsync(scope.ServiceProvider, app.Configuration, target);
            case ["create-admin"]:
                return await CreateAdminAsync(scope.ServiceProvider, app.Configuration["email"]);
            default:
                Console.WriteLine("""
                    Bruk / usage: Omigjen.Web <kommando> [--Innstilling=verdi ...]
                      migrate                      opprett eller oppgrader databasen / create or upgrade the database
                      seed-demo                    last inn demodata (samme import som ekte data) / load the demo data
                      import initiatives <fil>     importer tiltak fra CSV eller JSON, alt eller ingenting / import initiatives
                      import items --initiative <slug> <fil> [--valid-only]
                                                   importer varer fra et regneark (CSV) til ett tiltak, alt eller ingenting;
                                                   --valid-only importerer de gyldige radene / import items from a spreadsheet
                                                   (CSV) into one initiative, all or nothing; --valid-only imports the valid rows
                      impact-factors <fil.csv> [--valid-from ÅÅÅÅ-MM-DD] [--name <navn>] [--notes <tekst>]
                                                   last inn et nytt faktorsett for ombrukstallene, alt eller ingenting /
                                                   load a new impact factor set, all or nothing (docs/impact-factors.md)
                      impact-factors --export <fil.csv> [--version <n>]
                                                   skriv et faktorsett (standard: det gjeldende) til fil / write a factor set
                                                   (default: the current one) to a file
                      create-admin --email <adr>   lag eller forfrem en administrator og skriv ut en engangslenke for innlogging /
                                                   create or promote an administrator and print a one-time sign-in link
                    Formatet / the format: docs/import-format.md
                    """);
                return command is ["help"] or ["--help"] ? 0 : 64;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || !new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email))
        {
            await Console.Error.WriteLineAsync("--email: skriv en gyldig e-postadresse / give a valid e-mail address, e.g. create-admin --email navn@kommune.no");
            return 64;
        }
        await DatabaseSetup.MigrateAsync(services.GetRequiredService<AppDbContext>());
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        var time = services.GetRequiredService<TimeProvider>();
        if (!await roles.RoleExistsAsync(Roles.Admin)) await roles.CreateAsync(new IdentityRole(Roles.Admin));
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow().UtcDateTime };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                await Console.Error.WriteLineAsync("Kunne ikke lage brukeren / could not create the user: " + string.Join("; ", created.Errors.Select(e => e.Description)));
                return 1;
            }
        }
        if (!await users.IsInRoleAsync(user, Roles.Admin)) await users.AddToRoleAsync(user, Roles.Admin);
        await services.GetRequiredService<AuditLog>().WriteAsync("role-granted", null, "create-admin (CLI)", detail: $"{email}: {Roles.Admin}");
        var link = await services.GetRequiredService<AccountEmails>().CreateOneTimeSignInLinkAsync(user);
        Console.WriteLine($"{email} er administrator / is an administrator.");
        Console.WriteLine("Engangslenke for innlogging (gyldig i 24 timer) / one-time sign-in link (valid for 24 hours):");
        Console.WriteLine(link);
        return 0;
    }

    private static async Task<int> ImportItemsAsync(IServiceProvider services, IConfiguration configuration, string file)
    {
        var slug = configuration["initiative"];
        if (string.IsNullOrWhiteSpace(slug))
        {
            await Console.Error.WriteLineAsync("--initiative: oppgi tiltakets slug / give the initiative's slug, e.g. import items --initiative bua-asker varer.csv");
            return 64;
        }
        var options = new ItemImportOptions(ValidOnly: configuration.GetValue("valid-only", false));
        var db = services.GetRequiredService<AppDbContext>();
        var time = services.GetRequiredService<TimeProvider>();
        Console.WriteLine($"Importerer varer / importing items: {file} → {slug}{(options.ValidOnly ? " (bare gyldige rader / valid rows only)" : "")} ...");
        var started = time.GetTimestamp();
        var result = await ItemImporter.ImportFileAsync(db, services.GetRequiredService<IItemHolds>(), slug, file, options, time, SyncProgress());
        var seconds = time.GetElapsedTime(started).TotalSeconds;
        foreach (var e in result.Errors.Take(MaxErrorsShown)) Console.Error.WriteLine("  " + e);
        if (result.Errors.Count > MaxErrorsShown)
            Console.Error.WriteLine($"  ... og {result.Errors.Count - MaxErrorsShown} feil til / and {result.Errors.Count - MaxErrorsShown} more errors");
        if (!result.Written)
        {
            Console.Error.WriteLine($"Ingenting ble importert: {result.Errors.Count} feil / nothing was imported: {result.Errors.Count} errors");
            return 1;
        }
        var rate = seconds > 0 ? (result.Created + result.Updated) / seconds : 0;
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"Ferdig / done: {result.Created} nye / created, {result.Updated} oppdatert / updated, {result.Skipped} hoppet over / skipped ({seconds:0.00} s, {rate:0} rader/s / rows/s)."));
        if (result.Created + result.Updated > 0)
            await services.GetRequiredService<AuditLog>().WriteAsync("items-imported", null, "import items (CLI)",
                await db.Initiatives.Where(i => i.Slug == slug).Select(i => (int?)i.Id).FirstOrDefaultAsync(),
                $"{Path.GetFileName(file)}: {result.Created} created, {result.Updated} updated, {result.Skipped} skipped");
        return 0;
    }

    private const int MaxErrorsShown = 200;

    /// <summary>Writes at once on the importing thread (Progress&lt;T&gt; would post to the thread pool and print late).</summary>
    private static SyncProgressReporter SyncProgress() => new();

    private sealed class SyncProgressReporter : IProgress<int>
    {
        public void Report(int value) => Console.WriteLine($"  {value} rader skrevet / rows written");
    }

    private static Progress<int> Progress() => new(n => Console.WriteLine($"  {n} rader lagret / rows saved"));

    private static int Report(ImportResult result)
    {
        if (result.Succeeded)
        {
            Console.WriteLine($"Ferdig / done: {result.Created} nye / created, {result.Updated} oppdatert / updated.");
            return 0;
        }
        Console.Error.WriteLine($"Ingenting ble importert: {result.Errors.Count} feil / nothing was imported: {result.Errors.Count} errors");
        foreach (var e in result.Errors) Console.Error.WriteLine("  " + e);
        return 1;
    }
}
