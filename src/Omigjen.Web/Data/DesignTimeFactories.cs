using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Omigjen.Web.Data;

// Used only by `dotnet ef migrations add`; the connection is never opened.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteAppDbContext>
{
    public SqliteAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteAppDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsAssembly(typeof(AppDbContext).Assembly.FullName))
            .UseApplicationServiceProvider(DesignTimeServices.Provider).Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresAppDbContext>
{
    public PostgresAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresAppDbContext>().UseNpgsql("Host=localhost;Database=design")
            .UseApplicationServiceProvider(DesignTimeServices.Provider).Options);
}

/// <summary>The Identity store options the runtime uses, so the design-time model has the same Identity schema.</summary>
internal static class DesignTimeServices
{
    public static readonly IServiceProvider Provider = new ServiceCollection()
        .Configure<IdentityOptions>(o => o.Stores.SchemaVersion = IdentitySchemaVersions.Version3)
        .BuildServiceProvider();
}
