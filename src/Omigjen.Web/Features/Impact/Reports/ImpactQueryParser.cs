using Omigjen.Web.Features.Impact.Ledger;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Impact.Reports;

/// <summary>The period and filters of an impact query, before the initiative's slug is looked up.</summary>
public sealed record ImpactQuery(MonthRange Range, GoodsCategory? Category, string? Initiative, ReuseChannel? Channel, bool Csv);

/// <summary>Reads <c>from, to</c> (yyyy-MM), <c>category</c>, <c>initiative</c> (slug), <c>channel</c> and <c>format</c>; a bad value adds an error.</summary>
public static class ImpactQueryParser
{
    /// <summary>The longest period one query may cover.</summary>
    public const int MaxMonths = 120;

    public static ImpactQuery Parse(IQueryCollection query, DateOnly today, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        string? One(string key) => query[key].ToString().Trim() is { Length: > 0 } s ? s : null;
        var thisMonth = YearMonth.Of(today);
        var from = Month(One("from"), "from", new YearMonth(today.Year, 1), errors);
        var to = Month(One("to"), "to", thisMonth, errors);
        if (from > to) errors.Add(new("to", "kan ikke være før from", "cannot be before from"));
        else if (to.Index - from.Index + 1 > MaxMonths)
            errors.Add(new("to", $"perioden kan være høyst {MaxMonths} måneder", $"the period can be at most {MaxMonths} months"));

        GoodsCategory? category = null;
        if (One("category") is { } c)
        {
            if (ItemCategories.TryParse(c, out var parsed)) category = parsed;
            else errors.Add(new("category", $"ukjent kategori «{c}»; gyldige: {string.Join(", ", Tokens.All<GoodsCategory>())}",
                $"unknown category '{c}'; valid: {string.Join(", ", Tokens.All<GoodsCategory>())}"));
        }
        ReuseChannel? channel = null;
        if (One("channel") is { } ch)
        {
            if (Tokens.TryParse<ReuseChannel>(ch, out var parsed)) channel = parsed;
            else errors.Add(new("channel", $"ukjent kanal «{ch}»; gyldige: {string.Join(", ", Tokens.All<ReuseChannel>())}",
                $"unknown channel '{ch}'; valid: {string.Join(", ", Tokens.All<ReuseChannel>())}"));
        }
        var initiative = One("initiative");
        if (initiative is { Length: > 100 }) errors.Add(new("initiative", "kan være høyst 100 tegn", "can be at most 100 characters"));
        var csv = One("format") switch
        {
            null or "json" => false,
            "csv" => true,
            _ => QueryValues.Error(errors, "format", "må være json eller csv", "must be json or csv", false),
        };
        return new ImpactQuery(new MonthRange(from, to), category, initiative, channel, csv);
    }

    private static YearMonth Month(string? text, string parameter, YearMonth fallback, List<QueryError> errors)
    {
        if (text is null) return fallback;
        if (YearMonth.TryParse(text, out var month)) return month;
        errors.Add(new(parameter, "må være en måned som ÅÅÅÅ-MM mellom år 2000 og 2100", "must be a month as YYYY-MM between the years 2000 and 2100"));
        return fallback;
    }
}
