using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Omigjen.Web.Data;
using Omigjen.Web.Features.Engagement;
using Omigjen.Web.Features.Initiatives.Members;
using Omigjen.Web.Features.Lending;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Statistics;

/// <summary>
/// Loans and utilisation of the initiative's lendable types for the last 12 weeks (any member): a bar chart of loans
/// per week with the same numbers in a table beside it, a table per type with totals, one type's weeks with
/// <c>?type=ID</c>, and everything as a CSV file (<c>?handler=csv</c>).
/// </summary>
public sealed class LendingStatisticsModel(AppDbContext db, InitiativeAccess access, MunicipalClock clock) : InitiativePageModel(db, access)
{
    public sealed record Bar(string X, string Y, string Width, string Height);

    public sealed record AxisLabel(string X, string Y, string Text);

    // The chart's drawing area, in SVG user units.
    public const int ChartWidth = 720;
    public const int ChartHeight = 240;
    public const int Left = 44;
    public const int Bottom = 28;
    public const int Top = 12;

    public LendingReport Report { get; private set; } = null!;

    /// <summary>The type whose weeks are shown; null for all types together.</summary>
    public LendingTypeUse? Selected { get; private set; }

    /// <summary>The weeks shown in the chart and the week table: the selected type's, or all types summed.</summary>
    public IReadOnlyList<LendingUse> ShownWeeks { get; private set; } = [];
    public LendingUse ShownTotal { get; private set; } = LendingUse.Zero;
    public IReadOnlyList<Bar> Bars { get; private set; } = [];
    public IReadOnlyList<AxisLabel> WeekLabels { get; private set; } = [];
    public int ScaleMax { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, int? type, CancellationToken ct)
    {
        Report = await LendingStatistics.LoadAsync(Db, Initiative.Id, clock, LendingStatistics.DefaultWeeks, ct);
        if (type is { } typeId)
        {
            Selected = Report.Types.FirstOrDefault(t => t.TypeId == typeId);
            if (Selected is null) return NotFound();
        }
        ShownWeeks = Selected?.Weeks ?? Report.WeekTotals;
        ShownTotal = Selected?.Total ?? Report.Total;
        Layout();
        return Page();
    }

    /// <summary>Every type and week as rows of a CSV file (semicolons, UTF-8 with BOM, numbers with a decimal point).</summary>
    public async Task<IActionResult> OnGetCsvAsync(string slug, CancellationToken ct)
    {
        var report = await LendingStatistics.LoadAsync(Db, Initiative.Id, clock, LendingStatistics.DefaultWeeks, ct);
        var stream = new MemoryStream();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape };
        await using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        await using (var csv = new CsvWriter(writer, config))
        {
            foreach (var column in new[] { "type_id", "type", "week_start", "iso_week", "loans", "booked_unit_days", "available_unit_days", "utilisation" })
                csv.WriteField(column);
            await csv.NextRecordAsync();
            foreach (var t in report.Types)
            {
                for (var w = 0; w < report.Weeks.Count; w++)
                {
                    var cell = t.Weeks[w];
                    csv.WriteField(t.TypeId.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(t.Name);
                    csv.WriteField(report.Weeks[w].Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    csv.WriteField(report.Weeks[w].Number.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(cell.Loans.ToString(CultureInfo.InvariantCulture));
                    csv.WriteField(cell.BookedDays.ToString("0.###", CultureInfo.InvariantCulture));
                    csv.WriteField(cell.AvailableDays.ToString("0.###", CultureInfo.InvariantCulture));
                    csv.WriteField(cell.Utilisation is { } u ? u.ToString("0.####", CultureInfo.InvariantCulture) : "");
                    await csv.NextRecordAsync();
                }
            }
            await csv.FlushAsync();
        }
        stream.Position = 0;
        var name = string.Create(CultureInfo.InvariantCulture, $"utlan-{Initiative.Slug}-{clock.Today:yyyy-MM-dd}.csv");
        return File(stream, "text/csv; charset=utf-8", name);
    }

    /// <summary>Loans per week as bars, on an axis with a round top.</summary>
    private void Layout()
    {
        var max = ShownWeeks.Count == 0 ? 0 : ShownWeeks.Max(w => w.Loans);
        ScaleMax = StatisticsModel.NiceCeiling(max);
        var plotWidth = (double)(ChartWidth - Left);
        var plotHeight = (double)(ChartHeight - Top - Bottom);
        var group = plotWidth / Math.Max(1, ShownWeeks.Count);
        var bars = new List<Bar>();
        var labels = new List<AxisLabel>();
        for (var i = 0; i < ShownWeeks.Count; i++)
        {
            var h = ShownWeeks[i].Loans * plotHeight / ScaleMax;
            bars.Add(new Bar(N(Left + i * group + group * 0.2), N(Top + plotHeight - h), N(group * 0.6), N(h)));
            labels.Add(new AxisLabel(N(Left + i * group + group / 2), N(ChartHeight - 8), Report.Weeks[i].Number.ToString(CultureInfo.InvariantCulture)));
        }
        Bars = bars;
        WeekLabels = labels;
    }

    private static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Unit-days with one decimal in the page's language ("3,5" / "3.5").</summary>
    public static string Days(double days) => days.ToString("0.#", CultureInfo.CurrentCulture);

    /// <summary>"16,7 %" / "16.7%", or a dash when nothing was available.</summary>
    public static string Percent(double? share) =>
        share is { } s ? L.T((s * 100).ToString("0.#", CultureInfo.CurrentCulture) + " %", (s * 100).ToString("0.#", CultureInfo.CurrentCulture) + "%") : "–";

    public static string Number(int v) => v.ToString("N0", CultureInfo.CurrentCulture);
}
