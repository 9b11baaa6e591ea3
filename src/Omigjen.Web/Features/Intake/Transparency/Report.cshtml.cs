using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Intake.Allocation;
using Omigjen.Web.Features.Intake.Lots;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Intake.Transparency;

/// <summary>
/// Open to all: how goods from the stations are shared. The rule in force and its history, the cascade, kg per partner,
/// category and month for one year (also as CSV, <c>?handler=csv</c>), and every allocation decision with its reason,
/// a page at a time.
/// </summary>
public sealed class ReportModel(AppDbContext db, MunicipalClock clock, Microsoft.Extensions.Options.IOptions<IntakeOptions> options) : PageModel
{
    public sealed record Decision(long LotId, DateTime DecidedAt, string Station, IntakeCategory Category, decimal WeightKg, string? Partner, int Claims,
                                  string ReasonNb, string ReasonEn, bool Collected);

    public int Year { get; private set; }
    public int FirstYear { get; private set; }
    public List<PartnerCategoryYear> Figures { get; private set; } = [];
    public AllocationRule Rule { get; private set; }
    public DateTime? RuleSince { get; private set; }
    public List<AllocationRuleChange> RuleHistory { get; private set; } = [];
    public List<Decision> Decisions { get; private set; } = [];
    public List<(string Slug, string Name)> Stations { get; private set; } = [];
    public Paging Paging { get; private set; } = null!;
    public MunicipalClock Clock => clock;
    public IntakeOptions Options => options.Value;

    public async Task OnGetAsync(int? ar, CancellationToken ct)
    {
        Year = YearOf(ar);
        Figures = await TransparencyFigures.YearAsync(db, Year, clock.Zone, ct);
        (Rule, RuleSince) = await LotAllocator.RuleAsync(db, ct);
        RuleHistory = await db.AllocationRuleChanges.AsNoTracking().OrderByDescending(r => r.ChangedAt).ThenByDescending(r => r.Id).Take(10).ToListAsync(ct);
        var first = await db.AllocationDecisions.AsNoTracking().OrderBy(d => d.DecidedAt).Select(d => (DateTime?)d.DecidedAt).FirstOrDefaultAsync(ct);
        FirstYear = first?.Year ?? clock.Today.Year;
        Stations = (await db.Stations.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Slug, s.Name }).ToListAsync(ct)).Select(s => (s.Slug, s.Name)).ToList();
        Paging = Paging.For(Request, await db.AllocationDecisions.CountAsync(ct));
        Decisions = await (from d in db.AllocationDecisions.AsNoTracking()
                           join s in db.Stations on d.StationId equals s.Id
                           orderby d.DecidedAt descending, d.Id descending
                           select new Decision(d.LotId, d.DecidedAt, s.Name, d.Category, d.WeightKg,
                               (from p in db.IntakePartners join i in db.Initiatives on p.InitiativeId equals i.Id where p.Id == d.PartnerId select i.Name).FirstOrDefault(),
                               d.Claims, d.ReasonNb, d.ReasonEn, d.ConfirmedAt != null))
            .Skip(Paging.Skip).Take(Paging.PageSize).ToListAsync(ct);
    }

    /// <summary>The year's kg per partner, category and month as CSV (UTF-8, comma separated, one row per month with goods).</summary>
    public async Task<IActionResult> OnGetCsvAsync(int? ar, CancellationToken ct)
    {
        var year = YearOf(ar);
        var figures = await TransparencyFigures.YearAsync(db, year, clock.Zone, ct);
        var buffer = new MemoryStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n", InjectionOptions = InjectionOptions.Escape }))
        {
            foreach (var h in new[] { "year", "month", "partner", "non_profit", "category", "category_nb", "kg" }) csv.WriteField(h);
            await csv.NextRecordAsync();
            foreach (var f in figures)
            {
                for (var m = 0; m < 12; m++)
                {
                    if (f.Months[m] == 0) continue;
                    var row = IntakeCategories.Of(f.Category);
                    csv.WriteField(year);
                    csv.WriteField(m + 1);
                    csv.WriteField(f.Partner);
                    csv.WriteField(f.NonProfit ? "yes" : "no");
                    csv.WriteField(row.Token);
                    csv.WriteField(row.Nb);
                    csv.WriteField(f.Months[m].ToString("0.###", CultureInfo.InvariantCulture));
                    await csv.NextRecordAsync();
                }
            }
        }
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", $"ombruk-fra-stasjonene-{year}.csv");
    }

    private int YearOf(int? ar) => ar is { } y && y is >= 2000 and <= 2100 ? y : clock.Today.Year;

    public static string Kg(double kg) => kg == 0 ? "–" : kg.ToString("#,0.#", L.IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo("nb-NO"));
}
