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
        var afterRecognition = false;
        foreach (var line in lines)
        {
            // The recognition value can be numbered too («1) Ұсынылады», kk reference-info L3712); it is no list item.
            var wasAfterRecognition = afterRecognition;
            afterRecognition = Labels.Match(line.Text) is { Kind: LabelKind.Recognition, Rest: "" };
            if (wasAfterRecognition) continue;
            if (!card.LaborFunctions.Any(lf => Inside(line.Lines, lf.Lines))) continue;
            if (!NumberedStart().IsMatch(line.Text) || Labels.Match(line.Text) is not null) continue;
            var probe = Probe(ListItems.Parse(line.Text).Text);
            var owners = lists.Count(list => list.Any(item => Overlaps(item.Lines, line.Lines) && TextNorm.Key(item.Text).StartsWith(probe, StringComparison.Ordinal)));
            if (owners == 0) unassigned.Add(line);
            else if (owners > 1) multiple.Add(line);
        }
        return new ListAuditResult(unassigned, multiple);
    }

    private static string Probe(string text)
    {
        var key = TextNorm.Key(text);
        return key.Length > 24 ? key[..24] : key;
    }

    private static bool Inside(LineRange inner, LineRange outer) => inner.First >= outer.First && inner.Last <= outer.Last;

    private static bool Overlaps(LineRange a, LineRange b) => a.First <= b.Last && b.First <= a.Last;
}
