using System.Globalization;
using System.Text.Json;

namespace Omigjen.OpeningHours;

/// <summary>Reads school holiday periods with <see cref="JsonDocument"/>: no reflection (trim/AOT safe) and
/// error messages that name the period and field at fault.</summary>
internal static class SchoolHolidayJson
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static List<SchoolHolidayPeriod> Read(string json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            throw new SchoolHolidayDataException("School holiday JSON is empty.");
        }

        try
        {
            using var document = JsonDocument.Parse(json, Options);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("periods", out var inner))
            {
                root = inner;
            }

            if (root.ValueKind != JsonValueKind.Array)
            {
                throw new SchoolHolidayDataException("School holiday JSON must be an array of periods or an object with a \"periods\" array.");
            }

            var periods = new List<SchoolHolidayPeriod>(root.GetArrayLength());
            int index = 0;
            foreach (var element in root.EnumerateArray())
            {
                periods.Add(ReadPeriod(element, index++));
            }

            return periods;
        }
        catch (JsonException ex)
        {
            throw new SchoolHolidayDataException($"School holiday JSON is malformed at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }
    }

    private static SchoolHolidayPeriod ReadPeriod(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new SchoolHolidayDataException($"School holiday period {index} is not an object.");
        }

        var from = ReadDate(element, "from", index);
        var to = ReadDate(element, "to", index);
        var nameNb = ReadString(element, "nameNb", index)
            ?? throw new SchoolHolidayDataException($"School holiday period {index} has no \"nameNb\".");
        var nameEn = ReadString(element, "nameEn", index) ?? nameNb;
        return new SchoolHolidayPeriod(from, to, nameNb, nameEn);
    }

    private static DateOnly ReadDate(JsonElement element, string name, int index)
    {
        var text = ReadString(element, name, index)
            ?? throw new SchoolHolidayDataException($"School holiday period {index} has no \"{name}\" date.");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new SchoolHolidayDataException($"School holiday period {index}: \"{name}\" is \"{text}\", expected a date like 2026-10-05.");
        }

        return date;
    }

    private static string? ReadString(JsonElement element, string name, int index)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new SchoolHolidayDataException($"School holiday period {index}: \"{name}\" must be a string.");
        }

        var text = value.GetString();
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }
}
