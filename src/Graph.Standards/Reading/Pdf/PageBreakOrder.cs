namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>
/// Undoes what PDF page breaks did to the order of spanning table cells, only where the signal is unambiguous:
/// <list type="bullet">
/// <item>A skill («Навык N») is the text up to its «Возможность признания навыка» line. When the unit holds exactly
/// one skill header but the header is not first, the page break pushed it below its own abilities: it moves to the
/// start of the unit.</item>
/// <item>A labour-function label («Трудовая функция N») is a cell spanning all its skills, printed wherever the
/// converter chose. It moves before the «Навык 1» that opens its function, when that header's position in the
/// card's sequence of skill-numbering restarts agrees with the label's number.</item>
/// <item>Text a page break cut from a spanning cell (skill title or labour-function title) goes back to that cell
/// (<see cref="SpanningCellText"/>).</item>
/// </list>
/// Anything else stays in place with a warning, for the parser's robust skill unit to handle.
/// </summary>
internal static partial class PageBreakOrder
{
    public static List<PdfBlock> Restore(IReadOnlyList<PdfBlock> blocks, ICollection<SourceWarning> warnings)
    {
        var result = new List<PdfBlock>();
        foreach (var card in SplitIntoCards(blocks))
        {
            var orphans = SpanningCellText.Candidates(card);
            var ordered = MoveLinkTableHeader(MoveFunctionLabels(MoveSkillHeaders(card, warnings), warnings), warnings);
            result.AddRange(SpanningCellText.Reattach(ordered, orphans, warnings));
        }
        return result;
    }

    private static IEnumerable<List<PdfBlock>> SplitIntoCards(IReadOnlyList<PdfBlock> blocks)
    {
        var card = new List<PdfBlock>();
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.CardHeading && card.Count > 0) { yield return card; card = []; }
            card.Add(block);
        }
        if (card.Count > 0) yield return card;
    }

    private static List<PdfBlock> MoveSkillHeaders(List<PdfBlock> card, ICollection<SourceWarning> warnings)
    {
        var result = new List<PdfBlock>(card);
        var unitStart = result.FindIndex(b => b.Role == BlockRole.FunctionSection) + 1;
        if (unitStart == 0) return result;
        while (unitStart < result.Count)
        {
            var unitEnd = result.FindIndex(unitStart, b => b.Role == BlockRole.Recognition);
            if (unitEnd < 0) break;
            if (HasNoValue(result[unitEnd]) && unitEnd + 1 < result.Count && result[unitEnd + 1] is { Role: BlockRole.Text, Label: null })
                unitEnd++;
            var headers = Enumerable.Range(unitStart, unitEnd - unitStart).Where(i => result[i].Role == BlockRole.SkillHeader).ToList();
            var first = unitStart;
            while (first < unitEnd && result[first].Role == BlockRole.FunctionLabel) first++;
            if (headers.Count == 1 && headers[0] != first)
            {
                var header = result[headers[0]];
                // A header printed without its title takes the title block along («Навык 3:» L5558, title L5560).
                var title = HasNoValue(header) && headers[0] + 1 < unitEnd && result[headers[0] + 1] is { Role: BlockRole.Text, Label: null } next
                    && !ItemStart().IsMatch(next.Lines[0].Text) ? 2 : 1;
                var moved = result.GetRange(headers[0], title);
                result.RemoveRange(headers[0], title);
                result.InsertRange(first, moved);
                warnings.Add(new SourceWarning(header.Range.First,
                    $"«{header.Label!.Render()}» was printed after its own content (page break); read before L{result[first + 1].Range.First}"));
            }
            else if (headers.Count == 0)
                warnings.Add(new SourceWarning(result[unitEnd].Range.First,
                    "no «Навык N» header before this «Возможность признания навыка» (lost in conversion); the skill has no printed number or title"));
            else if (headers.Count > 1)
                warnings.Add(new SourceWarning(result[unitEnd].Range.First,
                    $"{headers.Count} skill headers before one «Возможность признания навыка»; order left as printed"));
            unitStart = unitEnd + 1;
        }
        return result;
    }

    private static List<PdfBlock> MoveFunctionLabels(List<PdfBlock> card, ICollection<SourceWarning> warnings)
    {
        var result = new List<PdfBlock>(card);
        var mandatory = card.Count(b => b.Role == BlockRole.FunctionLabel && b.Label!.Label is { Kind: LabelKind.LfHeading, Additional: false });
        foreach (var label in card.Where(b => b.Role == BlockRole.FunctionLabel).ToList())
        {
            var at = result.FindIndex(b => ReferenceEquals(b, label));
            if (at + 1 < result.Count && IsFirstSkill(result[at + 1])) continue;
            var ordinal = !label.Label!.Label.Additional ? label.Label.Number!.Value : mandatory + label.Label.Number!.Value;
            var restarts = result.Select((b, i) => (b, i)).Where(x => IsFirstSkill(x.b)).Select(x => x.i).ToList();
            if (ordinal < 1 || ordinal > restarts.Count)
            {
                warnings.Add(new SourceWarning(label.Range.First,
                    $"«{label.Label.Render()}» does not match the card's restarts of skill numbering; left where printed"));
                continue;
            }
            var target = restarts[ordinal - 1];
            var firstSkill = result[target];
            result.RemoveAt(at);
            result.Insert(target > at ? target - 1 : target, label);
            warnings.Add(new SourceWarning(label.Range.First,
                $"«{label.Label.Render()}» was printed inside its function's skills (page break); read before L{firstSkill.Range.First}"));
        }
        return result;
    }

    /// <summary>
    /// The link table's column header («Уровень ОРК: Наименование профессии:») printed before the table's label,
    /// which a page break pushed down (L2447 before L2451): the label goes first.
    /// </summary>
    private static List<PdfBlock> MoveLinkTableHeader(List<PdfBlock> card, ICollection<SourceWarning> warnings)
    {
        var result = new List<PdfBlock>(card);
        for (var i = 0; i + 1 < result.Count; i++)
        {
            if (result[i].Label?.Label.Kind != LabelKind.LinkLevelColumn || result[i + 1].Label?.Label.Kind != LabelKind.Links) continue;
            (result[i], result[i + 1]) = (result[i + 1], result[i]);
            warnings.Add(new SourceWarning(result[i + 1].Range.First,
                $"link table header printed before its label L{result[i].Range.First} (page break); read after it"));
        }
        return result;
    }

    /// <summary>A label whose value («Рекомендовано», a skill title) is printed in the next block.</summary>
    private static bool HasNoValue(PdfBlock labelled) => labelled.Label!.ValueStart.Line >= labelled.Lines.Count;

    [GeneratedRegex(@"^\d{1,2} ?[).]")]
    private static partial Regex ItemStart();

    private static bool IsFirstSkill(PdfBlock block) => block.Role == BlockRole.SkillHeader && block.Label!.Number == 1;
}
