namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>What a block is for the page-break repairs; everything else is <see cref="Text"/>.</summary>
internal enum BlockRole { Text, CardHeading, FunctionSection, FunctionLabel, SkillHeader, Recognition }

/// <summary>Lines between blank lines. <see cref="AfterPageBreak"/>: a run of three or more blank lines came before it.</summary>
internal sealed record PdfBlock(IReadOnlyList<PdfLine> Lines, bool AfterPageBreak, BlockRole Role, LabelHit? Label)
{
    public LineRange Range => new(Lines[0].No, Lines[^1].No);

    public static PdfBlock Of(IReadOnlyList<PdfLine> lines, bool afterPageBreak)
    {
        if (PdfBlocks.CardHeading().IsMatch(lines[0].Text)) return new(lines, afterPageBreak, BlockRole.CardHeading, null);
        var label = LabelMatcher.Match(lines, new Cursor(0, 0));
        var role = label?.Label.Kind switch
        {
            LabelKind.LfDescription => BlockRole.FunctionSection,
            LabelKind.LfHeading => BlockRole.FunctionLabel,
            LabelKind.SkillHeading => BlockRole.SkillHeader,
            LabelKind.Recognition => BlockRole.Recognition,
            _ => BlockRole.Text,
        };
        return new(lines, afterPageBreak, role, label);
    }
}

internal static partial class PdfBlocks
{
    /// <summary>The converter marks a PDF page break with three blank lines; cell breaks use one.</summary>
    public const int PageBreakBlankLines = 3;

    /// <summary>Fewer narrow lines in a row are ordinary short values («6», «-»).</summary>
    public const int MinVerticalRun = 3;

    [GeneratedRegex(@"^\d{1,2}\.\s*Карточка профессии")]
    public static partial Regex CardHeading();

    public static List<PdfBlock> Split(IReadOnlyList<PdfLine> lines)
    {
        var blocks = new List<PdfBlock>();
        var current = new List<PdfLine>();
        var blanks = 0;
        var afterPageBreak = false;
        foreach (var line in lines.SelectMany(SplitHeaderAfterFragments))
        {
            if (line.IsBlank)
            {
                if (current.Count > 0) { blocks.AddRange(SplitLeadingVerticalRun(current, afterPageBreak)); current = []; }
                blanks++;
                continue;
            }
            if (current.Count > 0 && NumberedHeader().IsMatch(line.Text))
            {
                // A skill header printed inside another cell's text (« Навык 2:» L5292) is a block of its own, so it can be moved.
                blocks.AddRange(SplitLeadingVerticalRun(current, afterPageBreak));
                current = [];
                blanks = 0;
            }
            if (current.Count == 0) afterPageBreak = blanks >= PageBreakBlankLines;
            blanks = 0;
            current.Add(line);
        }
        if (current.Count > 0) blocks.AddRange(SplitLeadingVerticalRun(current, afterPageBreak));
        return MergeLabelColumn(blocks);
    }

    /// <summary>
    /// Letters of a lost label printed in front of a skill header on one line («ов Навык 3:», L5558): the header goes
    /// on a line (and so a block) of its own, the letters stay as text.
    /// </summary>
    private static IEnumerable<PdfLine> SplitHeaderAfterFragments(PdfLine line)
    {
        var match = HeaderAfterFragments().Match(line.Text);
        if (!match.Success)
        {
            yield return line;
            yield break;
        }
        yield return line with { Text = match.Groups[1].Value };
        yield return line with { Text = match.Groups[2].Value };
    }

    [GeneratedRegex(@"^(?:Навык|Трудовая функция|Дополнительная трудовая функция) ?\d{1,2} ?[.:]?(?: |$)")]
    private static partial Regex NumberedHeader();

    [GeneratedRegex(@"^(\S{1,5}(?: \S{1,5})?) ((?:Навык|Трудовая функция) ?\d{1,2}[.:]?)$")]
    private static partial Regex HeaderAfterFragments();

