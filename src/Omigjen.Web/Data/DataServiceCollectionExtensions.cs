using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Features.Items.Search;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AppDbContext"/> for the configured provider (SQLite by default). Both provider contexts are
    /// registered and the choice is made when the context is resolved, so configuration added late (by a test host)
    /// still counts.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services)
    {
        services.AddDbContext<SqliteAppDbContext>((sp, o) =>
        {
            var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            o.UseSqlite(SqliteConnectionStringUnderRoot(options.ConnectionString, root));
            // Items keep their analysed search terms and the vocabulary in step on every save.
            o.AddInterceptors(ItemIndexingInterceptor.Instance);
        });
        services.AddDbContext<PostgresAppDbContext>((sp, o) => o
            .UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString)
            .AddInterceptors(ItemIndexingInterceptor.Instance));
        services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == "Postgres"
            ? sp.GetRequiredService<PostgresAppDbContext>()
            : sp.GetRequiredService<SqliteAppDbContext>());
        return services;
    }

    /// <summary>A relative SQLite file path is taken from the content root, and its folder is created.</summary>
    internal static string SqliteConnectionStringUnderRoot(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            if (!Path.IsPathRooted(builder.DataSource))
                builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        // Writers wait for the lock instead of failing at once.
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
