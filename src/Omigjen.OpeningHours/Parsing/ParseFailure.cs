namespace Omigjen.OpeningHours.Parsing;

/// <summary>Internal control flow for a syntax error; <see cref="OpeningHoursSchedule.Parse"/> turns it into a <see cref="ParseError"/>.</summary>
#pragma warning disable CA1032, CA1064 // Never escapes the library; only the constructor used is needed.
internal sealed class ParseFailure(ParseError error) : Exception(error.MessageEn)
#pragma warning restore CA1032, CA1064
{
    public ParseError Error { get; } = error;

    public static ParseFailure At(int position, string expected, string nb, string en) => new(new ParseError(position, expected, nb, en));
}