    /// <summary>Label letters printed straight above a value line («ы / ту / ра / б / от / ы / сфере дистанционного…») are two blocks.</summary>
    private static IEnumerable<PdfBlock> SplitLeadingVerticalRun(List<PdfLine> lines, bool afterPageBreak)
    {
        var run = lines.TakeWhile(l => l.IsVerticalFragment).Count();
        if (run >= MinVerticalRun && run < lines.Count && lines[run].IsWide)
        {
            yield return PdfBlock.Of(lines[..run], afterPageBreak);
            yield return PdfBlock.Of(lines[run..], false);
        }
        else yield return PdfBlock.Of(lines, afterPageBreak);
    }

    /// <summary>Only narrow lines: label letters or a short value («6», «-»), never the first half of a sentence.</summary>
    private static bool IsNarrow(PdfBlock block) => block.Lines.All(l => l.IsVerticalFragment);

    public static bool IsVertical(PdfBlock block) =>
        block.Lines.Count >= MinVerticalRun && block.Lines.All(l => l.IsVerticalFragment);

    /// <summary>
    /// A label can straddle a blank line or a page break. A run of narrow lines that is no label yet continues into the
    /// next block when that block also starts narrow («Уров / ень / квал…» | «п о / ЕТК / С ,…», L5944–5964); the
    /// beginning of exactly one label continues into the next block when together they make that label («Список /
    /// технически / х / регламенто» | «в  и / национальн / ы х / стандартов:», L780–790).
    /// </summary>
    private static List<PdfBlock> MergeLabelColumn(List<PdfBlock> blocks)
    {
        var merged = new List<PdfBlock>();
        foreach (var block in blocks)
        {
            if (merged.Count > 0 && merged[^1] is { Role: BlockRole.Text, Label: null } before && block.Role != BlockRole.CardHeading
                && (ContinuesNarrowRun(before, block) || CompletesLabel(before, block)))
                merged[^1] = PdfBlock.Of([.. before.Lines, .. block.Lines], before.AfterPageBreak);
            else merged.Add(block);
        }
        return merged;
    }

    private static bool ContinuesNarrowRun(PdfBlock before, PdfBlock block) =>
        IsVertical(before) && !before.Lines[^1].Text.EndsWith(':') && block.Lines[0].IsVerticalFragment;

    private static bool CompletesLabel(PdfBlock before, PdfBlock block) =>
        block.Label is null && LabelMatcher.MatchBeginning(before.Lines) is { } beginning
        && LabelMatcher.Match([.. before.Lines, .. block.Lines], new Cursor(0, 0)) is { } whole
        && whole.Label == beginning && whole.ValueStart.Line > before.Lines.Count;

    /// <summary>
    /// Rejoins text that a page break or a moved header cut in two: the second part starts in lower case and the first
    /// does not end a sentence, an item or a label.
    /// </summary>
    /// <remarks>The rest of a label cut by the same page break (vertical letters) may sit between the two parts; it then moves after them.</remarks>
    public static List<PdfBlock> GlueContinuations(IReadOnlyList<PdfBlock> blocks)
    {
        var glued = new List<PdfBlock>();
        foreach (var block in blocks)
        {
            if (glued.Count > 0 && Continues(glued[^1], block))
                glued[^1] = glued[^1] with { Lines = [.. glued[^1].Lines, .. block.Lines] };
            else if (glued.Count > 1 && IsNarrow(glued[^1]) && Continues(glued[^2], block))
                glued[^2] = glued[^2] with { Lines = [.. glued[^2].Lines, .. block.Lines] };
            else glued.Add(block);
        }
        return glued;
    }

    private static bool Continues(PdfBlock before, PdfBlock block)
    {
        var first = block.Lines[0];
        var last = before.Lines[^1].Text;
        return block.Role == BlockRole.Text && before.Role == BlockRole.Text && block.Label is null && !IsNarrow(before)
            && !first.IsVerticalFragment && char.IsLower(first.Text[0])
            && !last.EndsWith('.') && !last.EndsWith(';') && !last.EndsWith(':');
    }
}
