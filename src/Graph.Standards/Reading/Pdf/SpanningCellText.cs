namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Model;

/// <summary>
/// A skill title or a labour-function title is a table cell spanning several rows. When a page break cuts it, its
/// rest opens the next page as a lower-case fragment («организация / обучения…» L3718) that continues nothing around
/// it: the text before it is a finished item or a label. Which of the two open titles it belongs to is told by the
/// column it was printed in: its line width matches the width of that title's lines. A skill header printed without
/// its title («Навык 6:» L4700) gets the capitalised text that opens the next page inside its skill (L4713); so does
/// a labour-function label printed without its title («Трудовая функция 1:» L942, title L981).
/// </summary>
internal static class SpanningCellText
{
    /// <summary>One width must be at most this share of the other for the column to be told apart.</summary>
    private const double ClearlyCloser = 0.5;

    /// <summary>Blocks that open a page in print order: directly, right after a labour-function label that does, or right below another such block.</summary>
    public static HashSet<PdfBlock> Candidates(IReadOnlyList<PdfBlock> printed)
    {
        var result = new HashSet<PdfBlock>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < printed.Count; i++)
        {
            var opensPage = printed[i].AfterPageBreak
                || i > 0 && printed[i - 1].Role == BlockRole.FunctionLabel && printed[i - 1].AfterPageBreak
                || i > 0 && result.Contains(printed[i - 1]); // the next cell's cut text, printed right below
            if (opensPage && IsPlainText(printed[i])) result.Add(printed[i]);
        }
        return result;
    }

    public static List<PdfBlock> Reattach(List<PdfBlock> ordered, HashSet<PdfBlock> candidates, ICollection<SourceWarning> warnings)
    {
        var result = new List<PdfBlock>();
        int? function = null, skillTitle = null, untitledSkill = null, untitledFunction = null;
        foreach (var block in ordered)
        {
            if (block.Role == BlockRole.FunctionLabel)
            {
                function = HasTitle(block) ? result.Count : null;
                untitledFunction = HasTitle(block) ? null : result.Count;
                skillTitle = untitledSkill = null;
            }
            else if (untitledFunction == result.Count - 1 && IsPlainText(block) && !candidates.Contains(block))
                (function, untitledFunction) = (result.Count, null);
            if (block.Role == BlockRole.SkillHeader)
            {
                skillTitle = HasTitle(block) ? result.Count : null;
                untitledSkill = HasTitle(block) ? null : result.Count;
            }
            else if (untitledSkill == result.Count - 1 && IsPlainText(block) && !candidates.Contains(block))
                (skillTitle, untitledSkill) = (result.Count, null); // the title printed in its own block right after the header
            if (block.Role == BlockRole.Recognition) untitledSkill = null;

            // Exactly one open header without a title: the capitalised text opening a page inside it is that title.
            var untitled = (untitledSkill, untitledFunction) switch
            {
                ({ } skill, null) => skill,
                (null, { } lf) => lf,
                _ => (int?)null,
            };
            if (candidates.Contains(block) && untitled is { } header && char.IsUpper(block.Lines[0].Text[0]))
            {
                result.Insert(header + 1, block);
                var isSkill = header == untitledSkill;
                warnings.Add(new SourceWarning(block.Range.First,
                    $"«{block.Lines[0].Text}…» opens a page inside the {(isSkill ? "skill" : "labour function")} whose header L{result[header].Range.First} has no title; read as its title"));
                if (isSkill)
                {
                    if (function > header) function++;
                    (skillTitle, untitledSkill) = (header + 1, null);
                }
                else
                {
                    if (skillTitle > header) skillTitle++;
                    if (untitledSkill > header) untitledSkill++;
                    (function, untitledFunction) = (header + 1, null);
                }
                continue;
            }
            if (candidates.Contains(block) && char.IsLower(block.Lines[0].Text[0]) && result.Count > 0
                && (Closed(result[^1]) || !EndsItem(block))
                && Choose(result, block, function, skillTitle, Closed(result[^1]) ? null : result.Count - 1) is { } target)
            {
                result[target] = result[target] with { Lines = [.. result[target].Lines, .. block.Lines] };
                warnings.Add(new SourceWarning(block.Range.First,
                    $"«{block.Lines[0].Text}…» opens a page but continues the {(target == function ? "labour-function" : "skill")} title at L{result[target].Range.First} (same column width)"));
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    /// <summary>
    /// The title whose column width is clearly closest to the orphan's. When the text before it is still open (the same
    /// page break cut a list item too: «…запроса в / клиентов предприятия / базу данных…», L1253–1259), that item's
    /// column competes as well, so the fragment goes to a title only when it is clearly narrower or wider than the item.
    /// </summary>
    private static int? Choose(List<PdfBlock> result, PdfBlock orphan, int? function, int? skillTitle, int? openItem)
    {
        var width = Width(orphan);
        double Distance(int? block) => block is { } b ? Math.Abs(width - Width(result[b])) : double.MaxValue;
        var (toFunction, toSkill, toOpen) = (Distance(function), Distance(skillTitle), Distance(openItem));
        if (toSkill <= ClearlyCloser * toFunction && toSkill <= ClearlyCloser * toOpen) return skillTitle;
        if (toFunction <= ClearlyCloser * toSkill && toFunction <= ClearlyCloser * toOpen) return function;
        return null;
    }

    /// <summary>Ends as a list item does («…информатизации.», L1451); title cells end without punctuation.</summary>
    private static bool EndsItem(PdfBlock block) => block.Lines[^1].Text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith(';'));

    private static int Width(PdfBlock block) => block.Lines.Max(l => l.Text.Length);

    private static bool HasTitle(PdfBlock header) => header.Label!.ValueStart.Line < header.Lines.Count;

    /// <summary>Text that is no label, no list item and not only label letters.</summary>
    private static bool IsPlainText(PdfBlock block) =>
        block is { Role: BlockRole.Text, Label: null } && char.IsLetter(block.Lines[0].Text[0])
        && !block.Lines.All(l => l.IsVerticalFragment);

    /// <summary>The text before ends an item, a sentence or a label, so the fragment cannot continue it.</summary>
    private static bool Closed(PdfBlock before)
    {
        var last = before.Lines[^1].Text;
        return last.EndsWith('.') || last.EndsWith(';') || last.EndsWith(':')
            || before.Label is { } label && label.ValueStart.Line >= before.Lines.Count;
    }
}
