namespace Omigjen.OpeningHours;

/// <summary>Outcome of <see cref="OpeningHoursSchedule.Parse"/>: a schedule or an error, plus leniency warnings.</summary>
public sealed record ParseResult(OpeningHoursSchedule? Schedule, ParseError? Error, IReadOnlyList<ParseWarning> Warnings)
{
    public bool IsValid => Schedule is not null;
}

/// <summary>Why a value could not be parsed; <see cref="Position"/> is a zero-based character index.</summary>
public sealed record ParseError(int Position, string Expected, string MessageNb, string MessageEn);

/// <summary>A common mistake that was accepted; <see cref="SuggestedValue"/> is the whole normalised value.</summary>
public sealed record ParseWarning(int Position, string MessageNb, string MessageEn, string SuggestedValue);
