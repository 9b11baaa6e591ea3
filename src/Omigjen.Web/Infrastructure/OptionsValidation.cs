namespace Omigjen.Web.Infrastructure;

/// <summary>Checks configuration before anything starts, naming each bad setting.</summary>
public static class OptionsValidation
{
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var errors = new List<string>();
        var db = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new();
        if (db.Provider is not ("Sqlite" or "Postgres"))
            errors.Add($"Database:Provider: '{db.Provider}' er ukjent / is unknown; bruk / use 'Sqlite' or 'Postgres'.");
        if (string.IsNullOrWhiteSpace(db.ConnectionString))
            errors.Add("Database:ConnectionString: mangler / is missing.");

        var map = configuration.GetSection(MapOptions.Section).Get<MapOptions>() ?? new();
        if (!Uri.TryCreate(map.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out _)
            || !map.TileUrl.Contains("{z}", StringComparison.Ordinal) || !map.TileUrl.Contains("{x}", StringComparison.Ordinal)
            || !map.TileUrl.Contains("{y}", StringComparison.Ordinal))
            errors.Add("Map:TileUrl: må være en URL med {z}, {x} og {y} / must be a URL containing {z}, {x} and {y}.");
        if (string.IsNullOrWhiteSpace(map.Attribution))
            errors.Add("Map:Attribution: mangler; kartdata skal krediteres / is missing; map data must be credited.");
        if (map.CenterLatitude is < -90 or > 90)
            errors.Add("Map:CenterLatitude: må være mellom -90 og 90 / must be between -90 and 90.");
        if (map.CenterLongitude is < -180 or > 180)
            errors.Add("Map:CenterLongitude: må være mellom -180 og 180 / must be between -180 and 180.");
        if (map.Zoom is < 1 or > 20 || map.MaxZoom is < 1 or > 20)
            errors.Add("Map:Zoom / Map:MaxZoom: må være mellom 1 og 20 / must be between 1 and 20.");

        var m = configuration.GetSection(MunicipalityOptions.Section).Get<MunicipalityOptions>() ?? new();
        if (string.IsNullOrWhiteSpace(m.Name))
            errors.Add("Municipality:Name: mangler / is missing.");
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(m.TimeZone, out _))
            errors.Add($"Municipality:TimeZone: '{m.TimeZone}' er ikke en IANA-tidssone / is not an IANA time zone.");
        errors.AddRange(TrustedProxies.Errors(configuration));
        return errors;
    }
}
