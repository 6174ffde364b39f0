namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Text;

/// <summary>Numbered item lines of a card that no list took, or that more than one list took.</summary>
public sealed record ListAuditResult(IReadOnlyList<LogicalLine> Unassigned, IReadOnlyList<LogicalLine> MultiplyAssigned)
{
    public bool IsClean => Unassigned.Count == 0 && MultiplyAssigned.Count == 0;
}

/// <summary>
/// Self-check of the card parser: inside the labour-function part of a card, every logical line that starts with an
/// item number must end up in exactly one list (abilities or knowledge of one skill, or one category block).
/// </summary>
public static partial class ListAudit
{
    [GeneratedRegex(@"^(?:\d{1,2}\s*(?:\)|[.,](?!\d))|\)\s*\S)")]
    private static partial Regex NumberedStart();

    public static ListAuditResult Audit(Card card, IReadOnlyList<LogicalLine> lines)
    {
        var lists = new List<IReadOnlyList<TextItem>>();
        foreach (var lf in card.LaborFunctions)
            foreach (var s in lf.Skills) { lists.Add(s.Abilities); lists.Add(s.Knowledge); }
        foreach (var c in card.Categories) lists.Add(c.Abilities);

        var unassigned = new List<LogicalLine>();
        var multiple = new List<LogicalLine>();
        var numbered = new List<(LogicalLine Line, string Probe)>();
        // A heading's title can start with the number that left its label («3. Принимать …», ru L1516).
        var titles = card.LaborFunctions.Select(lf => TextNorm.Key(lf.Title))
            .Concat(card.LaborFunctions.SelectMany(lf => lf.Skills).Select(sk => TextNorm.Key(sk.Title))).ToHashSet();
        var afterRecognition = false;
        foreach (var line in lines)
        {
            // The recognition value can be numbered too («1) Ұсынылады», kk reference-info L3712); it is no list item.
            var wasAfterRecognition = afterRecognition;
            var label = Labels.Match(line.Text);
            afterRecognition = label is { Kind: LabelKind.Recognition, Rest: "" };
            if (wasAfterRecognition) continue;
            if (!card.LaborFunctions.Any(lf => Inside(line.Lines, lf.Lines))) continue;
            if (!NumberedStart().IsMatch(line.Text) || label is not null) continue;
            var probe = TextNorm.Key(ListItems.Parse(line.Text).Text);
            if (!titles.Contains(probe)) numbered.Add((line, probe));
        }
        // Identical lines can share a physical line (MICE L181 prints «Қызметтерге баға белгілеу.» as an ability and
        // as knowledge), so lines are compared with items as groups: k printed lines need exactly k taking items.
        foreach (var group in numbered.GroupBy(n => (n.Line.Lines, n.Probe)))
        {
            var (range, probe) = group.Key;
            var taken = lists.Sum(list => list.Count(item => Overlaps(item.Lines, range) && SameStart(TextNorm.Key(item.Text), probe)));
            var printed = group.Count();
            if (taken < printed) unassigned.AddRange(group.Skip(taken).Select(g => g.Line));
            else if (taken > printed) multiple.AddRange(group.Select(g => g.Line));
        }
        return new ListAuditResult(unassigned, multiple);
    }

    /// <summary>An item is the line's text, the first part of a merged line, or the line plus its continuation.</summary>
    private static bool SameStart(string item, string line) =>
        item.Length > 0 && (item.StartsWith(line, StringComparison.Ordinal) || line.StartsWith(item, StringComparison.Ordinal));

    private static bool Inside(LineRange inner, LineRange outer) => inner.First >= outer.First && inner.Last <= outer.Last;

    private static bool Overlaps(LineRange a, LineRange b) => a.First <= b.Last && b.First <= a.Last;
}
