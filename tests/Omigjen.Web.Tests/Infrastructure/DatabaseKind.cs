namespace Omigjen.Web.Tests.Infrastructure;

public enum DatabaseKind { Sqlite, Postgres }
