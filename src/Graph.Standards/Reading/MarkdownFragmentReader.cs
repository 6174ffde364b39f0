namespace CareerGraph.Standards.Reading;

using System.Net;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>
/// Markdown with tab-separated rows and leftover HTML fragments (kk MICE): `label\tvalue\t\t` rows, `&lt;p&gt;`,
/// `&lt;ol&gt;`, `&lt;li&gt;` and `&lt;b&gt;` fragments. Every tab cell, paragraph and list item becomes its own logical
/// line, so labels and values that share a row come out apart. Inline «1. … 2. …» lists are left to the card
/// parser, which splits them on the continuing sequence.
/// </summary>
public sealed partial class MarkdownFragmentReader : ILayoutReader
{
    public string Family => "markdown-fragments";

    [GeneratedRegex(@"</?(?:p|li|ol|ul|br|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-z][a-z0-9]*\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"^(?:#{1,6}\s+|\s*[-*]\s+(?=\S))")]
    private static partial Regex MarkdownPrefix();

    public double Match(SourceText source)
    {
        int rows = 0, fragments = 0;
        foreach (var line in new LineSpans(source.Text))
        {
            // Table markup means another layout: no need to read further.
            if (line.Contains("<td", StringComparison.OrdinalIgnoreCase) || line.Contains("<table", StringComparison.OrdinalIgnoreCase)) return 0;
            if (line.Contains("<li>", StringComparison.Ordinal) || line.Contains("<p>", StringComparison.Ordinal)) fragments++;
            if (line.TrimEnd().Length > 0 && line.Contains('\t') && line.TrimStart('\t').Length > 0 && line.IndexOf('\t') > 0) rows++;
        }
        return fragments >= 3 && rows >= 10 ? 0.9 : 0;
    }

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings)
    {
        var result = new List<LogicalLine>();
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var range = LineRange.Single(i + 1);
            foreach (var cell in source.Lines[i].Split('\t'))
                foreach (var fragment in BlockTag().Split(cell))
                {
                    var text = TextNorm.Clean(WebUtility.HtmlDecode(AnyTag().Replace(fragment, " ")));
                    text = MarkdownPrefix().Replace(text, "").Trim();
                    if (text.Length > 0) result.Add(new LogicalLine(text, range));
                }
        }
        return result;
    }
}
