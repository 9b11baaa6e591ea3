using Microsoft.AspNetCore.Http.HttpResults;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>Open data on lending under <c>/api/v1/lending</c>: the search, one type, and its availability day by day. No personal data.</summary>
public static class LendingApi
{
    /// <summary>How far ahead availability can be asked for (the booking horizon; the handler <c>Availability</c> hides the class name).</summary>
    private const int HorizonDays = global::Omigjen.Web.Features.Lending.Catalogue.Availability.HorizonDays;

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/lending").WithTags("Lending");
        group.MapGet("/types", List).WithName("ListLendingTypes")
            .WithSummary("Things to borrow or rent matching the filters, paged")
            .WithNorwegianSummary("Ting å låne eller leie som passer filtrene, sidevis")
            .WithDescription("Filters: q (Norwegian words; a word also finds compounds ending in it: ski finds langrennski), category " +
                             "(comma-separated tokens), size (a unit label such as 150 cm; spaces and case do not matter), when " +
                             "(next-weekend: the coming Saturday and Sunday; dates: from/to), from and to (YYYY-MM-DD, local dates, " +
                             "both included; a unit of the size must be free for all of them), near (lat,lon or a place name), " +
                             "radius_km (default 10, at most 100), initiative (slug), page, page_size (default 25, at most 100). " +
                             "Sorted by distance with near, else by name.");
        group.MapGet("/types/{id:int}", Get).WithName("GetLendingType")
            .WithSummary("One lendable type with its terms, sizes and units")
            .WithNorwegianSummary("Én utlånstype med vilkår, størrelser og eksemplarer");
        group.MapGet("/types/{id:int}/availability", Availability).WithName("GetLendingAvailability")
            .WithSummary("Free units of a type per local day, with the pickup hours or why the place is closed")
            .WithNorwegianSummary("Ledige eksemplarer av en type per dag, med hentetider eller hvorfor stedet er stengt")
            .WithDescription("Parameters: size (a unit label; all sizes when left out), from (YYYY-MM-DD, default today, not in the past " +
                             "and at most 56 days ahead), days (1 to 56, default 56). A unit counts as free on a day when no booking " +
                             "touches the day (00:00–24:00 local time).");
        return endpoints;
    }

    private static async Task<Results<Ok<LendingTypePageDto>, ProblemHttpResult>> List(
        HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = LendingQueryParser.Parse(request.Query, clock.Today, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);
        var result = await new LendingCatalogue(db, cache, clock).SearchAsync(query, ct);
        var baseUrl = BaseUrl(request);
        return TypedResults.Ok(new LendingTypePageDto(result.Hits.Select(h => h.ToSummary(baseUrl)).ToList(), result.Total, result.Page,
            result.PageSize, result.PageCount, Date(result.Period?.From), Date(result.Period?.To), query.Size));
    }

    private static async Task<Results<Ok<LendingTypeDetailDto>, ProblemHttpResult>> Get(
        int id, HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var details = await new LendingCatalogue(db, cache, clock).DetailsAsync(id, ct);
        if (details is null) return Problems.NotFound(FormattableString.Invariant($"Utlånstype/lending type {id}"));
        return TypedResults.Ok(details.ToDetail(BaseUrl(request)));
    }

    private static async Task<Results<Ok<LendingAvailabilityDto>, ProblemHttpResult>> Availability(
        int id, HttpRequest request, AppDbContext db, DirectoryCache cache, MunicipalClock clock, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var today = clock.Today;
        string? One(string key) => request.Query[key].ToString().Trim() is { Length: > 0 } s ? s : null;
        var size = One("size");
        if (size is { Length: > 50 }) errors.Add(new("size", "kan være høyst 50 tegn", "can be at most 50 characters"));
        var from = today;
        if (One("from") is { } text && DateInput.Date(text, "from", errors) is { } chosen)
        {
            if (chosen < today) errors.Add(new("from", "dagen har allerede vært", "the day has already passed"));
            else if (chosen > today.AddDays(HorizonDays))
                errors.Add(new("from", $"kan være høyst {HorizonDays} dager frem i tid", $"can be at most {HorizonDays} days ahead"));
            else from = chosen;
        }
        var days = QueryValues.WholeNumber(One("days"), "days", LendingCatalogue.AvailabilityDays, 1, LendingCatalogue.AvailabilityDays, errors);
        if (errors.Count > 0) return Problems.BadParameters(errors);

        var key = size is null ? null : LendingUnit.KeyOf(size);
        var availability = await new LendingCatalogue(db, cache, clock).AvailabilityAsync(id, key, from, days, ct);
        if (availability is null) return Problems.NotFound(FormattableString.Invariant($"Utlånstype/lending type {id}"));
        return TypedResults.Ok(availability.ToDto(size));
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}";

    private static string? Date(DateOnly? date) =>
        date?.ToString(LendingQueryParser.DateFormat, System.Globalization.CultureInfo.InvariantCulture);
}
