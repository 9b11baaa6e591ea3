using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Features.Admin;
using Omigjen.Web.Features.Impact.Factors;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>
/// The municipality's impact report (<c>/admin/effekt</c>): per month (chart and table), category, channel and initiative
/// (paged), each as CSV; the measured share of weights; the EU 2021/19 report as CSV and JSON; and "hva om": the same
/// figures recomputed under another factor set (<c>?hva-om=N</c>), labelled as hypothetical.
/// </summary>
public sealed class AdminImpactModel(ImpactReports reports, MunicipalClock clock) : AdminPageModel
{
    public const string WhatIfKey = "hva-om";

    public ImpactQuery Query { get; private set; } = null!;
    public IReadOnlyList<QueryError> QueryErrors { get; private set; } = [];
    public ImpactReport Report { get; private set; } = null!;
    public ImpactChart Chart { get; private set; } = null!;
    public IReadOnlyList<InitiativeFigures> Initiatives { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public IReadOnlyList<FactorSet> FactorSets { get; private set; } = [];
    public int? WhatIf { get; private set; }
    public int EuYear { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await ReadAsync(ct)) return Page();
        Report = await reports.ReportAsync(Filter, WhatIf, ct);
        Chart = new ImpactChart(Report.Months.Select(m => m.Totals.Co2eGrams / 1000).ToList(), Report.Months.Select(m => m.Month.ToString()).ToList());
        var (rows, total) = await reports.InitiativesAsync(Filter, 0, int.MaxValue, ct);
        Paging = Paging.For(Request, total);
        Initiatives = rows.Skip(Paging.Skip).Take(Paging.PageSize).ToList();
        return Page();
    }

    /// <summary>One table as CSV: <c>?handler=csv&amp;del=maneder|kategorier|kanaler|tiltak</c>, with the page's filters.</summary>
    public async Task<IActionResult> OnGetCsvAsync(string? del, CancellationToken ct)
    {
        if (!await ReadAsync(ct)) return BadRequest();
        var report = await reports.ReportAsync(Filter, WhatIf, ct);
        var hypothetical = WhatIf is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
        byte[] bytes;
        switch (del)
        {
            case "maneder":
                bytes = ImpactCsv.Write(["month", .. ImpactCsv.FigureColumns, "hypothetical_factor_set"],
                    report.Months.Select(m => (IReadOnlyList<string>)[m.Month.ToString(), .. ImpactCsv.Figures(m.Totals), hypothetical]));
                break;
            case "kategorier":
                bytes = ImpactCsv.Write(["category", .. ImpactCsv.FigureColumns, "hypothetical_factor_set"],
                    report.Categories.Select(c => (IReadOnlyList<string>)[ImpactCsv.Token(c.Category), .. ImpactCsv.Figures(c.Totals), hypothetical]));
                break;
            case "kanaler":
                bytes = ImpactCsv.Write(["channel", .. ImpactCsv.FigureColumns, "hypothetical_factor_set"],
                    report.Channels.Select(c => (IReadOnlyList<string>)[ImpactCsv.Token(c.Channel), .. ImpactCsv.Figures(c.Totals), hypothetical]));
                break;
            case "tiltak":
                var (rows, _) = await reports.InitiativesAsync(Filter, 0, int.MaxValue, ct);
                bytes = ImpactCsv.Write(["initiative_id", "initiative", "slug", .. ImpactCsv.FigureColumns],
                    rows.Select(r => (IReadOnlyList<string>)[ImpactCsv.Num(r.InitiativeId), r.Name, r.Slug, .. ImpactCsv.Figures(r.Totals)]));
                break;
            default:
                return NotFound();
        }
        return File(bytes, ImpactCsv.ContentType, $"effekt-{del}-{Query.Range.From}-{Query.Range.To}.csv");
    }

    /// <summary>The EU 2021/19 report for <c>?ar=YYYY</c> (default last year) as CSV or, with <c>format=json</c>, JSON.</summary>
    public async Task<IActionResult> OnGetEuAsync(int? ar, string? format, CancellationToken ct)
    {
        var year = ar ?? clock.Today.Year - 1;
        if (year is < 2000 or > 2100) return BadRequest();
        var eu = await reports.EuAsync(year, ct);
        if (format == "json")
        {
            var body = new
            {
                year = eu.Year,
                basis = "Commission Implementing Decision (EU) 2021/19; products reused, in tonnes. Loans are left out (they keep no product from the waste).",
                factorSetVersions = eu.FactorSetVersions,
                cells = eu.Cells.Select(c => new { euCategory = Tokens.Of(c.Category), channel = Tokens.Of(c.Channel), tonnes = c.Tonnes, kg = c.Grams / 1000m }),
                totals = Enum.GetValues<EuReuseCategory>().Select(c => new { euCategory = Tokens.Of(c), tonnes = eu.Grams(c) / 1_000_000m }),
            };
            return File(JsonSerializer.SerializeToUtf8Bytes(body, JsonOptions), "application/json", $"eu-2021-19-{year}.json");
        }
        return File(ImpactCsv.Eu(eu), ImpactCsv.ContentType, $"eu-2021-19-{year}.csv");
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public ImpactFilter Filter => new(Query.Range, Query.Category, null, Query.Channel);

    private async Task<bool> ReadAsync(CancellationToken ct)
    {
        var errors = new List<QueryError>();
        Query = ImpactQueryParser.Parse(Request.Query, clock.Today, errors);
        FactorSets = await reports.FactorSetsAsync(ct);
        EuYear = clock.Today.Year - 1;
        if (Request.Query[WhatIfKey].ToString() is { Length: > 0 } text)
        {
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && FactorSets.Any(s => s.Version == v)) WhatIf = v;
            else errors.Add(new(WhatIfKey, "velg et faktorsett fra listen", "choose a factor set from the list"));
        }
        QueryErrors = errors;
        if (errors.Count > 0)
        {
            Paging = Paging.For(Request, 0);
            return false;
        }
        return true;
    }

    public static string Kg(long grams) => (grams / 1000m).ToString("N0", CultureInfo.CurrentCulture);

    public static string Tonnes(long grams) => (grams / 1_000_000m).ToString("N1", CultureInfo.CurrentCulture);

    public static string Share(decimal? share) =>
        share is { } s ? L.T((s * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %", (s * 100).ToString("0.#", CultureInfo.CurrentCulture) + "%") : "–";

    public static string Number(long n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
