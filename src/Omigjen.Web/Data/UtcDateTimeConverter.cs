using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Omigjen.Web.Data;

/// <summary>Stores a <see cref="DateTime"/> as UTC and reads it back marked as UTC (see <see cref="AppDbContext"/>).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
