using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>Impact figures as CSV: semicolons, UTF-8 with BOM, kilograms with a decimal point, formula injection escaped.</summary>
public static class ImpactCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] FigureColumns = ["acts", "quantity", "kg_kept_from_waste", "kg_co2e_avoided", "measured_weight_share"];

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";", InjectionOptions = InjectionOptions.Escape };
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, config))
        {
            foreach (var h in header) csv.WriteField(h);
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row) csv.WriteField(field);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>The figure columns of <see cref="FigureColumns"/> for one group.</summary>
    public static IEnumerable<string> Figures(ImpactTotals t)
    {
        ArgumentNullException.ThrowIfNull(t);
        yield return Num(t.Acts);
        yield return Num(t.Quantity);
        yield return Kg(t.WasteGrams);
        yield return Kg(t.Co2eGrams);
        yield return t.MeasuredShare is { } s ? s.ToString("0.####", CultureInfo.InvariantCulture) : "";
    }

    public static string Kg(long grams) => (grams / 1000m).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Tonnes(long grams) => (grams / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture);

    public static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    public static string Token(GoodsCategory c) => Tokens.Of(c);

    public static string Token(ReuseChannel c) => Tokens.Of(c);

    public static string Versions(IEnumerable<int> versions) => string.Join(' ', versions.Select(v => v.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The report's months, categories and channels in one file, a <c>section</c> column telling which.</summary>
    public static byte[] Report(ImpactReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<IReadOnlyList<string>>();
        var whatIf = report.WhatIfVersion is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";
        rows.Add(["total", "", .. Figures(report.Totals), Versions(report.FactorSetVersions), whatIf]);
        rows.AddRange(report.Months.Select(m => (IReadOnlyList<string>)["month", m.Month.ToString(), .. Figures(m.Totals), "", whatIf]));
        rows.AddRange(report.Categories.Select(c => (IReadOnlyList<string>)["category", Token(c.Category), .. Figures(c.Totals), "", whatIf]));
        rows.AddRange(report.Channels.Select(c => (IReadOnlyList<string>)["channel", Token(c.Channel), .. Figures(c.Totals), "", whatIf]));
        return Write(["section", "key", .. FigureColumns, "factor_set_versions", "hypothetical_factor_set"], rows);
    }

    public static byte[] Eu(EuReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Cells.Select(c => (IReadOnlyList<string>)[
            report.Year.ToString(CultureInfo.InvariantCulture), Tokens.Of(c.Category), Token(c.Channel), Tonnes(c.Grams), Kg(c.Grams),
            Versions(report.FactorSetVersions)]);
        return Write(["year", "eu_category", "channel", "tonnes", "kg", "factor_set_versions"], rows);
    }
}
