using System.Globalization;
using Microsoft.Extensions.Primitives;
using Omigjen.Web.Features.Initiatives;
using Omigjen.Web.Features.Items;
using Omigjen.Web.Infrastructure;

namespace Omigjen.Web.Features.Lending.Catalogue;

/// <summary>"When" in the lending search: any time, the coming weekend, or chosen dates.</summary>
public enum LendingWhen
{
    Any, NextWeekend, Dates,
}

/// <summary>
/// The lending search's filters, shared by the search page (<c>/utlan</c>) and the API (<c>/api/v1/lending/types</c>);
/// read by <see cref="LendingQueryParser"/>.
/// </summary>
public sealed record LendingQuery
{
    public const double DefaultRadiusKm = 10;
    public const double MaxRadiusKm = 100;

    public string? Text { get; init; }
    public IReadOnlyList<GoodsCategory> Categories { get; init; } = [];

    /// <summary>The size as typed ("150 cm"); <see cref="SizeKey"/> is what is compared.</summary>
    public string? Size { get; init; }
    public string? SizeKey => string.IsNullOrWhiteSpace(Size) ? null : LendingUnit.KeyOf(Size);

    public LendingWhen When { get; init; }

    /// <summary>For <see cref="LendingWhen.Dates"/>: the first and the last local day wanted (both included).</summary>
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    public GeoPoint? Near { get; init; }

    /// <summary>The place name typed for <see cref="Near"/> ("Heggedal"), so the form shows it again.</summary>
    public string? NearLabel { get; init; }

    /// <summary>Only with <see cref="Near"/>.</summary>
    public double RadiusKm { get; init; } = DefaultRadiusKm;

    /// <summary>Only the types of this initiative (slug).</summary>
    public string? Initiative { get; init; }

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = Paging.DefaultPageSize;

    /// <summary>True when nothing narrows the search (the page then lists everything by name).</summary>
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Categories.Count == 0 && SizeKey is null && When == LendingWhen.Any
                           && Near is null && Initiative is null;

    /// <summary>
    /// The wanted local days, both included: the chosen dates, or the coming Saturday and Sunday (on a Saturday this
    /// weekend; on a Sunday the next). Null when any time will do.
    /// </summary>
    public (DateOnly From, DateOnly To)? PeriodOn(DateOnly today) => When switch
    {
        LendingWhen.NextWeekend => NextWeekend(today),
        LendingWhen.Dates when From is { } from => (from, To ?? from),
        _ => null,
    };

    /// <summary>The directory's and the item search's weekend too (<see cref="Weekend.Days"/>), so "neste helg" and "i helgen" agree.</summary>
    public static (DateOnly From, DateOnly To) NextWeekend(DateOnly today) => Weekend.Days(today);
}

/// <summary>
/// Reads the lending search's parameters, collecting an error (parameter, bokmål, English) for each bad value:
/// <c>q</c>, <c>category</c> (comma-separated), <c>size</c>, <c>when</c> (<c>next-weekend</c>, <c>dates</c> or <c>any</c>),
/// <c>from</c>/<c>to</c> (YYYY-MM-DD), <c>near</c>, <c>radius_km</c>, <c>initiative</c>, <c>page</c> or <c>side</c>, <c>page_size</c>.
/// </summary>
public static class LendingQueryParser
{
    public const int MaxTextLength = 200;
    public const int MaxPageSize = 100;

    /// <summary>The longest period one can search for, in days (the longest loan any type allows).</summary>
    public const int MaxPeriodDays = 90;

    public const string DateFormat = "yyyy-MM-dd";

