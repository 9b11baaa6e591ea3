using Omigjen.OpeningHours;

namespace Omigjen.Web.Features.Initiatives;

public sealed record InitiativeSummaryDto(
    string Slug, string Name, string ShortDescription, IReadOnlyList<string> Kinds, IReadOnlyList<string> Categories,
    IReadOnlyList<string> Services, string OrganisationType, string Status, LocationDto Location, double? DistanceKm,
    string StateNow, string StatusText, string Url, bool Illustrative);

public sealed record LocationDto(string? Name, string Address, string? PostalCode, string? City, double Lat, double Lon,
    DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record PageDto<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize, int PageCount);

public sealed record InitiativeDetailDto(
    string Slug, string Name, TextDto ShortDescription, TextDto LongDescription, IReadOnlyList<string> Kinds,
    IReadOnlyList<string> Categories, IReadOnlyList<string> Services, TextDto Accepts, TextDto Declines,
    string OrganisationType, IReadOnlyList<LocationDto> Locations, string OpeningHours, string? OpeningHoursText,
    TextDto OpeningHoursNote, string StateNow, string StatusText, DateTimeOffset? NextChange, ContactInfo Contact,
    AccessibilityInfo Accessibility, TermsDto Terms, string Status, TextDto ClosedReason, DateOnly? ClosedUntil,
    DateOnly? LastConfirmed, bool Illustrative, string Url);

public sealed record TextDto(string Nb, string? En)
{
    public static TextDto From(LocalizedText t) => new(t.Nb, t.En);
}

public sealed record TermsDto(TextDto Returns, TextDto Complaints, TextDto Warranty, TextDto FreeServices);

internal static class InitiativeDtoMapping
{
    public static LocationDto ToDto(this InitiativeLocation l) =>
        new(l.Name, l.Address, l.PostalCode, l.City, l.Latitude, l.Longitude, l.ValidFrom, l.ValidTo);

    public static string Token(this OpeningState s) => s switch
    {
        OpeningState.Open => "open",
        OpeningState.Closed => "closed",
        _ => "unknown",
    };

    /// <summary>
    /// A hit for the list API: <c>stateNow</c> is the state now; <c>statusText</c> describes the chosen time under a time
    /// filter of <paramref name="query"/> ("Åpen lørdag kl. 10.00–15.00"), else now (<see cref="StatusText.Describe"/>).
    /// </summary>
    public static InitiativeSummaryDto ToSummary(this SearchHit h, DirectorySnapshot snapshot, InitiativeQuery query, DateTimeOffset now,
                                                 TimeZoneInfo zone, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(query);
        var i = h.Entry.Initiative;
        var (statusText, _) = StatusText.Describe(snapshot, h.Entry, query.Open, query.At, now, zone, h.StateNow);
        return new(i.Slug, i.Name, i.ShortDescription.For(Infrastructure.L.IsEnglish),
            i.Kinds.Select(Tokens.Of).ToList(), i.Categories.Select(Tokens.Of).ToList(), i.Services.Select(Tokens.Of).ToList(),
            Tokens.Of(i.OrganisationType), Tokens.Of(i.Status), h.Location.ToDto(),
            h.DistanceKm is { } d ? Math.Round(d, 2) : null, h.StateNow.Token(), statusText,
            $"{baseUrl}/initiativ/{i.Slug}", i.IsIllustrative);
    }

    public static InitiativeDetailDto ToDetail(this DirectoryEntry e, DateTimeOffset now, TimeZoneInfo zone, string baseUrl)
    {
        var i = e.Initiative;
        var lang = Infrastructure.L.IsEnglish ? Language.En : Language.Nb;
        return new(i.Slug, i.Name, TextDto.From(i.ShortDescription), TextDto.From(i.LongDescription),
            i.Kinds.Select(Tokens.Of).ToList(), i.Categories.Select(Tokens.Of).ToList(), i.Services.Select(Tokens.Of).ToList(),
            TextDto.From(i.Accepts), TextDto.From(i.Declines), Tokens.Of(i.OrganisationType),
            i.Locations.Select(ToDto).ToList(), i.OpeningHours,
            e.Schedule is null ? null : OpeningHoursText.Describe(e.Schedule, lang), TextDto.From(i.OpeningHoursNote),
            OpenWhenRules.StateAt(e, now, zone).Token(), StatusText.For(e, now, zone),
            e.Schedule?.GetNextChange(now, e.Context) is { } next ? TimeZoneInfo.ConvertTime(next, zone) : null,
            i.Contact.Published(), i.Accessibility,
            new TermsDto(TextDto.From(i.Terms.Returns), TextDto.From(i.Terms.Complaints), TextDto.From(i.Terms.Warranty), TextDto.From(i.Terms.FreeServices)),
            Tokens.Of(i.Status), TextDto.From(i.ClosedReason), i.ClosedUntil, i.LastConfirmed, i.IsIllustrative,
            $"{baseUrl}/initiativ/{i.Slug}");
    }
}
