namespace Omigjen.OpeningHours;

/// <summary>A half-open interval [From, To) with one state; the comment is the one valid at From.</summary>
public sealed record OpeningInterval(DateTimeOffset From, DateTimeOffset To, OpeningState State, string? Comment);
