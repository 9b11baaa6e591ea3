using Omigjen.Web.Data;
using Omigjen.Web.Infrastructure;
using Omigjen.Web.Infrastructure.Settings;

namespace Omigjen.Web.Features.Repair.Log;

/// <summary>The municipality's repair log as open data: <c>GET /api/v1/repairs/ords.csv</c>.</summary>
public static class RepairLogApi
{
    public const string ExportPolicy = "ords-export";

    public static RouteGroupBuilder MapRepairLogApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        // Public without signing in: a row holds only the thing, its fault and outcome, a hashed group code and dates.
        // No visitor is stored, who logged it is left out, and e-mail addresses and phone numbers are removed from the
        // problem text again as it is written, so the file holds no personal data. Only initiatives the directory shows.
        // It reads the whole log, so it has a tighter per-client limit than the rest of the API.
        api.MapGet("/repairs/ords.csv", Export).WithTags("Repair").WithName("RepairsOrds")
            .WithSummary("Every logged repair at the municipality's repair cafés as Open Repair Data Standard v0.3 CSV")
            .WithNorwegianSummary("Alle loggede reparasjoner på kommunens reparasjonskaféer som CSV etter Open Repair Data Standard v0.3")
            .WithDescription("Header: id,data_provider,country,partner_product_category,product_category,product_category_id,brand," +
                             "year_of_manufacture,product_age,repair_status,repair_barrier_if_end_of_life,problem,group_identifier,event_date," +
                             "record_date. repair_status 1 fixed, 2 repairable, 3 end of life. No personal data. Few requests per minute.")
            .Produces(StatusCodes.Status200OK, contentType: OrdsExport.ContentType)
            .RequireRateLimiting(ExportPolicy)
            .AllowAnonymous();
        return api;
    }

    private static async Task<IResult> Export(AppDbContext db, SiteSettings settings, MunicipalClock clock, CancellationToken ct)
    {
        var municipality = (await settings.GetAsync(db, ct)).Name;
        var name = OrdsExport.FileName("alle", clock.Today);
        return TypedResults.Stream(output => OrdsExport.WriteAsync(output, OrdsExport.Published(db), municipality, clock, ct),
            OrdsExport.ContentType, name);
    }
}