    public static LendingQuery Parse(IEnumerable<KeyValuePair<string, StringValues>> query, DateOnly today, List<QueryError> errors)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(errors);
        var q = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in query) q[key] = value;
        string? One(string key) => q.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;

        var result = new LendingQuery
        {
            Text = One("q") is { } text ? text[..Math.Min(text.Length, MaxTextLength)] : null,
            Categories = QueryValues.Categories(q.TryGetValue("category", out var c) ? c : default, errors),
        };

        if (One("size") is { } size)
        {
            if (size.Length <= 50) result = result with { Size = size };
            else Add(errors, "size", "kan være høyst 50 tegn", "can be at most 50 characters");
        }

        result = ParsePeriod(result, One("when"), One("from"), One("to"), today, errors);

        var (near, label) = QueryValues.Near(One("near"), errors);
        result = result with { Near = near, NearLabel = label };
        if (One("radius_km") is { } radius)
        {
            if (double.TryParse(radius, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) && km > 0 && km <= LendingQuery.MaxRadiusKm)
                result = result with { RadiusKm = km };
            else Add(errors, "radius_km", "må være et tall over 0 og høyst 100", "must be a number above 0 and at most 100");
            if (near is null && errors.All(e => e.Parameter != "near"))
                Add(errors, "radius_km", "krever near=breddegrad,lengdegrad", "requires near=lat,lon");
        }

        if (One("initiative") is { } slug)
        {
            if (slug.Length <= 100 && slug.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')) result = result with { Initiative = slug };
            else Add(errors, "initiative", "må være en adresse-id som «bua-asker»", "must be a slug such as 'bua-asker'");
        }

        return result with
        {
            Page = QueryValues.WholeNumber(One("page") ?? One(Paging.QueryKey), One("page") is null ? Paging.QueryKey : "page", 1, 1, 100_000, errors),
            PageSize = QueryValues.WholeNumber(One("page_size"), "page_size", Paging.DefaultPageSize, 1, MaxPageSize, errors),
        };
    }

    private static LendingQuery ParsePeriod(LendingQuery result, string? when, string? from, string? to, DateOnly today, List<QueryError> errors)
    {
        switch (when)
        {
            case null or "any" when from is null && to is null:
                return result;
            case "next-weekend":
                if (from is not null || to is not null)
                    Add(errors, "when", "bruk enten when=next-weekend eller from/to, ikke begge", "use either when=next-weekend or from/to, not both");
                return result with { When = LendingWhen.NextWeekend };
            case "any":
                Add(errors, "when", "when=any kan ikke brukes sammen med from/to", "when=any cannot be used with from/to");
                return result;
            case null or "dates":
                break;
            default:
                Add(errors, "when", "bruk next-weekend, dates eller any", "use next-weekend, dates or any");
                return result;
        }

        if (from is null)
        {
            Add(errors, "from", "velg den første dagen (ÅÅÅÅ-MM-DD)", "choose the first day (YYYY-MM-DD)");
            return result;
        }
        var first = DateInput.Date(from, "from", errors);
        var last = to is null ? first : DateInput.Date(to, "to", errors);
        if (first is not { } f || last is not { } l) return result;
        var horizon = today.AddDays(Availability.HorizonDays);
        var ok = true;
        if (f < today)
        {
            Add(errors, "from", "dagen har allerede vært", "the day has already passed");
            ok = false;
        }
        else if (f > horizon)
        {
            Add(errors, "from", $"kan være høyst {Availability.HorizonDays} dager frem i tid", $"can be at most {Availability.HorizonDays} days ahead");
            ok = false;
        }
        if (l < f)
        {
            Add(errors, "to", "må være samme dag som eller etter «fra»", "must be the same day as or after 'from'");
            ok = false;
        }
        else if (l.DayNumber - f.DayNumber + 1 > MaxPeriodDays)
        {
            Add(errors, "to", $"perioden kan være høyst {MaxPeriodDays} dager", $"the period can be at most {MaxPeriodDays} days");
            ok = false;
        }
        return ok ? result with { When = LendingWhen.Dates, From = f, To = l } : result;
    }

    private static void Add(List<QueryError> errors, string parameter, string nb, string en) => errors.Add(new(parameter, nb, en));
}
