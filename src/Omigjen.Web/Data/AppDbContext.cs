using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Data;

/// <summary>The one model. Each database has a thin subclass so each keeps its own migration set.</summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Initiative> Initiatives => Set<Initiative>();
    public DbSet<InitiativeLocation> InitiativeLocations => Set<InitiativeLocation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
