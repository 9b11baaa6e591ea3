using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.OpeningHours;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.OpeningHours;

public static class OpeningHoursApi
{
    private static readonly TimeSpan MaxWindow = TimeSpan.FromDays(62);

    public static RouteGroupBuilder MapOpeningHoursApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/opening-hours/evaluate", Evaluate).WithTags("Opening hours").WithName("EvaluateOpeningHours")
            .WithSummary("Parse and evaluate an OSM opening_hours value")
            .WithNorwegianSummary("Tolker og beregner en OSM opening_hours-verdi")
            .WithDescription("value (required), from and to (ISO 8601; local time in Europe/Oslo when no offset is given; default now and seven days later; at most 62 days), lat and lon for sunrise/sunset. Invalid values give 400 problem details with the error position.");
        return api;
    }

    private static Results<Ok<EvaluateResponse>, ProblemHttpResult> Evaluate(
        string? value, string? from, string? to, string? lat, string? lon, MunicipalClock clock)
    {
        var errors = new List<QueryError>();
        if (string.IsNullOrWhiteSpace(value)) errors.Add(new("value", "mangler", "is missing"));
        var start = Instant(from, "from", clock, errors) ?? clock.Now;
        var end = Instant(to, "to", clock, errors) ?? start.AddDays(7);
        if (end <= start) errors.Add(new("to", "må være etter from", "must be after from"));
        else if (end - start > MaxWindow) errors.Add(new("to", "høyst 62 dager etter from", "at most 62 days after from"));
        var latitude = Coordinate(lat, "lat", 90, errors);
        var longitude = Coordinate(lon, "lon", 180, errors);
        if (latitude.HasValue != longitude.HasValue) errors.Add(new("lat", "oppgi både lat og lon", "give both lat and lon"));
        if (errors.Count > 0) return Problems.BadParameters(errors);

        var parsed = OpeningHoursSchedule.Parse(value);
        if (parsed.Schedule is not { } schedule)
        {
            var e = parsed.Error!;
            return TypedResults.Problem(
                title: "Ugyldige åpningstider / Invalid opening hours",
                detail: $"{e.MessageNb} / {e.MessageEn}",
                statusCode: StatusCodes.Status400BadRequest, type: "https://omigjen.no/problems/invalid-opening-hours",
                extensions: new Dictionary<string, object?>
                {
                    ["parameter"] = "value", ["position"] = e.Position, ["expected"] = e.Expected,
                    ["messageNb"] = e.MessageNb, ["messageEn"] = e.MessageEn,
                });
        }
        var context = new EvaluationContext(clock.ZoneId, latitude, longitude, NorwegianPublicHolidays.Instance);
        var state = schedule.GetState(start, context);
        var intervals = schedule.GetIntervals(start, end, context)
            .Select(i => new IntervalDto(clock.ToLocal(i.From), clock.ToLocal(i.To), i.State.Token(), i.Comment)).ToList();
        return TypedResults.Ok(new EvaluateResponse(
            true, value!, schedule.NormalizedValue,
            parsed.Warnings.Select(w => new WarningDto(w.Position, w.MessageNb, w.MessageEn, w.SuggestedValue)).ToList(),
            state.State.Token(), state.Comment,
            schedule.GetNextChange(start, context) is { } next ? clock.ToLocal(next) : null,
            intervals, OpeningHoursText.Describe(schedule, Language.Nb), OpeningHoursText.Describe(schedule, Language.En)));
    }

    private static DateTimeOffset? Instant(string? text, string parameter, MunicipalClock clock, List<QueryError> errors)
    {
        switch (DateInput.ReadDateTime(text, out var time))
        {
            case DateReading.Missing: return null;
            case DateReading.Valid: return OpenWhenRules.ToInstant(time, clock.Zone);
            case DateReading.OutOfRange: errors.Add(DateInput.OutOfRange(parameter)); return null;
            default: errors.Add(new(parameter, "bruk ISO 8601, f.eks. 2026-12-01T10:00", "use ISO 8601, e.g. 2026-12-01T10:00")); return null;
        }
    }

    private static double? Coordinate(string? text, string parameter, double limit, List<QueryError> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && Math.Abs(v) <= limit) return v;
        errors.Add(new(parameter, $"må være et tall mellom -{limit} og {limit}", $"must be a number between -{limit} and {limit}"));
        return null;
    }
}
