using Microsoft.EntityFrameworkCore;

namespace Omigjen.Web.Data;

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
