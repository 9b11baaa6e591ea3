using System.Text;

namespace Omigjen.Web.Features.Items.Search;

/// <summary>
/// The text part of an item search: the "every word, any of its forms" condition written for each database's
/// full-text index, and the same rule in C#.
/// </summary>
public static class ItemSearchText
{
    /// <summary>
    /// An FTS5 MATCH expression: <c>("a" OR "b") AND ("c")</c>; with <paramref name="titleOnly"/> limited to the title
    /// column. Every term is quoted, so nothing in it can be read as an operator.
    /// </summary>
    public static string Fts5Match(IReadOnlyList<IReadOnlyList<string>> groups, bool titleOnly)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var expression = string.Join(" AND ", groups.Select(g => "(" + string.Join(" OR ", g.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + ")"));
        return titleOnly ? "{TitleTerms} : (" + expression + ")" : expression;
    }

    /// <summary>A PostgreSQL tsquery in the 'simple' configuration: <c>('a' | 'b') &amp; ('c')</c>, every term quoted.</summary>
    public static string TsQuery(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return string.Join(" & ", groups.Select(g => "(" + string.Join(" | ", g.Select(Quote)) + ")"));

        static string Quote(string term)
        {
            var sb = new StringBuilder("'");
            foreach (var ch in term)
            {
                if (ch is '\'' or '\\') sb.Append('\\');
                sb.Append(ch);
            }
            return sb.Append('\'').ToString();
        }
    }

    /// <summary>
    /// The groups without compound first parts (<see cref="NorwegianAnalyzer.IsFirstPart"/>): what a title must have to
    /// rank first. The very same list when no group has one. Each group keeps its first term, the query stem itself
    /// (even a typed "telt0"), so none becomes empty.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<string>> WithoutFirstParts(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (!groups.Any(g => g.Skip(1).Any(NorwegianAnalyzer.IsFirstPart))) return groups;
        return groups.Select(g => (IReadOnlyList<string>)g.Where((t, n) => n == 0 || !NorwegianAnalyzer.IsFirstPart(t)).ToList()).ToList();
    }

    /// <summary>True when every group has a term among <paramref name="terms"/>: the rule the indexes apply, for checks in C#.</summary>
    public static bool Matches(IReadOnlyList<IReadOnlyList<string>> groups, IReadOnlySet<string> terms)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(terms);
        return groups.Count > 0 && groups.All(g => g.Any(terms.Contains));
    }
}

/// <summary>One item the full-text index found, and whether its title alone matches every word.</summary>
public sealed class TextHit
{
    public int Id { get; set; }
    public int TitleHit { get; set; }
}
