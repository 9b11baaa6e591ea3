namespace Omigjen.OpeningHours.Parsing;

/// <summary>Splits a value into tokens, accepting common variants (case, dashes, '.' for ':') with warnings.</summary>
internal sealed class Lexer(string text, List<(int Position, string Nb, string En)> warnings)
{
    private readonly List<Token> tokens = new(32);
    private int pos;

    public List<Token> Run()
    {
        while (pos < text.Length)
        {
            char c = text[pos];
            if (char.IsWhiteSpace(c))
            {
                pos++;
            }
            else if (char.IsAsciiDigit(c))
            {
                ReadNumber();
            }
            else if (char.IsLetter(c))
            {
                ReadWord();
            }
            else if (c == '"')
            {
                ReadComment();
            }
            else if (c == '.' && pos > 0 && char.IsAsciiDigit(text[pos - 1]) && (pos + 1 >= text.Length || !char.IsAsciiDigit(text[pos + 1])))
            {
                // "Dec 24.": the ordinal dot after a day number is left out.
                warnings.Add((pos, "Punktum etter et dagnummer er fjernet.", "A full stop after a day number was removed."));
                pos++;
            }
            else
            {
                ReadPunctuation(c);
            }
        }

        tokens.Add(new Token(TokenKind.End, text.Length, 0));
        return tokens;
    }

    private void ReadNumber()
    {
        int start = pos;
        if (string.CompareOrdinal(text, pos, "24/7", 0, 4) == 0 && (pos + 4 >= text.Length || !char.IsAsciiDigit(text[pos + 4])))
        {
            tokens.Add(new Token(TokenKind.TwentyFourSeven, start, 0));
            pos += 4;
            return;
        }

        long value = 0;
        while (pos < text.Length && char.IsAsciiDigit(text[pos]))
        {
            // Clamp so absurdly long digit runs stay a (rejected) large number instead of overflowing.
            value = Math.Min((value * 10) + (text[pos] - '0'), 1_000_000_000);
            pos++;
        }

        tokens.Add(new Token(TokenKind.Number, start, (int)value, pos - start));
    }

    private void ReadWord()
    {
        int start = pos;
        while (pos < text.Length && char.IsLetter(text[pos]))
        {
            pos++;
        }

        var word = text.AsSpan(start, pos - start);
        if (word.Length > 32)
        {
            throw ParseFailure.At(start, "keyword", $"Ukjent ord ved posisjon {start}.", $"Unknown word at position {start}.");
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (!Words.TryLookup(lower, out var kind, out int value, out string canonical))
        {
            string shown = word.ToString();
            throw ParseFailure.At(start, "weekday, month, PH, SH, time or modifier",
                $"Ukjent ord «{shown}» ved posisjon {start}.", $"Unknown word \"{shown}\" at position {start}.");
        }

        if (!word.SequenceEqual(canonical))
        {
            warnings.Add((start, $"Skriv «{canonical}» i stedet for «{word}».", $"Write \"{canonical}\" instead of \"{word}\"."));
        }

        // "Mo." and "Jan." are abbreviations, not time separators.
        if (pos < text.Length && text[pos] == '.' && kind is TokenKind.Weekday or TokenKind.Month)
        {
            pos++;
        }

        tokens.Add(new Token(kind, start, value));
    }

    private void ReadComment()
    {
        int start = pos;
        int end = text.IndexOf('"', pos + 1);
        if (end < 0)
        {
            throw ParseFailure.At(start, "\"", $"Kommentaren som starter ved posisjon {start} er ikke avsluttet med \".",
                $"The comment starting at position {start} is not closed with \".");
        }

        if (end == start + 1)
        {
            warnings.Add((start, "Tom kommentar; skriv noe i den, eller bruk «unknown».", "Empty comment; write something in it or use \"unknown\"."));
        }

        tokens.Add(new Token(TokenKind.Comment, start, 0, 0, text.Substring(start + 1, end - start - 1)));
        pos = end + 1;
    }

    private void ReadPunctuation(char c)
    {
        int start = pos;
        pos++;
        TokenKind kind;
        switch (c)
        {
            case ':': kind = TokenKind.Colon; break;
            case '.':
                kind = TokenKind.Colon;
                warnings.Add((start, "Bruk «:» mellom timer og minutter.", "Use \":\" between hours and minutes."));
                break;
            case '-': kind = TokenKind.Dash; break;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                kind = TokenKind.Dash;
                warnings.Add((start, "Bruk vanlig bindestrek «-».", "Use a plain hyphen \"-\"."));
                break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semicolon; break;
            case '+': kind = TokenKind.Plus; break;
            case '/': kind = TokenKind.Slash; break;
            case '[': kind = TokenKind.LBracket; break;
            case ']': kind = TokenKind.RBracket; break;
            case '(': kind = TokenKind.LParen; break;
            case ')': kind = TokenKind.RParen; break;
            case '|' when pos < text.Length && text[pos] == '|':
                pos++;
                kind = TokenKind.Fallback;
                break;
            default:
                throw ParseFailure.At(start, "selector, time, ; or ,",
                    $"Uventet tegn «{c}» ved posisjon {start}.", $"Unexpected character \"{c}\" at position {start}.");
        }

        tokens.Add(new Token(kind, start, 0));
    }
}
