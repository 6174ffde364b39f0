namespace CareerGraph.Standards.Reading.Pdf;

using System.Text.RegularExpressions;

/// <summary>
/// Content signature of PDF-converted text: letter-spaced runs («К о д  »), vertical runs of 1–4-character lines from
/// narrow table columns, and page breaks as runs of exactly three blank lines. Tab-cell text and Markdown have none of
/// the first two; each signal saturates so one long file cannot win on a single feature.
/// </summary>
internal static partial class PdfSignature
{
    private const double PageBreaksForFullScore = 30;
    private const double SpacedLinesForFullScore = 30;
    private const double VerticalRunsForFullScore = 10;

    /// <summary>More tab or markup lines than this share mean another layout (tab cells, Markdown, HTML).</summary>
    private const double ForeignShare = 0.01;

    public static double Score(SourceText source)
    {
        if (Foreign(source.Text)) return 0;
        var lines = source.Lines;

        var pageBreaks = 0;
        var verticalRuns = 0;
        for (int i = 0, blanks = 0, vertical = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0) { blanks++; vertical = 0; continue; }
            if (blanks == PdfBlocks.PageBreakBlankLines) pageBreaks++;
            blanks = 0;
            vertical = text.Length <= 4 ? vertical + 1 : 0;
            if (vertical == PdfBlocks.MinVerticalRun) verticalRuns++;
        }
        var spaced = lines.Count(HasSpacedLetters);
        var layout = Math.Min(1, spaced / SpacedLinesForFullScore) + Math.Min(1, verticalRuns / VerticalRunsForFullScore);
        // Runs of three blank lines alone are common in any text; they count only beside a PDF layout signal.
        var breaks = layout > 0 ? Math.Min(1, pageBreaks / PageBreaksForFullScore) : 0;
        return (layout + breaks) / 3;
    }

    /// <summary>More than <see cref="ForeignShare"/> of the lines hold a tab or start with markup: another layout.</summary>
    private static bool Foreign(string text)
    {
        // Counted against the number of lines known up front, so that an HTML or tab-cell text stops at its first lines.
        var lines = SourceLines.CountOf(text);
        int tabs = 0, markup = 0;
        foreach (var line in new LineSpans(text))
        {
            if (line.Contains('\t') && (double)++tabs / lines > ForeignShare) return true;
            if (MarkupLine().IsMatch(line) && (double)++markup / lines > ForeignShare) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s*(<[a-zA-Z/]|#{1,6}\s|\|)")]
    private static partial Regex MarkupLine();

    /// <summary>
    /// Three or more single letters each followed by one space, ending at two spaces or the line end: the regex
    /// <c>(?:^|\s)(?:\p{L} ){2,}\p{L}(?:  |\s*$)</c> written out, as it runs on every line of every input.
    /// </summary>
    private static bool HasSpacedLetters(string line)
    {
        for (var start = 0; start < line.Length; start++)
        {
            if (start > 0 && !char.IsWhiteSpace(line[start - 1])) continue;
            var pairs = 0;
            while (start + 2 * pairs + 1 < line.Length && char.IsLetter(line[start + 2 * pairs]) && line[start + 2 * pairs + 1] == ' ') pairs++;
            for (var taken = 2; taken <= pairs; taken++)
            {
                var last = start + 2 * taken;
                if (last < line.Length && char.IsLetter(line[last]) && EndsRun(line, last + 1)) return true;
            }
        }
        return false;
    }

    private static bool EndsRun(string line, int from) =>
        from + 1 < line.Length && line[from] == ' ' && line[from + 1] == ' ' || line.AsSpan(from).IsWhiteSpace();
}
