using System.Globalization;
using Omigjen.OpeningHours;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>The one-line answer to "can I go now?" for an entry, in the request's language.</summary>
public static class StatusText
{
    public static string For(DirectoryEntry entry, DateTimeOffset now, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var i = entry.Initiative;
        if (i.Status == InitiativeStatus.Archived)
            return L.T("Nedlagt", "Closed down");
        if (i.Status == InitiativeStatus.TemporarilyClosed)
        {
            var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
            if (i.ClosedUntil is null) return L.T("Midlertidig stengt", "Temporarily closed");
            if (i.ClosedUntil >= today)
                return L.T($"Midlertidig stengt til og med {i.ClosedUntil.Value.ToString("d. MMMM", CultureInfo.GetCultureInfo("nb-NO"))}",
                    $"Temporarily closed until {i.ClosedUntil.Value.ToString("d MMMM", CultureInfo.GetCultureInfo("en-GB"))}");
        }
        if (entry.Schedule is null)
            return L.T("Åpningstider ikke oppgitt", "Opening hours not given");
        return OpeningHoursText.DescribeStatus(entry.Schedule, now, entry.Context, L.IsEnglish ? Language.En : Language.Nb);
    }
}
