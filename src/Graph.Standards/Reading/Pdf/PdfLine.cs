namespace CareerGraph.Standards.Reading.Pdf;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>One physical line after character-level repair: <see cref="Text"/> is trimmed, <see cref="Indented"/> keeps the narrative paragraph signal.</summary>
internal sealed record PdfLine(int No, string Text, bool Indented)
{
    public bool IsBlank => Text.Length == 0;

    /// <summary>PDF table cells narrower than a word print one to five letters per line («К / ва / л / и…», «харак / терис»).</summary>
    public bool IsVerticalFragment => Text.Length is > 0 and <= 5;

    /// <summary>A line of a value column; label columns are never this wide, so a vertical run next to it is not part of its label.</summary>
    public bool IsWide => Text.Length >= 20;
}

/// <summary>Character-level repairs that need no context beyond the line itself.</summary>
internal static partial class PdfLineCleaner
{
    public static IReadOnlyList<PdfLine> Clean(SourceText source, ICollection<SourceWarning> warnings)
    {
        var yoLines = new List<int>();
        var lines = source.Lines.Select((raw, i) => CleanLine(i + 1, raw, warnings, yoLines)).ToList();
        // One substitution of the font, not one anomaly per line: a single warning that lists the lines.
        if (yoLines.Count > 0)
            warnings.Add(new SourceWarning(yoLines[0],
                $"«Ұ» (U+04B0) printed for «ё» inside Russian words on {yoLines.Count} line(s) (L{string.Join(", L", yoLines)}); read as «ё»"));
        return lines;
    }

    private static PdfLine CleanLine(int no, string raw, ICollection<SourceWarning> warnings, List<int> yoLines)
    {
        var text = raw.Replace('\u00A0', ' ').Replace('\t', ' ').TrimEnd('\r');
        var indented = text.StartsWith("  ", StringComparison.Ordinal) && text.Trim().Length > 0;
        text = text.Trim();

        if (KazakhUForYo().IsMatch(text))
        {
            yoLines.Add(no);
            text = KazakhUForYo().Replace(text, "ё");
        }
        if (IsSpacedLetters(text)) text = CollapseSpacedLetters(text);
        else if (indented && HyperlinkGap().IsMatch(text))
            warnings.Add(new SourceWarning(no, "a double-space gap inside the sentence: hyperlink text was moved out of place by the PDF conversion; kept as printed"));

        text = SpacedCodeTail().Replace(text, "$1$2");
        text = LevelGluedToCode().Replace(text, "$1 $2");
        return new PdfLine(no, text, indented);
    }

    /// <summary>
    /// Letter-spaced text prints every character followed by one space and every word followed by two
    /// («С в я з ь  с  »); a line qualifies when some two-space segment is at least two single characters.
    /// </summary>
    private static bool IsSpacedLetters(string text) =>
        text.Split("  ", StringSplitOptions.RemoveEmptyEntries).Any(IsSpacedSegment);

    private static bool IsSpacedSegment(string segment)
    {
        var tokens = segment.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return tokens.Length >= 2 && tokens.All(t => t.Length == 1);
    }

    private static string CollapseSpacedLetters(string text) =>
        string.Join(' ', text.Split("  ", StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)
            .Select(s => IsSpacedSegment(s) ? s.Replace(" ", "", StringComparison.Ordinal) : s));

    // Only after a lower-case Cyrillic letter: in Kazakh text «Ұ» starts words and is lower-case inside them.
    [GeneratedRegex(@"(?<=[а-я])Ұ(?=[а-я])")]
    private static partial Regex KazakhUForYo();

    [GeneratedRegex(@"\S  +\S")]
    private static partial Regex HyperlinkGap();

    /// <summary>OKED subclass printed with a space before its last digit («62.02. 0»).</summary>
    [GeneratedRegex(@"\b(\d{2}\.\d{2}\.) (\d)\b")]
    private static partial Regex SpacedCodeTail();

    /// <summary>A link row whose level digit lost its space before the occupation code («53349-0-001»).</summary>
    [GeneratedRegex(@"^([1-8])(\d{4}-\d-\d{3})\b")]
    private static partial Regex LevelGluedToCode();
}
