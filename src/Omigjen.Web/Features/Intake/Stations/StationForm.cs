using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure.Forms;
using Omigjen.Web.Infrastructure.Input;

namespace Omigjen.Web.Features.Intake.Stations;

/// <summary>A station as the administrator edits it; every problem is named in both languages beside its field.</summary>
public sealed class StationForm
{
    [StringLength(TextLimits.Name)] public string? Name { get; set; }
    [StringLength(40)] public string? Kind { get; set; } = nameof(StationKind.RecyclingStation);
    [StringLength(TextLimits.Line)] public string? Address { get; set; }
    [StringLength(40)] public string? Latitude { get; set; }
    [StringLength(40)] public string? Longitude { get; set; }
    [StringLength(StationConfiguration.HoursMax)] public string? OpeningHours { get; set; }

    public static string Key(string property) => "Form." + property;

    public static StationForm Of(Station s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new StationForm
        {
            Name = s.Name, Kind = s.Kind.ToString(), Address = s.Address, OpeningHours = s.OpeningHours,
            Latitude = s.Latitude.ToString(CultureInfo.InvariantCulture), Longitude = s.Longitude.ToString(CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Checks the form and copies it onto <paramref name="station"/>; false (and nothing copied) when something is wrong.</summary>
    public bool TryApply(ModelStateDictionary errors, Station station)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(station);
        var name = (Name ?? "").Trim();
        if (name.Length is 0 or > TextLimits.Name)
            errors.AddError(Key(nameof(Name)), "station-name", "Navn: skriv stasjonens navn (høyst 200 tegn).", "Name: enter the station's name (at most 200 characters).");
        var address = (Address ?? "").Trim();
        if (address.Length is 0 or > TextLimits.Line)
            errors.AddError(Key(nameof(Address)), "station-address", "Adresse: skriv adressen (høyst 200 tegn).", "Address: enter the address (at most 200 characters).");
        if (!Enum.TryParse<StationKind>(Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || (Kind ?? "").Any(char.IsDigit))
            errors.AddError(Key(nameof(Kind)), "station-kind", "Type: velg gjenvinningsstasjon eller senterets mottak.", "Type: choose recycling station or the centre's intake.");
        var lat = Coordinate(Latitude, 90);
        if (lat is null)
            errors.AddError(Key(nameof(Latitude)), "station-lat", "Breddegrad: skriv et tall mellom -90 og 90, for eksempel 59,83.", "Latitude: enter a number between -90 and 90, for example 59.83.");
        var lon = Coordinate(Longitude, 180);
        if (lon is null)
            errors.AddError(Key(nameof(Longitude)), "station-lon", "Lengdegrad: skriv et tall mellom -180 og 180, for eksempel 10,43.", "Longitude: enter a number between -180 and 180, for example 10.43.");
        var hours = (OpeningHours ?? "").Trim();
        if (hours.Length is 0 or > StationConfiguration.HoursMax)
            errors.AddError(Key(nameof(OpeningHours)), "station-hours", "Åpningstider: skriv tidene, for eksempel Mo-Fr 07:00-19:00; Sa 09:00-15:00.",
                "Opening hours: enter the hours, for example Mo-Fr 07:00-19:00; Sa 09:00-15:00.");
        else if (OpeningHoursSchedule.Parse(hours).Error is { } e)
            errors.AddError(Key(nameof(OpeningHours)), "station-hours", OpeningHoursErrorText.For("Åpningstider", "Opening hours", hours, e));
        if (!errors.IsValid) return false;
        station.Name = name;
        station.Address = address;
        station.Kind = kind;
        station.Latitude = lat!.Value;
        station.Longitude = lon!.Value;
        station.OpeningHours = hours;
        return true;
    }

    private static double? Coordinate(string? text, double limit)
    {
        var t = (text ?? "").Trim().Replace(',', '.');
        return double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
               && double.IsFinite(v) && Math.Abs(v) <= limit ? v : null;
    }
}
