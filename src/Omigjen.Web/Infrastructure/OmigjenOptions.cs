namespace Omigjen.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public string Provider { get; set; } = "Sqlite";
    public string ConnectionString { get; set; } = "Data Source=data/omigjen.db";

    /// <summary>Apply migrations at start-up. Default: yes for SQLite (the embedded database), no for PostgreSQL.</summary>
    public bool? MigrateOnStart { get; set; }

    /// <summary>Load the demo initiatives into an empty database at start-up. Default: yes for SQLite, no for PostgreSQL.</summary>
    public bool? SeedDemoWhenEmpty { get; set; }
}

public sealed class MapOptions
{
    public const string Section = "Map";
    public string TileUrl { get; set; } = "https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png";
    public string Attribution { get; set; } = "© Kartverket";
    public double CenterLatitude { get; set; } = 59.8330;
    public double CenterLongitude { get; set; } = 10.4350;
    public int Zoom { get; set; } = 11;
    public int MaxZoom { get; set; } = 18;
}

public sealed class MunicipalityOptions
{
    public const string Section = "Municipality";
    public string Name { get; set; } = "Asker kommune";
    public string ContactEmail { get; set; } = "ombruk@asker.kommune.no";
    public string? ContactPhone { get; set; }
    public string? LogoUrl { get; set; }
    public string TimeZone { get; set; } = "Europe/Oslo";
}
