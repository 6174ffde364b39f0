namespace CareerGraph.Standards.Reading.Pdf;

using System.Text.RegularExpressions;

/// <summary>
/// Content signature of PDF-converted text: page breaks as runs of exactly three blank lines, letter-spaced runs
/// («К о д  »), and vertical runs of 1–4-character lines from narrow table columns. Tab-cell text and Markdown have
/// none of these together; each signal saturates so one long file cannot win on a single feature.
/// </summary>
internal static partial class PdfSignature
{
    private const double PageBreaksForFullScore = 30;
    private const double SpacedLinesForFullScore = 30;
    private const double VerticalRunsForFullScore = 10;

    public static double Score(SourceText source)
    {
        var lines = source.Lines.Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Any(l => l.Contains('\t')) || lines.Any(l => MarkupLine().IsMatch(l))) return 0;

        var pageBreaks = 0;
        var verticalRuns = 0;
        for (int i = 0, blanks = 0, vertical = 0; i < lines.Count; i++)
        {
            var text = lines[i].Trim();
            if (text.Length == 0) { blanks++; vertical = 0; continue; }
            if (blanks == 3) pageBreaks++;
            blanks = 0;
            vertical = text.Length <= 4 ? vertical + 1 : 0;
            if (vertical == 3) verticalRuns++;
        }
        var spaced = lines.Count(l => SpacedLetters().IsMatch(l));
        return (Math.Min(1, pageBreaks / PageBreaksForFullScore)
              + Math.Min(1, spaced / SpacedLinesForFullScore)
              + Math.Min(1, verticalRuns / VerticalRunsForFullScore)) / 3;
    }

    [GeneratedRegex(@"^\s*(<[a-zA-Z/]|#{1,6}\s|\|)")]
    private static partial Regex MarkupLine();

    /// <summary>Three or more single letters each followed by one space, ending at two spaces or the line end.</summary>
    [GeneratedRegex(@"(?:^|\s)(?:\p{L} ){2,}\p{L}(?:  |\s*$)")]
    private static partial Regex SpacedLetters();
}
