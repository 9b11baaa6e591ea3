using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Omigjen.Web.Features.Initiatives;

/// <summary>
/// Reads the CSV import format (docs/import-format.md): one row per initiative; further rows with the same slug
/// add locations. Lists are separated by "|". Separator ";" or ","; UTF-8 (with or without BOM) or Windows-1252.
/// </summary>
public static class InitiativeCsvReader
{
    private static readonly string[] Required = ["slug", "name", "short_nb", "kinds", "organisation_type", "address", "lat", "lon"];

    /// <summary>
    /// Reads the rows; the returned function turns an error found later (named by the record's field path, on the
    /// record's first row) into the CSV column and the row the value came from.
    /// </summary>
    public static (List<(int Row, InitiativeRecord Record)>, List<ImportError>, Func<ImportError, ImportError>) Read(Stream stream)
    {
        var text = Decode(stream);
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n', StringComparison.Ordinal) is var nl and >= 0 ? nl : text.Length));
        var separator = firstLine.Count(';') > firstLine.Count(',') ? ";" : ",";
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = separator,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(new StringReader(text), config);
        var errors = new List<ImportError>();
        var result = new List<(int, InitiativeRecord)>();
        if (!csv.Read() || !csv.ReadHeader())
            return (result, [new ImportError(1, "header", "filen er tom eller mangler overskriftsrad", "the file is empty or has no header row")], e => e);
        var headers = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToHashSet();
        foreach (var missing in Required.Where(r => !headers.Contains(r)))
            errors.Add(new ImportError(1, missing, "kolonnen mangler", "column is missing"));
        if (errors.Count > 0) return (result, errors, e => e);

        var locationRows = new Dictionary<(int FirstRow, int Index), int>();
        var bySlug = new Dictionary<string, InitiativeRecord>(StringComparer.Ordinal);
        var firstRows = new Dictionary<string, int>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var row = csv.Parser.Row;
            string? F(string name) => headers.Contains(name) && csv.TryGetField<string>(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
            var location = new LocationRecord
            {
                Name = F("location_name"), Address = F("address"), PostalCode = F("postal_code"), City = F("city"),
                Lat = Number(F("lat"), row, "lat", errors), Lon = Number(F("lon"), row, "lon", errors),
                ValidFrom = F("valid_from"), ValidTo = F("valid_to"),
            };
            var slug = F("slug") ?? "";
            if (slug.Length > 0 && bySlug.TryGetValue(slug, out var existing))
            {
                existing.Locations!.Add(location);
                locationRows[(firstRows[slug], existing.Locations.Count - 1)] = row;
                continue;
            }
            var record = new InitiativeRecord
            {
                Slug = slug, Name = F("name"),
                ShortDescription = new() { Nb = F("short_nb"), En = F("short_en") },
                LongDescription = new() { Nb = F("long_nb"), En = F("long_en") },
                Kinds = List(F("kinds")), Categories = List(F("categories")), Services = List(F("services")),
                Accepts = new() { Nb = F("accepts_nb"), En = F("accepts_en") },
                Declines = new() { Nb = F("declines_nb"), En = F("declines_en") },
                OrganisationType = F("organisation_type"),
                Locations = [location],
                OpeningHours = F("opening_hours"),
                OpeningHoursNote = new() { Nb = F("hours_note_nb"), En = F("hours_note_en") },
                Contact = new() { Phone = F("phone"), Email = F("email"), Website = F("website"), Social = F("social") },
                Accessibility = new()
                {
                    StepFreeEntrance = Bool(F("step_free"), row, "step_free", errors),
                    AccessibleToilet = Bool(F("accessible_toilet"), row, "accessible_toilet", errors),
                    Parking = Bool(F("parking"), row, "parking", errors),
                    NearestStop = F("nearest_stop"),
                    WalkingMinutes = (int?)Number(F("walking_minutes"), row, "walking_minutes", errors),
                },
                Terms = new()
                {
                    Returns = new() { Nb = F("returns_nb"), En = F("returns_en") },
                    Complaints = new() { Nb = F("complaints_nb"), En = F("complaints_en") },
                    Warranty = new() { Nb = F("warranty_nb"), En = F("warranty_en") },
                    FreeServices = new() { Nb = F("free_services_nb"), En = F("free_services_en") },
                },
                Status = F("status"), ClosedUntil = F("closed_until"), LastConfirmed = F("last_confirmed"),
                ClosedReason = new() { Nb = F("closed_reason_nb"), En = F("closed_reason_en") },
                Illustrative = Bool(F("illustrative"), row, "illustrative", errors) ?? false,
            };
            if (slug.Length > 0) (bySlug[slug], firstRows[slug]) = (record, row);
            result.Add((row, record));
        }
        return (result, errors, e => ToCsv(e, locationRows));
    }

    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["shortDescription.nb"] = "short_nb", ["organisationType"] = "organisation_type", ["openingHours"] = "opening_hours",
        ["contact.email"] = "email", ["contact.website"] = "website", ["contact.social"] = "social",
        ["accessibility.walkingMinutes"] = "walking_minutes", ["closedUntil"] = "closed_until", ["lastConfirmed"] = "last_confirmed",
        ["address"] = "address", ["lat"] = "lat", ["lon"] = "lon", ["validFrom"] = "valid_from", ["validTo"] = "valid_to",
        ["locations"] = "address",
    };

    private static ImportError ToCsv(ImportError e, Dictionary<(int, int), int> locationRows)
    {
        var column = e.Column;
        var row = e.Row;
        // "locations[2].lat" -> the row that added the third location, column "lat".
        if (column.StartsWith("locations[", StringComparison.Ordinal) && column.IndexOf(']', StringComparison.Ordinal) is var close and > 10)
        {
            var index = int.Parse(column[10..close], CultureInfo.InvariantCulture);
            row = locationRows.GetValueOrDefault((e.Row, index), e.Row);
            column = column[(close + 2)..];
        }
        return e with { Row = row, Column = Columns.GetValueOrDefault(column, column) };
    }

    private static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        try
        {
            var utf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
            var text = utf8.GetString(bytes);
            return text.TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Excel in Norway writes Windows-1252 when saving as plain CSV.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static List<string> List(string? value) =>
        value is null ? [] : [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static double? Number(string? value, int row, string column, List<ImportError> errors)
    {
        if (value is null) return null;
        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        errors.Add(new ImportError(row, column, $"«{value}» er ikke et tall", $"'{value}' is not a number"));
        return null;
    }

    private static bool? Bool(string? value, int row, string column, List<ImportError> errors)
    {
        switch (value?.ToLowerInvariant())
        {
            case null: return null;
            case "ja" or "yes" or "true" or "1": return true;
            case "nei" or "no" or "false" or "0": return false;
            default:
                errors.Add(new ImportError(row, column, "skriv ja eller nei", "write yes or no"));
                return null;
        }
    }
}
