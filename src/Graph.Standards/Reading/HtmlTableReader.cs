namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading.Html;

/// <summary>
/// Markdown from the official legal database with the cards in HTML &lt;table&gt; markup (rowspan/colspan), as in
/// the kk/ru insurance standards (guide §2.6–2.7).
/// <para>Output, in document order: the Markdown before and after the tables (headings, order items, signature,
/// passport lines; see <see cref="MarkdownLines"/>), and for every table cell its printed lines: a label cell
/// («Код группы:») is one line, its value cell («3315-3») the next; a multi-line cell gives one line per printed
/// line («Навык 1:» then the skill title), except that list items are one line each with their unnumbered
/// continuation lines joined (<see cref="CellItems"/>). Empty cells give nothing. Every line keeps the physical
/// lines it came from.</para>
/// </summary>
public sealed class HtmlTableReader : ILayoutReader
{
    public string Family => "html-tables";

    /// <summary>
    /// Table markup with real cells (a file that only mentions «&lt;table&gt;», like a README, has none) and, for
    /// full confidence, Markdown headings around it.
    /// </summary>
    public double Match(SourceText source)
    {
        var text = source.Text;
        // Header cells (<th>) are cells too: a table printed with them reads like one with <td>.
        var cells = CountOrdinalIgnoreCase(text, "<td", 4);
        if (cells < 4) cells += CountOrdinalIgnoreCase(text, "<th", 4 - cells);
        if (cells < 4 || CountOrdinalIgnoreCase(text, "<tr", 2) < 2 || !text.Contains("<table", StringComparison.OrdinalIgnoreCase)) return 0;
        var score = 0.6;
        if (text.Contains("</table>", StringComparison.OrdinalIgnoreCase)) score += 0.2;
        foreach (var line in new LineSpans(text))
            if (line.StartsWith('#'))
            {
                score += 0.2;
                break;
            }
        return score;
    }

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings)
    {
        var text = source.Text;
        var index = new LineIndex(text);
        var output = new List<LogicalLine>();
        var markdownFrom = 0; // character offset where the current stretch of Markdown starts
        // One table's tokens at a time: a whole act's tokens held at once were most of what a collection had to keep.
        // They are collected by the parser's own depth rule, so the parser always ends at the last one collected.
        var tableTokens = new List<HtmlToken>();
        using var stream = HtmlTokenizer.Tokenize(text).GetEnumerator();
        while (stream.MoveNext())
        {
            if (stream.Current is not HtmlTag { Name: "table", IsEnd: false } start) continue;
            output.AddRange(MarkdownLines.Read(Slice(text, index, markdownFrom, start.Start)));
            tableTokens.Clear();
            tableTokens.Add(start);
            for (var depth = HtmlTableParser.Depth(0, start); depth > 0 && stream.MoveNext();)
            {
                tableTokens.Add(stream.Current);
                depth = HtmlTableParser.Depth(depth, stream.Current);
            }
            var (table, _) = HtmlTableParser.Parse(tableTokens, 0, index, warnings);
            foreach (var cell in table.Cells)
                output.AddRange(CellItems.Group(cell.Lines));
            markdownFrom = tableTokens[^1].End;
        }
        output.AddRange(MarkdownLines.Read(Slice(text, index, markdownFrom, text.Length)));
        return output;
    }

    /// <summary>The physical lines of text[from..to), with their numbers; partial first/last lines are cut.</summary>
    private static IEnumerable<(string Text, int Line)> Slice(string text, LineIndex index, int from, int to)
    {
        if (from >= to) yield break;
        var line = index.LineOf(from);
        var pos = from;
        while (pos < to)
        {
            var newline = text.IndexOf('\n', pos, to - pos);
            var end = newline < 0 ? to : newline;
            yield return (text[pos..end].TrimEnd('\r'), line);
            if (newline < 0) break;
            pos = newline + 1;
            line++;
        }
    }

    /// <summary>Occurrences of <paramref name="value"/>, counted up to <paramref name="enough"/>.</summary>
    private static int CountOrdinalIgnoreCase(string text, string value, int enough)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); i >= 0 && count < enough;
             i = text.IndexOf(value, i + value.Length, StringComparison.OrdinalIgnoreCase))
            count++;
        return count;
    }
}
