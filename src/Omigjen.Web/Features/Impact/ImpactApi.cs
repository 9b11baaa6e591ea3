using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Impact.Publication;
using Omigjen.Web.Features.Impact.Reports;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact;

/// <summary>The impact figures as open data under <c>/api/v1/impact</c>: sums over months, never anything about a person.</summary>
public static class ImpactApi
{
    public sealed record MonthDto(string Month, long Acts, decimal KgKeptFromWaste, decimal KgCo2eAvoided);

    public sealed record SummaryDto(
        string From, string To, string? Category, string? Initiative, string? Channel, long Acts, long Quantity,
        decimal KgKeptFromWaste, decimal TonnesKeptFromWaste, decimal KgCo2eAvoided, decimal TonnesCo2eAvoided,
        decimal? MeasuredWeightShare, IReadOnlyList<int> FactorSetVersions, IReadOnlyList<MonthDto> Months, string Method);

    public static RouteGroupBuilder MapImpactApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/impact/summary", Summary).WithTags("Impact").WithName("ImpactSummary")
            .WithSummary("Reuse acts, kg kept from the waste and kg CO2e avoided for whole months, with the factor-set versions used")
            .WithNorwegianSummary("Ombrukshandlinger, kg holdt unna avfallet og kg CO2e unngått for hele måneder, med versjonene av faktorsettene som er brukt")
            .WithDescription("Parameters: from and to (YYYY-MM, both included; default January this year to this month; at most 120 months), " +
                             "category (a category token), initiative (slug; only initiatives that publish their figures), channel " +
                             "(shop, lending, repair, intake-hand-over, swap), format (json, default, or csv). Months are calendar months " +
                             "in the municipality's time. Loans count CO2e but no weight kept from the waste.")
            .Produces<SummaryDto>()
            .Produces(StatusCodes.Status200OK, contentType: ImpactCsv.ContentType)
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return api;
    }

    private static async Task<IResult> Summary(
        HttpRequest request, AppDbContext db, ImpactReports reports, MunicipalClock clock, LinkGenerator links, CancellationToken ct)
    {
        var errors = new List<QueryError>();
        var query = ImpactQueryParser.Parse(request.Query, clock.Today, errors);
        int? initiativeId = null;
        if (errors.Count == 0 && query.Initiative is { } slug)
        {
            initiativeId = await db.Initiatives.Public().Where(i => i.Slug == slug)
                .Where(i => db.Set<ImpactPublication>().Any(p => p.InitiativeId == i.Id)).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
            if (initiativeId is null)
                errors.Add(new("initiative", "finnes ikke, eller tiltaket viser ikke tallene sine", "does not exist, or the initiative does not publish its figures"));
        }
        if (errors.Count > 0) return Problems.BadParameters(errors);

        var filter = new ImpactFilter(query.Range, query.Category, initiativeId, query.Channel);
        var report = await reports.ReportAsync(filter, null, ct);
        if (query.Csv)
        {
            var name = $"ombruk-{query.Range.From}-{query.Range.To}.csv";
            return TypedResults.File(ImpactCsv.Report(report), ImpactCsv.ContentType, name);
        }
        var t = report.Totals;
        var method = links.GetUriByPage(request.HttpContext, ImpactLinks.MethodPage) ?? "";
        return TypedResults.Ok(new SummaryDto(query.Range.From.ToString(), query.Range.To.ToString(),
            query.Category is { } c ? Tokens.Of(c) : null, query.Initiative, query.Channel is { } ch ? Tokens.Of(ch) : null,
            t.Acts, t.Quantity, t.WasteKg, t.WasteTonnes, t.Co2eKg, t.Co2eTonnes, t.MeasuredShare, report.FactorSetVersions,
            report.Months.Select(m => new MonthDto(m.Month.ToString(), m.Totals.Acts, m.Totals.WasteKg, m.Totals.Co2eKg)).ToList(), method));
    }
}

/// <summary>Page names the impact pages link to.</summary>
public static class ImpactLinks
{
    /// <summary>The method page (<c>/om-tallene</c>).</summary>
    public const string MethodPage = "/Impact/Method/Index";
}
