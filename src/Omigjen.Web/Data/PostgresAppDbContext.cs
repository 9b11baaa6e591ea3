using Microsoft.EntityFrameworkCore;

namespace Omigjen.Web.Data;

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options);
