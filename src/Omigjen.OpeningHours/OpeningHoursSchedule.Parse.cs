using Omigjen.OpeningHours.Parsing;
using Omigjen.OpeningHours.Syntax;

namespace Omigjen.OpeningHours;

public sealed partial class OpeningHoursSchedule
{
    /// <summary>Parses a value. Never throws: a value that cannot be read gives a <see cref="ParseError"/>.</summary>
    public static ParseResult Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Failed(0, "rule", "Verdien er tom.", "The value is empty.");
        }

        if (value.Length > MaxLength)
        {
            return Failed(MaxLength, "shorter value", $"Verdien er lengre enn {MaxLength} tegn.", $"The value is longer than {MaxLength} characters.");
        }

        var warnings = new List<(int Position, string Nb, string En)>();
        try
        {
            var tokens = new Lexer(value, warnings).Run();
            var rules = new Parser(tokens, warnings).ParseRules();
            string normalized = Normalizer.Write(rules);
            if (warnings.Count == 0 && !string.Equals(normalized, value.Trim(), StringComparison.Ordinal))
            {
                warnings.Add((0, "Verdien kan skrives på standardform.", "The value can be written in canonical form."));
            }

            var list = new ParseWarning[warnings.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = new ParseWarning(warnings[i].Position, warnings[i].Nb, warnings[i].En, normalized);
            }

            return new ParseResult(new OpeningHoursSchedule(rules, normalized), null, list);
        }
        catch (ParseFailure failure)
        {
            return ParseLenient(value) ?? new ParseResult(null, failure.Error, []);
        }
#pragma warning disable CA1031 // The contract is "never throws": any defect in the parser becomes a parse error.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return Failed(0, "valid value", "Verdien kunne ikke leses.", "The value could not be read.");
        }
    }

    /// <summary>Only after the strict parse failed: the value with the reference implementation's corrections, each one a warning.</summary>
    private static ParseResult? ParseLenient(string value)
    {
        var warnings = new List<(int Position, string Nb, string En)>();
        if (LenientRewriter.Rewrite(value, warnings) is not { } rewritten)
        {
            return null;
        }

        try
        {
            var tokens = new Lexer(rewritten, warnings).Run();
            var rules = new Parser(tokens, warnings).ParseRules();
            string normalized = Normalizer.Write(rules);
            var list = new ParseWarning[warnings.Count];
            for (int i = 0; i < list.Length; i++)
            {
                list[i] = new ParseWarning(warnings[i].Position, warnings[i].Nb, warnings[i].En, normalized);
            }

            return new ParseResult(new OpeningHoursSchedule(rules, normalized), null, list);
        }
        catch (ParseFailure)
        {
            return null;
        }
    }

    private static ParseResult Failed(int position, string expected, string nb, string en) =>
        new(null, new ParseError(position, expected, nb, en), []);
}
