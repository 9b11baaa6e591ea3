namespace Omigjen.Web.Features.OpeningHours;

public sealed record EvaluateResponse(
    bool Valid, string Value, string Normalized, IReadOnlyList<WarningDto> Warnings, string State, string? Comment,
    DateTimeOffset? NextChange, IReadOnlyList<IntervalDto> Intervals, string TextNb, string TextEn);

public sealed record WarningDto(int Position, string MessageNb, string MessageEn, string SuggestedValue);

public sealed record IntervalDto(DateTimeOffset From, DateTimeOffset To, string State, string? Comment);
