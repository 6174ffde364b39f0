namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;

/// <summary>
/// Sub-item ids: a template (2024, e.g. pension payments) numbers the posts a card covers as level, sub-level and
/// position — «8.3.-1 руководитель … республиканского значения;» in the card's level cell, «8-3-1» in the passport
/// list, «8.2.-3.» with a trailing dot — and its link rows name their targets by these ids, with no level column.
/// Printed spellings differ only in separators, so ids are compared by their numbers (<see cref="Key"/>).
/// </summary>
public static partial class SubItems
{
    /// <summary>One id: level 1–8, sub-level, position; «.», «-» or «.-» between them; an optional trailing dot.</summary>
    [GeneratedRegex(@"(?<![\d.\-])(?<l>[1-8])(?:\.-?|-)(?<s>\d{1,2})(?:\.-?|-)(?<p>\d{1,2})\.?(?![\d\-]|\.\d)")]
    private static partial Regex Id();

    /// <summary>An id at the start of a line, before the post it numbers («8.3.-1 руководитель …»).</summary>
    [GeneratedRegex(@"^\s*(?<id>(?<l>[1-8])(?:\.-?|-)\d{1,2}(?:\.-?|-)\d{1,2}\.?)(?=\s|$)")]
    private static partial Regex Leading();

    /// <summary>A line of ids only, bracketed or not: «8.3.-1», «(8.3.-2, 8.3.-1, 8.3.-4)».</summary>
    [GeneratedRegex(@"^\s*\(?\s*(?:[1-8](?:\.-?|-)\d{1,2}(?:\.-?|-)\d{1,2}\.?\s*[,;]?\s*)+\)?\s*$")]
    private static partial Regex IdsOnly();

    /// <summary>The ids of a line made of ids alone, as printed (trailing dot trimmed), or empty.</summary>
    public static IReadOnlyList<string> OnlyIds(string text) =>
        IdsOnly().IsMatch(text) ? [.. Id().Matches(text).Select(m => m.Value.TrimEnd('.'))] : [];

    /// <summary>Every id printed in a text (a passport row's level part), as printed.</summary>
    public static IReadOnlyList<string> In(string text) => [.. Id().Matches(text).Select(m => m.Value.TrimEnd('.'))];

    /// <summary>The id a line starts with, as printed, if any.</summary>
    public static string? LeadingId(string text) => Leading().Match(text) is { Success: true } m ? m.Groups["id"].Value.TrimEnd('.') : null;

    /// <summary>The qualification level an id stands for: its first number.</summary>
    public static int Level(string id) => id.TrimStart()[0] - '0';

    /// <summary>The id's numbers joined by dots: «8.3.-1», «8-3-1» and «8.3.-1.» are all «8.3.1».</summary>
    public static string Key(string id) => Id().Match(id) is { Success: true } m
        ? $"{m.Groups["l"].Value}.{int.Parse(m.Groups["s"].Value)}.{int.Parse(m.Groups["p"].Value)}"
        : id.Trim();
}
