namespace CareerGraph.Standards.Reading.Html;

using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>
/// The Markdown around the tables: headings (#…######), numbered items («1.», «1)», and «12 » as printed in
/// chapter 4), bullets, block quotes and paragraphs become logical lines with their markers removed; emphasis
/// (**…**, *…*) and inline tags are stripped and entities decoded. A paragraph wrapped over several physical lines
/// is one logical line; a blank line, a thematic break («---»), a heading, an item or a quote starts a new one.
/// Lines left with nothing but markup give nothing.
/// </summary>
public static partial class MarkdownLines
{
    [GeneratedRegex(@"^\s{0,3}#{1,6}(\s+|$)")]
    private static partial Regex Heading();

    // «8\. Перечень …», «1\) …»: the mirror escapes the marker so that Markdown does not renumber it.
    [GeneratedRegex(@"^\s*(\d{1,3}\s*\\?[.)]|\d{1,3}\s|[-*+]\s)")]
    private static partial Regex ItemStart();

    /// <summary>A backslash escape of ASCII punctuation (CommonMark): the character as printed.</summary>
    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^\s*[-*+]\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s{0,3}>\s?")]
    private static partial Regex Quote();

    [GeneratedRegex(@"(\*\*|__)(.+?)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])[*_](\S(?:.*?\S)?)[*_](?![\w*])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHashes();

    [GeneratedRegex(@"^\s{0,3}([-*_])(\s*\1){2,}\s*$")]
    private static partial Regex ThematicBreak();

    /// <summary>Reads physical lines (text, 1-based number); lines of tables must already be left out.</summary>
    public static IEnumerable<LogicalLine> Read(IEnumerable<(string Text, int Line)> lines)
    {
        LogicalLine? open = null;
        foreach (var (raw, number) in lines)
        {
            if (string.IsNullOrWhiteSpace(raw) || ThematicBreak().IsMatch(raw))
            {
                if (open is not null) yield return open;
                open = null;
                continue;
            }
            var isHeading = Heading().IsMatch(raw);
            var isQuote = Quote().IsMatch(raw);
            var text = Clean(raw);
            if (text.Length == 0) continue;
            var startsBlock = isHeading || isQuote || ItemStart().IsMatch(raw);
            if (open is not null && !startsBlock)
            {
                open = new LogicalLine($"{open.Text} {text}", new LineRange(open.Lines.First, number));
                continue;
            }
            if (open is not null) yield return open;
            open = new LogicalLine(text, LineRange.Single(number));
            if (isHeading)
            {
                // A heading is one line; what follows it starts afresh.
                yield return open;
                open = null;
            }
        }
        if (open is not null) yield return open;
    }

    private static string Clean(string raw)
    {
        var text = raw;
        if (Heading().IsMatch(text)) text = ClosingHashes().Replace(Heading().Replace(text, ""), "");
        while (Quote().IsMatch(text)) text = Quote().Replace(text, "");
        text = Bullet().Replace(text, "");
        text = StripTags(text);
        text = Strong().Replace(text, "$2");
        text = Emphasis().Replace(text, "$1");
        text = Escape().Replace(text, "$1");
        text = WebUtility.HtmlDecode(text).Trim();
        return text.All(c => c is '*' or '_' or '#') ? "" : text;
    }

    private static string StripTags(string text)
    {
        if (!text.Contains('<')) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var token in HtmlTokenizer.Tokenize(text))
            if (token is HtmlText t) sb.Append(t.Span);
        return sb.ToString();
    }
}
