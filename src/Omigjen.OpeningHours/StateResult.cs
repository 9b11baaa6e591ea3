namespace Omigjen.OpeningHours;

/// <summary>The state at one instant and the comment of the rule that decided it.</summary>
public readonly record struct StateResult(OpeningState State, string? Comment);
