using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Omigjen.Web.Data;

namespace Omigjen.Web.Tests.Infrastructure;

/// <summary>
/// The app on a fresh database of the given kind, migrated with the shipped migrations and loaded with the demo data,
/// with a clock the test controls.
/// </summary>
public abstract class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"omigjen-test-{Guid.NewGuid():N}.db");
    private string? _postgres;

    protected AppFactory(DatabaseKind kind) => Kind = kind;

    public DatabaseKind Kind { get; }

    public TestClock Clock { get; } = new();

    /// <summary>The SMTP server on loopback that the app sends its e-mail to.</summary>
    public SmtpTestServer Mail { get; } = new();

    /// <summary>Every SMS the app sends (in place of the gateway); see <see cref="RecordingSmsSender"/>.</summary>
    public RecordingSmsSender Sms { get; } = new();

    public async Task InitializeAsync()
    {
        if (Kind == DatabaseKind.Postgres) _postgres = await PostgresServer.CreateDatabaseAsync();
        Start(); // migrations and demo data run now
    }

    protected virtual void Start() => _ = Server;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Kind == DatabaseKind.Postgres ? "Postgres" : "Sqlite");
        builder.UseSetting("Database:ConnectionString", Kind == DatabaseKind.Postgres ? _postgres : $"Data Source={_sqlitePath}");
        builder.UseSetting("Database:MigrateOnStart", "true");
        builder.UseSetting("Database:SeedDemoWhenEmpty", "true");
        builder.UseSetting("RateLimits:ApiPerMinute", "100000");
        builder.UseSetting("RateLimits:AuthPerMinute", AuthPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:WritesPerMinute", "100000");
        builder.UseSetting("RateLimits:OrdsExportPerMinute", "100000");
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", Mail.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Security", "None");
        builder.UseSetting("Security:CookieSecurePolicy", CookieSecurePolicy);
        builder.UseSetting("Site:PublicBaseUrl", "https://localhost");
        // Notices go out within a few tens of milliseconds, so a test that waits for an e-mail waits briefly.
        builder.UseSetting("Notices:PollInterval", "00:00:00.050");
        builder.UseSetting("Lending:JobsEnabled", "false"); // tests run the lending job themselves (LendingJobs.RunOnceAsync)
        builder.UseSetting("Activities:SignUpJobsEnabled", "false"); // and the sign-up job (SignUpJobs.RunOnceAsync)
        builder.UseSetting("Activities:JobsEnabled", "false"); // and the activities job (OccasionJobs.RunOnceAsync)
        builder.UseSetting("WorkTraining:JobsEnabled", "false"); // and the work-training job (WorkTrainingJobs.RunOnceAsync)
        builder.UseSetting("Intake:JobsEnabled", "false"); // and the intake job (IntakeJobs.RunOnceAsync)
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.RemoveAll<Omigjen.Web.Infrastructure.Sms.ISmsSender>();
            services.AddSingleton<Omigjen.Web.Infrastructure.Sms.ISmsSender>(Sms);
        });
    }

    /// <summary>Sign-in and sign-up attempts per minute; high unless a test is about the limit.</summary>
    protected virtual int AuthPerMinute => 100000;

    /// <summary>Secure cookies, as in production; the in-memory test client speaks HTTPS.</summary>
    protected virtual string CookieSecurePolicy => "Always";

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        ArgumentNullException.ThrowIfNull(client);
        client.BaseAddress = new Uri("https://localhost");
    }

    /// <summary>Runs <paramref name="work"/> with a database context of its own.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        await Mail.DisposeAsync();
        if (_postgres is not null) await PostgresServer.DropDatabaseAsync(_postgres);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(_sqlitePath + suffix);
    }
}

public sealed class SqliteAppFactory() : AppFactory(DatabaseKind.Sqlite);

public sealed class PostgresAppFactory() : AppFactory(DatabaseKind.Postgres);
