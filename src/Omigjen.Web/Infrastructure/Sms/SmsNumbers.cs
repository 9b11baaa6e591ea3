namespace Omigjen.Web.Infrastructure.Sms;

/// <summary>Mobile numbers as people type them, turned into the international form an SMS gateway needs.</summary>
public static class SmsNumbers
{
    /// <summary>
    /// "412 34 567", "+47 412 34 567", "0047 41234567" and "47 41 23 45 67" all become "+4741234567". A Norwegian
    /// number must be a mobile number (eight digits starting with 4 or 9). A number from another country is kept when
    /// written with its country code ("+46 70 123 45 67", "0046…"). Anything else (letters, too few or too many digits,
    /// a landline) gives null.
    /// </summary>
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return null;
        // Spaces, dashes, dots and brackets are how people group numbers; a plus may only come first.
        var text = string.Concat(input.Where(c => c is not (' ' or '-' or '.' or '(' or ')' or '\u00A0')));
        var international = false;
        if (text.StartsWith('+'))
        {
            international = true;
            text = text[1..];
        }
        if (text.Length == 0 || !text.All(char.IsAsciiDigit)) return null;
        var number = text;
        if (!international && number.StartsWith("00", StringComparison.Ordinal))
        {
            international = true;
            number = number[2..];
        }
        if (!international)
        {
            if (number.Length == 8) return IsNorwegianMobile(number) ? "+47" + number : null;
            // "47 412 34 567" without the plus.
            if (number.Length == 10 && number.StartsWith("47", StringComparison.Ordinal) && IsNorwegianMobile(number[2..]))
                return "+" + number;
            return null;
        }
        if (number.StartsWith("47", StringComparison.Ordinal))
            return number.Length == 10 && IsNorwegianMobile(number[2..]) ? "+" + number : null;
        // E.164: a country code that does not start with 0, at most 15 digits in all.
        return number.Length is >= 8 and <= 15 && number[0] != '0' ? "+" + number : null;
    }

    private static bool IsNorwegianMobile(string eightDigits) => eightDigits.Length == 8 && eightDigits[0] is '4' or '9';
}
