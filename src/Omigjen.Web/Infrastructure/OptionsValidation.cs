using Microsoft.Extensions.Options;

namespace Omigjen.Web.Infrastructure;

/// <summary>
/// Every option set is bound and checked the same way: <c>AddOptions&lt;T&gt;().BindConfiguration(T.Section)</c>, its
/// checks (each failure names the setting, in bokmål and English), <c>ValidateOnStart()</c>. <see cref="Validate(IServiceProvider)"/>
/// runs all of them before anything starts, so a bad setting stops the app (and the CLI) with every problem named.
/// </summary>
public static class OptionsValidation
{
    /// <summary>The site's own option sets: database, map and municipality.</summary>
    public static IServiceCollection AddSiteOptions(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).Check(Database).ValidateOnStart();
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.Section).Check(Map).ValidateOnStart();
        services.AddOptions<MunicipalityOptions>().BindConfiguration(MunicipalityOptions.Section).Check(Municipality).ValidateOnStart();
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.Section).ValidateOnStart();
        return services;
    }

    /// <summary>Adds a check that may name several problems at once.</summary>
    public static OptionsBuilder<T> Check<T>(this OptionsBuilder<T> builder, Func<T, IEnumerable<string>> problems) where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IValidateOptions<T>>(new ProblemsValidator<T>(builder.Name, problems));
        return builder;
    }

    /// <summary>Runs every option check registered with <c>ValidateOnStart</c>, and the trusted-proxy list; empty when all is well.</summary>
    public static IReadOnlyList<string> Validate(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var errors = new List<string>();
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException e)
        {
            errors.AddRange(e.Failures);
        }
        catch (AggregateException e)
        {
            errors.AddRange(e.InnerExceptions.OfType<OptionsValidationException>().SelectMany(x => x.Failures));
        }
        errors.AddRange(TrustedProxies.Errors(services.GetRequiredService<IConfiguration>()));
        return errors;
    }

    /// <summary>The site's own settings in a configuration, checked without starting the app.</summary>
    public static IReadOnlyList<string> Validate(IConfiguration configuration)
    {
        var services = new ServiceCollection().AddSingleton(configuration).AddSiteOptions();
        using var provider = services.BuildServiceProvider();
        return Validate(provider);
    }

    private static IEnumerable<string> Database(DatabaseOptions db)
    {
        if (db.Provider is not ("Sqlite" or "Postgres"))
            yield return $"Database:Provider: '{db.Provider}' er ukjent / is unknown; bruk / use 'Sqlite' or 'Postgres'.";
        if (string.IsNullOrWhiteSpace(db.ConnectionString))
            yield return "Database:ConnectionString: mangler / is missing.";
    }

    private static IEnumerable<string> Map(MapOptions map)
    {
        if (!Uri.TryCreate(map.TileUrl.Replace("{", "", StringComparison.Ordinal).Replace("}", "", StringComparison.Ordinal), UriKind.Absolute, out _)
            || !map.TileUrl.Contains("{z}", StringComparison.Ordinal) || !map.TileUrl.Contains("{x}", StringComparison.Ordinal)
            || !map.TileUrl.Contains("{y}", StringComparison.Ordinal))
            yield return "Map:TileUrl: må være en URL med {z}, {x} og {y} / must be a URL containing {z}, {x} and {y}.";
        if (string.IsNullOrWhiteSpace(map.Attribution))
            yield return "Map:Attribution: mangler; kartdata skal krediteres / is missing; map data must be credited.";
        if (map.CenterLatitude is < -90 or > 90)
            yield return "Map:CenterLatitude: må være mellom -90 og 90 / must be between -90 and 90.";
        if (map.CenterLongitude is < -180 or > 180)
            yield return "Map:CenterLongitude: må være mellom -180 og 180 / must be between -180 and 180.";
        if (map.Zoom is < 1 or > 20 || map.MaxZoom is < 1 or > 20)
            yield return "Map:Zoom / Map:MaxZoom: må være mellom 1 og 20 / must be between 1 and 20.";
    }

    private static IEnumerable<string> Municipality(MunicipalityOptions m)
    {
        if (string.IsNullOrWhiteSpace(m.Name))
            yield return "Municipality:Name: mangler / is missing.";
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(m.TimeZone, out _))
            yield return $"Municipality:TimeZone: '{m.TimeZone}' er ikke en IANA-tidssone / is not an IANA time zone.";
    }

    private sealed class ProblemsValidator<T>(string? name, Func<T, IEnumerable<string>> problems) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options)
        {
            if (name is not null && name != optionsName) return ValidateOptionsResult.Skip;
            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
