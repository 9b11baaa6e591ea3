using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Engagement;

/// <summary>The body of a usage beacon: which initiative, and what happened.</summary>
public sealed record UsageBeacon(string? Slug, string? Kind);

/// <summary>
/// <c>POST /api/v1/usage</c>: the map and the details page report "a marker popup was opened" and "a directions link
/// was followed". Privacy: the endpoint reads only the body; it reads and sets no cookies and keeps nothing about the
/// sender (no address, no time finer than the week, no identifier), only +1 on a weekly total per initiative, so it
/// stores no personal data. That is also why it needs no antiforgery token: a forged call can only add one to a
/// public count, which the rate limit bounds.
/// </summary>
public static class UsageApi
{
    private const int MaxBodyBytes = 1024;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RouteGroupBuilder MapUsageApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapPost("/usage", Record).WithTags("Usage").WithName("RecordUsage")
            .WithSummary("Count a map open or a directions click for an initiative (no cookies, no personal data)")
            .WithNorwegianSummary("Teller en kartvisning eller et klikk på veibeskrivelse for et tiltak (uten informasjonskapsler og personopplysninger)")
            .WithDescription("Body: {\"slug\": \"…\", \"kind\": \"map-open\" | \"directions\"}. Answers 204; 400 problem details for an unknown kind or slug. Counts are weekly totals per initiative.")
            .Accepts<UsageBeacon>("application/json")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .DisableAntiforgery();
        return api;
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Record(
        HttpRequest request, AppDbContext db, DirectoryCache cache, UsageCounter counter, CancellationToken ct)
    {
        var beacon = await ReadAsync(request, ct);
        if (beacon is null)
            return Problems.BadParameters([new QueryError("body", "må være JSON med slug og kind", "must be JSON with slug and kind")]);
        UsageKind? kind = beacon.Kind switch
        {
            "map-open" => UsageKind.MapOpen,
            "directions" => UsageKind.Directions,
            _ => null,
        };
        if (kind is null)
            return Problems.BadParameters([new QueryError("kind", "må være map-open eller directions", "must be map-open or directions")]);
        if (string.IsNullOrWhiteSpace(beacon.Slug))
            return Problems.BadParameters([new QueryError("slug", "mangler", "is missing")]);
        var snapshot = await cache.GetAsync(db, ct);
        if (snapshot.Find(beacon.Slug) is null)
            return Problems.BadParameters([new QueryError("slug", "finnes ikke i katalogen", "is not in the directory")]);
        if (!UsageCounter.LooksLikeBot(request.Headers.UserAgent.ToString()))
            counter.Record(beacon.Slug, kind.Value);
        return TypedResults.NoContent();
    }

    /// <summary>The beacon, or null when the body is missing, too large or not the expected JSON.</summary>
    private static async Task<UsageBeacon?> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        var buffer = new byte[MaxBodyBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0) length += read;
        if (length == 0 || length > MaxBodyBytes) return null;
        try
        {
            return JsonSerializer.Deserialize<UsageBeacon>(buffer.AsSpan(0, length), Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
