using Omigjen.Web.Features.Initiatives;

namespace Omigjen.Web.Features.Repair.Services.Search;

/// <summary>One repair service in the search: what, where, the price (kind, kroner and as text), turnaround, warranty, distance and opening.</summary>
public sealed record RepairServiceDto(
    int Id, string What, string Category, string Description, string PriceKind, int? PriceFromNok, int? PriceToNok, string Price,
    int? TurnaroundDays, string Turnaround, string Visit, int? WarrantyDays, string Warranty, RepairPromiseDto? Promise,
    string InitiativeSlug, string InitiativeName, string InitiativeUrl, string? Address, double Lat, double Lon, double? DistanceKm,
    string StateNow);

/// <summary>A free-repair promise on goods bought at the initiative: the text, the days it lasts and the goods it covers.</summary>
public sealed record RepairPromiseDto(string Text, int Days, string Category);

public sealed record RepairServicePageDto(IReadOnlyList<RepairServiceDto> Services, int Total, int Page, int PageSize, int PageCount);

internal static class RepairDtoMapping
{
    public static RepairServiceDto ToDto(this RepairHit h, string baseUrl)
    {
        var s = h.Service;
        var i = h.Entry.Initiative;
        var promise = s.PromiseText is { } text && s.PromiseDays is { } days && s.PromiseCategory is { } c
            ? new RepairPromiseDto(text, days, Tokens.Of(c)) : null;
        return new RepairServiceDto(s.Id, s.What, Tokens.Of(s.Category), s.Description, Tokens.Of(s.PriceKind), s.PriceFromNok, s.PriceToNok,
            RepairLabels.Price(s), s.TurnaroundDays, RepairLabels.Turnaround(s.TurnaroundDays, s.TurnaroundText), Tokens.Of(s.Visit),
            s.WarrantyDays, RepairLabels.Warranty(s.WarrantyDays, s.WarrantyText), promise, i.Slug, i.Name, $"{baseUrl}/initiativ/{i.Slug}",
            h.Location.Address, h.Location.Latitude, h.Location.Longitude, h.DistanceKm is { } d ? Math.Round(d, 2) : null, h.StateNow.Token());
    }
}
