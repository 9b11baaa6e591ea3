namespace Omigjen.Web.Infrastructure.Settings;

/// <summary>
/// Settings an administrator changes in the app (one row). An empty value falls back to configuration
/// (<c>Municipality</c> and <c>Map</c> sections).
/// </summary>
public sealed class MunicipalitySettings
{
    public int Id { get; set; } = 1;
    public string? Name { get; set; }
    public string? ContactEmail { get; set; }
    public string? ContactPhone { get; set; }
    public double? MapCenterLatitude { get; set; }
    public double? MapCenterLongitude { get; set; }
    public int? MapZoom { get; set; }

    /// <summary>Modules switched off (by key, e.g. <c>portal-registration</c>); everything else is on.</summary>
    public List<string> DisabledModules { get; set; } = [];

    public DateTime UpdatedAt { get; set; }
}
