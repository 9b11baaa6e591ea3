using System.Text.Json;
using System.Text.Json.Nodes;

namespace Omigjen.Web.Features.Activities.WhatsOn;

/// <summary>A schema.org Event for an occasion, with its status, place, organizer, capacity, age range and price.</summary>
public static class OccasionJsonLd
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default };

    public static string For(ActivitySeries series, ActivityOccasion o, string place, string url, string organizerUrl, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(o);
        string Local(DateTime utc) => TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone)
            .ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        var e = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Event",
            ["name"] = series.Title,
            ["startDate"] = Local(o.StartUtc),
            ["endDate"] = Local(o.EndUtc),
            ["eventStatus"] = o.Status switch
            {
                OccasionStatus.Cancelled => "https://schema.org/EventCancelled",
                OccasionStatus.Moved => "https://schema.org/EventRescheduled",
                _ => "https://schema.org/EventScheduled",
            },
            ["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode",
            ["url"] = url,
            ["inLanguage"] = series.Language,
            ["location"] = new JsonObject
            {
                ["@type"] = "Place",
                ["name"] = place,
                ["address"] = place,
                ["geo"] = new JsonObject { ["@type"] = "GeoCoordinates", ["latitude"] = o.Latitude, ["longitude"] = o.Longitude },
            },
            ["organizer"] = new JsonObject { ["@type"] = "Organization", ["name"] = series.Initiative?.Name, ["url"] = organizerUrl },
        };
        if (series.Description is { } d) e["description"] = d;
        if (o.Status == OccasionStatus.Moved && o.PreviousStartUtc is { } before) e["previousStartDate"] = Local(before);
        if (o.Capacity is { } c)
        {
            e["maximumAttendeeCapacity"] = c;
            e["remainingAttendeeCapacity"] = o.PlacesLeft;
        }
        if (o.AgeFrom is not null || o.AgeTo is not null) e["typicalAgeRange"] = $"{o.AgeFrom}-{o.AgeTo}";
        if (series.PriceNok is { } price and > 0)
            e["offers"] = new JsonObject { ["@type"] = "Offer", ["price"] = price, ["priceCurrency"] = "NOK", ["url"] = url };
        else e["isAccessibleForFree"] = true;
        // Safe inside <script>: "<" is escaped, so "</script>" in a title cannot end the element.
        return e.ToJsonString(Options);
    }
}
