using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace Omigjen.Web.Infrastructure.Input;

/// <summary>What is wrong with one submitted text: the field's name as posted, and the rule it broke.</summary>
public sealed record InputProblem(string Field, int Limit, int Length, bool ControlCharacter)
{
    public string Nb => ControlCharacter
        ? $"Feltet «{Field}» inneholder et tegn som ikke kan lagres (linjeskift eller kontrolltegn)."
        : $"Feltet «{Field}» er for langt: høyst {Limit} tegn, men fikk {Length}.";

    public string En => ControlCharacter
        ? $"The field “{Field}” holds a character that cannot be stored (a line break or control character)."
        : $"The field “{Field}” is too long: at most {Limit} characters, got {Length}.";
}

/// <summary>
/// Walks the texts a form bound (properties, nested form objects, lists, handler parameters) and checks each against
/// the limit its property declares with <see cref="StringLengthAttribute"/> or <see cref="MaxLengthAttribute"/>
/// (<see cref="TextLimits.Default"/> when it declares none), and against characters no column can hold.
/// </summary>
public static class InputCheck
{
    private const int MaxDepth = 4;

    public static int LimitOf(ICustomAttributeProvider member)
    {
        ArgumentNullException.ThrowIfNull(member);
        foreach (var a in member.GetCustomAttributes(true))
        {
            switch (a)
            {
                case StringLengthAttribute s: return s.MaximumLength;
                case MaxLengthAttribute m when m.Length > 0: return m.Length;
                case EachStringLengthAttribute each: return each.MaximumLength;
            }
        }
        return TextLimits.Default;
    }

    public static bool IsSingleLine(ICustomAttributeProvider member) =>
        member?.IsDefined(typeof(SingleLineAttribute), true) ?? false;

    /// <summary>The first problem in <paramref name="value"/>, bound as <paramref name="field"/> from <paramref name="member"/>.</summary>
    public static InputProblem? Check(string field, object? value, ICustomAttributeProvider member) =>
        Walk(field, value, LimitOf(member), IsSingleLine(member), 0);

    /// <summary>The problem with one text, or null.</summary>
    public static InputProblem? CheckText(string field, string text, int limit, bool singleLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > limit) return new InputProblem(field, limit, text.Length, false);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            // NUL and lone surrogates are refused by PostgreSQL; other control characters have no place in a text a person typed.
            var bad = char.IsSurrogate(c) || (char.IsControl(c) && (singleLine || c is not ('\n' or '\r' or '\t')));
            if (bad) return new InputProblem(field, limit, text.Length, true);
        }
        return null;
    }

    /// <summary>
    /// A text from a file for a one-line field (a spreadsheet cell may hold line breaks): line breaks, tabs and other
    /// control characters become single spaces, runs of spaces one.
    /// </summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c) || char.IsControl(c);
            if (space && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(space ? ' ' : c);
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>A text from a file for a multi-line field: line breaks as \n, tabs kept, other control characters dropped.</summary>
    public static string Multiline(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return t.Any(c => char.IsControl(c) && c is not ('\n' or '\t')) ? new string(t.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray()) : t;
    }

    private static InputProblem? Walk(string field, object? value, int limit, bool singleLine, int depth)
    {
        switch (value)
        {
            case null: return null;
            case string s: return CheckText(field, s, limit, singleLine);
            case IFormFile or IFormFileCollection: return null;
            case IEnumerable list:
                var index = 0;
                foreach (var item in list)
                {
                    if (Walk($"{field}[{index++}]", item, limit, singleLine, depth + 1) is { } p) return p;
                }
                return null;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || type.Assembly != typeof(InputCheck).Assembly || type.IsEnum || type.IsValueType) return null;
        foreach (var p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!p.CanRead || p.SetMethod is not { IsPublic: true } || p.GetIndexParameters().Length > 0) continue;
            if (Walk($"{field}.{p.Name}", p.GetValue(value), LimitOf(p), IsSingleLine(p), depth + 1) is { } problem) return problem;
        }
        return null;
    }
}
