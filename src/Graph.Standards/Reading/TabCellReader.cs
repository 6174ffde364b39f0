namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>
/// HTML tables saved as text (kk reference-info, kk employment): a line holding only tabs separates cells, a label
/// and its value sit on separate lines, one paragraph a line. Each paragraph becomes one logical line; the
/// card parser splits a label from a value printed on the same line («2-дағды: title», employment L323).
/// </summary>
public sealed class TabCellReader : ILayoutReader
{
    public string Family => "tab-cells";

    public double Match(SourceText source)
    {
        int tabOnly = 0, nonEmpty = 0;
        foreach (var line in new LineSpans(source.Text))
        {
            if (line.Length == 0) continue;
            nonEmpty++;
            if (IsCellBreak(line)) tabOnly++;
            // Markup means another layout: no need to read further.
            if (line.Contains("<li>", StringComparison.Ordinal) || line.Contains("<td", StringComparison.Ordinal)) return 0;
        }
        if (nonEmpty == 0) return 0;
        // Both tab-line files have a cell break on roughly every third non-empty line.
        var share = (double)tabOnly / nonEmpty;
        return share >= 0.15 ? 0.9 : share >= 0.05 ? 0.4 : 0;
    }

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings)
    {
        var result = new List<LogicalLine>(source.Lines.Count / 2);
        for (var i = 0; i < source.Lines.Count; i++)
        {
            var line = source.Lines[i];
            if (IsCellBreak(line)) continue;
            var text = TextNorm.Clean(line);
            if (text.Length == 0 || text.StartsWith("[image:", StringComparison.Ordinal)) continue;
            result.Add(new LogicalLine(text, LineRange.Single(i + 1)));
        }
        return result;
    }

    private static bool IsCellBreak(ReadOnlySpan<char> line) => line.Length > 0 && line.TrimEnd('\r').IndexOfAnyExcept('\t') < 0;
}
