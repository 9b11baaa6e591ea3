using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Accounts;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Audit;
using Omigjen.Web.Infrastructure.Input;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Admin;

/// <summary>
/// The municipality's settings: name and contact (header and footer), the map's start view, and which modules are on.
/// An empty field falls back to configuration.
/// </summary>
public sealed partial class SettingsModel(
    AppDbContext db, SiteSettings siteSettings, IOutputCacheStore outputCache, AuditLog audit, TimeProvider time,
    IOptions<MunicipalityOptions> municipality, IOptions<MapOptions> map) : AdminPageModel
{
    [BindProperty, StringLength(TextLimits.Name), SingleLine] public string? Name { get; set; }
    [BindProperty, StringLength(TextLimits.Email), SingleLine] public string? ContactEmail { get; set; }
    [BindProperty, StringLength(TextLimits.Phone), SingleLine] public string? ContactPhone { get; set; }
    [BindProperty, StringLength(40), SingleLine] public string? Latitude { get; set; }
    [BindProperty, StringLength(40), SingleLine] public string? Longitude { get; set; }
    [BindProperty, StringLength(10), SingleLine] public string? Zoom { get; set; }
    [BindProperty, EachStringLength(40), SingleLine] public List<string> Modules { get; set; } = [];

    public MunicipalityOptions Defaults => municipality.Value;
    public MapOptions MapDefaults => map.Value;

    public async Task OnGetAsync(int? lagret, CancellationToken ct)
    {
        if (lagret == 1) StatusMessage = L.T("Innstillingene er lagret.", "The settings are saved.");
        var row = await db.MunicipalitySettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == 1, ct) ?? new MunicipalitySettings();
        Name = row.Name;
        ContactEmail = row.ContactEmail;
        ContactPhone = row.ContactPhone;
        Latitude = row.MapCenterLatitude?.ToString(CultureInfo.InvariantCulture);
        Longitude = row.MapCenterLongitude?.ToString(CultureInfo.InvariantCulture);
        Zoom = row.MapZoom?.ToString(CultureInfo.InvariantCulture);
        Modules = SiteModules.All.Select(m => m.Key).Where(k => !row.DisabledModules.Contains(k)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = Clean(Name);
        var email = Clean(ContactEmail);
        var phone = Clean(ContactPhone);
        if (name is { Length: > 200 })
            Errors.Add("name", "Kommunens navn: kan ha høyst 200 tegn.", "Municipality name: can have at most 200 characters.");
        if (email is not null && (email.Length > 256 || !new EmailAddressAttribute().IsValid(email)))
            Errors.Add("contact-email", "Kontakt-e-post: skriv en gyldig e-postadresse, for eksempel ombruk@kommune.no.",
                "Contact e-mail: enter a valid e-mail address, for example reuse@municipality.no.");
        if (phone is not null && !PhonePattern().IsMatch(phone))
            Errors.Add("contact-phone", "Kontakttelefon: bruk bare sifre, mellomrom og eventuelt + først, for eksempel +47 66 76 00 00.",
                "Contact phone: use only digits, spaces and optionally a leading +, for example +47 66 76 00 00.");
        var latitude = Number(Latitude, "latitude", -90, 90, "Breddegrad", "Latitude", "59.833");
        var longitude = Number(Longitude, "longitude", -180, 180, "Lengdegrad", "Longitude", "10.435");
        if (latitude.HasValue != longitude.HasValue && Errors.For("latitude") is null && Errors.For("longitude") is null)
        {
            if (latitude is null)
                Errors.Add("latitude", "Breddegrad: fyll ut begge koordinatene for kartets midtpunkt, eller ingen av dem.", "Latitude: fill in both coordinates of the map centre, or neither.");
            else
                Errors.Add("longitude", "Lengdegrad: fyll ut begge koordinatene for kartets midtpunkt, eller ingen av dem.", "Longitude: fill in both coordinates of the map centre, or neither.");
        }
        int? zoom = null;
        if (Clean(Zoom) is { } z)
        {
            if (int.TryParse(z, NumberStyles.Integer, CultureInfo.InvariantCulture, out var zi) && zi >= 1 && zi <= map.Value.MaxZoom)
                zoom = zi;
            else
                Errors.Add("zoom", $"Zoomnivå: skriv et helt tall fra 1 til {map.Value.MaxZoom}.", $"Zoom level: enter a whole number from 1 to {map.Value.MaxZoom}.");
        }
        var unknown = Modules.Where(m => SiteModules.All.All(k => k.Key != m)).ToList();
        if (unknown.Count > 0)
            Errors.Add($"module-{SiteModules.All[0].Key}", "Moduler: ukjent modul i skjemaet. Last siden på nytt.", "Modules: unknown module in the form. Reload the page.");
        if (Errors.Any) return Page();

        var disabled = SiteModules.All.Select(m => m.Key).Where(k => !Modules.Contains(k)).ToList();
        var changed = await SaveAsync(name, email, phone, latitude, longitude, zoom, disabled, ct);
        siteSettings.Invalidate();
        // Public pages are kept in the output cache with the old name in the header and footer.
        await outputCache.EvictByTagAsync(DirectoryOutputCache.Tag, ct);
        if (changed.Count > 0)
            await audit.WriteAsync("settings-changed", User.UserId(), User.FindFirst(System.Security.Claims.ClaimTypes.Email)?.Value ?? User.Identity?.Name ?? "",
                detail: string.Join("; ", changed), ct: ct);
        return RedirectToPage("/Admin/Settings", new { lagret = 1 });

    }

    /// <summary>Writes the one row (creating it when missing) and returns what changed, for the log.</summary>
    private async Task<List<string>> SaveAsync(string? name, string? email, string? phone, double? latitude, double? longitude, int? zoom,
        List<string> disabled, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var row = await db.MunicipalitySettings.FirstOrDefaultAsync(s => s.Id == 1, ct);
            if (row is null)
            {
                row = new MunicipalitySettings { Id = 1 };
                db.MunicipalitySettings.Add(row);
            }
            var changed = new List<string>();
            void Note(string field, object? before, object? after)
            {
                if (!Equals(before, after)) changed.Add($"{field}: {Show(before)} → {Show(after)}");
            }
            Note("name", row.Name, name);
            Note("contact-email", row.ContactEmail, email);
            Note("contact-phone", row.ContactPhone, phone);
            Note("map-latitude", row.MapCenterLatitude, latitude);
            Note("map-longitude", row.MapCenterLongitude, longitude);
            Note("map-zoom", row.MapZoom, zoom);
            Note("disabled-modules", string.Join(",", row.DisabledModules.Order(StringComparer.Ordinal)), string.Join(",", disabled.Order(StringComparer.Ordinal)));
            row.Name = name;
            row.ContactEmail = email;
            row.ContactPhone = phone;
            row.MapCenterLatitude = latitude;
            row.MapCenterLongitude = longitude;
            row.MapZoom = zoom;
            row.DisabledModules = disabled;
            row.UpdatedAt = time.GetUtcNow().UtcDateTime;
            try
            {
                await db.SaveChangesAsync(ct);
                return changed;
            }
            catch (DbUpdateException) when (attempt == 0)
            {
                // Another administrator created the row at the same moment: save over it.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "–",
        double d => d.ToString(CultureInfo.InvariantCulture),
        string { Length: 0 } => "–",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "–",
    };

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    /// <summary>A decimal number in a range; a decimal comma (as Norwegians write it) is accepted.</summary>
    private double? Number(string? text, string field, double min, double max, string nb, string en, string example)
    {
        if (Clean(text) is not { } t) return null;
        if (double.TryParse(t.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
            return value;
        Errors.Add(field, $"{nb}: skriv et tall mellom {min} og {max}, for eksempel {example}.", $"{en}: enter a number between {min} and {max}, for example {example}.");
        return null;
    }

    [GeneratedRegex(@"^\+?[0-9][0-9 ]{2,29}$")]
    private static partial Regex PhonePattern();
}
