namespace Omigjen.OpeningHours.Parsing;

internal enum TokenKind : byte
{
    End,
    Number,
    Weekday,
    Month,
    Holiday,
    Easter,
    Week,
    Day,
    Variable,
    Modifier,
    Comment,
    TwentyFourSeven,
    Colon,
    Dash,
    Comma,
    Semicolon,
    Fallback,
    Plus,
    Slash,
    LBracket,
    RBracket,
    LParen,
    RParen,
}

/// <summary>A lexical token. Value holds the number, weekday (0 = Mo), month (1-12), holiday (1 = SH), variable or modifier.</summary>
internal readonly record struct Token(TokenKind Kind, int Position, int Value, int Digits = 0, string? Text = null);
