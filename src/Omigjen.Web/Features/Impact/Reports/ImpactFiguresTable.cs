namespace Omigjen.Web.Features.Impact.Reports;

public sealed record ImpactFiguresRow(string Label, string? Href, ImpactTotals Totals);

/// <summary>The model of <c>_FiguresTable</c>: one breakdown with its caption and CSV link.</summary>
public sealed record ImpactFiguresTable(string Id, string Caption, string KeyHeading, IReadOnlyList<ImpactFiguresRow> Rows, string? CsvHref);
