namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>
/// Turns ordered blocks into logical lines: each label on its own line in its printed wording (whatever the column
/// did to it), each value, list item and link row joined across its physical lines.
/// </summary>
internal sealed partial class LineAssembler(Vocabulary vocabulary, ICollection<SourceWarning> warnings)
{
    private readonly List<LogicalLine> output = [];
    private PrintedLabel? cutLabel;

    public IReadOnlyList<LogicalLine> Assemble(IEnumerable<PdfBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.CardHeading || block.Lines[0].Text.StartsWith("Глава ", StringComparison.Ordinal))
            {
                cutLabel = null;
                Emit(Join(block.Lines.Take(1)), LineRange.Single(block.Lines[0].No));
                foreach (var unit in Units(block.Lines.Skip(1).ToList())) AddUnit(unit);
                continue;
            }
            foreach (var unit in Units(block.Lines)) AddUnit(unit);
        }
        return MergeLinkRows(SplitFlattenedColumns(DropDoubledLabels(output)));
    }

    /// <summary>Splits a block where a list item, an indented paragraph, a label or a vertical run of fragments begins.</summary>
    private static List<List<PdfLine>> Units(IReadOnlyList<PdfLine> lines)
    {
        var units = new List<List<PdfLine>>();
        int? itemNumber = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var startsVerticalRun = i > 0 && lines[i - 1].IsWide && IsVerticalRun(lines, i);
            var endsVerticalRun = line.IsWide && IsVerticalRun(lines, i - PdfBlocks.MinVerticalRun);
            var item = ItemNumber().Match(line.Text);
            var continuesLabel = units.Count > 0 && InsideLabel(units[^1], line);
            var starts = units.Count == 0 || !continuesLabel && (line.Indented || item.Success || startsVerticalRun || endsVerticalRun
                || (!line.IsVerticalFragment && LabelMatcher.Match([line], new Cursor(0, 0)) is not null));
            if (starts) units.Add([]);
            if (item.Success && !continuesLabel) itemNumber = LastNumber(item.Value);
            else if (starts) itemNumber = null;

            // Two items on one line («центрами; 4) основных», «ОРК 7) Специалист» L146): split only on the number that
            // continues the list, never on any «N)» inside an item's own text.
            var next = itemNumber + 1;
            var inline = next is null ? null : InlineItem().Matches(line.Text).FirstOrDefault(m => int.Parse(m.Groups[1].Value) == next);
            if (inline is null) { units[^1].Add(line); continue; }
            units[^1].Add(line with { Text = line.Text[..inline.Groups[1].Index].TrimEnd() });
            units.Add([line with { Text = line.Text[inline.Groups[1].Index..] }]);
            itemNumber = next;
        }
        return units;
    }

    /// <summary>«Дополнительная / трудовая функция 1:», «Трудовая / функция / 3. Принимать»: the line ends a label begun on the unit's earlier lines.</summary>
    private static bool InsideLabel(List<PdfLine> unit, PdfLine line) =>
        LabelMatcher.Match(new UnitWithLine(unit, line), new Cursor(0, 0)) is { } hit && hit.ValueStart.Line >= unit.Count;

    /// <summary>A unit and the line after it, read without copying the unit (asked for every line of a block).</summary>
    private sealed class UnitWithLine(List<PdfLine> unit, PdfLine line) : IReadOnlyList<PdfLine>
    {
        public PdfLine this[int index] => index < unit.Count ? unit[index] : index == unit.Count ? line : throw new ArgumentOutOfRangeException(nameof(index));
        public int Count => unit.Count + 1;
        public IEnumerator<PdfLine> GetEnumerator() => unit.Append(line).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static bool IsVerticalRun(IReadOnlyList<PdfLine> lines, int from) =>
        from >= 0 && from + PdfBlocks.MinVerticalRun <= lines.Count && lines.Skip(from).Take(PdfBlocks.MinVerticalRun).All(l => l.IsVerticalFragment);

    private static int LastNumber(string marker) => int.Parse(Digits().Matches(marker)[^1].Value);

    private void AddUnit(List<PdfLine> unit)
    {
        var cursor = new Cursor(0, 0);
        // «1) Знания:» (L6685): a list number printed before a label that fills the rest of the unit.
        if (ItemNumber().Match(unit[0].Text) is { Success: true } stray
            && LabelMatcher.Match(unit, new Cursor(0, stray.Length)) is { } strayHit && strayHit.ValueStart.Line >= unit.Count)
        {
            warnings.Add(new SourceWarning(unit[0].No, $"list number «{stray.Value.Trim()}» printed before the label «{strayHit.Render()}»; dropped"));
            cursor = new Cursor(0, stray.Length);
        }
        while (cursor.Line < unit.Count && LabelMatcher.Match(unit, cursor) is { } hit)
        {
            Emit(hit.Render(), new LineRange(unit[cursor.Line].No, unit[Math.Max(cursor.Line, LastLabelLine(hit))].No));
            cursor = hit.ValueStart;
            // The recognition value is one word group on the label's line; what follows is another cell that lost its label.
            if (hit.Label.Kind == LabelKind.Recognition && cursor.Char > 0 && cursor.Line + 1 < unit.Count)
            {
                AddUnit(Remainder(unit[..(cursor.Line + 1)], cursor));
                AddUnit(unit[(cursor.Line + 1)..]);
                return;
            }
        }
        var rest = Remainder(unit, cursor);
        if (rest.Count == 0) return;
        var range = new LineRange(rest[0].No, rest[^1].No);

        if (rest.Count >= PdfBlocks.MinVerticalRun && rest.All(l => l.IsVerticalFragment))
        {
            if (LabelMatcher.MatchBeginning(rest) is { } beginning)
            {
                warnings.Add(new SourceWarning(range.First, $"label cut by a page break read as «{beginning.Render(null)}»"));
                Emit(beginning.Render(null), range);
                cutLabel = beginning;
                return;
            }
            var fragments = string.Concat(rest.Select(l => l.Text));
            if (cutLabel is not null)
            {
                warnings.Add(new SourceWarning(range.First, $"«{fragments}» ({range}) continues the label «{cutLabel.Render(null)}» cut by a page break"));
                cutLabel = null;
                return;
            }
            if (LabelMatcher.MatchWithLostLetters(rest) is { } damaged)
            {
                warnings.Add(new SourceWarning(range.First, $"vertical letters «{fragments}» ({range}) read as «{damaged.Render(null)}», letters lost in conversion"));
                Emit(damaged.Render(null), range);
                return;
            }
            if (IsLetterDebris(rest))
            {
                warnings.Add(new SourceWarning(range.First, $"vertical letters «{fragments}» ({range}) match no card label and are no word of the document: remains of a lost label; dropped"));
                return;
            }
            warnings.Add(new SourceWarning(range.First, $"vertical letters «{fragments}» ({range}) match no card label; kept as text"));
            Emit(fragments, range);
            return;
        }
        if (IsLetterDebris(rest))
        {
            warnings.Add(new SourceWarning(range.First, $"letters «{string.Concat(rest.Select(l => l.Text.Trim()))}» ({range}) are no word of the document: remains of a label lost in conversion; dropped"));
            return;
        }
        Emit(Join(rest), range);
    }

    /// <summary>
    /// Two or more narrow lines of lower-case letters that join to a word printed nowhere else in the document: what a
    /// vertical label leaves when its cell is cut by a page break («б / ов» before «Навык 3:», ru reference-info
    /// L5557–5558). A one-line unit is never debris: it cannot be told from a short value.
    /// </summary>
    private bool IsLetterDebris(List<PdfLine> rest) =>
        rest.Count >= 2 && rest.All(l => l.IsVerticalFragment && l.Text.Trim().All(char.IsLower))
        && vocabulary.Doubt(string.Concat(rest.Select(l => l.Text.Trim()))) == 2;

    private static int LastLabelLine(LabelHit hit) => hit.ValueStart.Char == 0 ? hit.ValueStart.Line - 1 : hit.ValueStart.Line;

    private static List<PdfLine> Remainder(List<PdfLine> unit, Cursor cursor)
    {
        var rest = new List<PdfLine>();
        for (var i = cursor.Line; i < unit.Count; i++)
        {
            var text = i == cursor.Line ? unit[i].Text[cursor.Char..].Trim() : unit[i].Text;
            if (text.Length > 0) rest.Add(unit[i] with { Text = text });
        }
        return rest;
    }

    private string Join(IEnumerable<PdfLine> lines) => FragmentJoiner.Join(lines.Select(l => l.Text), vocabulary);

    private void Emit(string text, LineRange range) => output.Add(new LogicalLine(text, range));

    /// <summary>A label printed twice across a page break («Знания:» L401/403) is read once.</summary>
    private List<LogicalLine> DropDoubledLabels(List<LogicalLine> lines)
    {
        var result = new List<LogicalLine>();
        foreach (var line in lines)
        {
            if (result.Count > 0 && result[^1].Text == line.Text && KindOf(line.Text) is not null)
            {
                warnings.Add(new SourceWarning(line.Lines.First, $"label «{line.Text}» printed twice (L{result[^1].Lines.First} and L{line.Lines.First}); read once"));
                result[^1] = result[^1] with { Lines = result[^1].Lines.Span(line.Lines) };
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    /// <summary>The kind of label a logical line is, when the whole line is one label.</summary>
    private static LabelKind? KindOf(string text) =>
        LabelMatcher.Match([new PdfLine(0, text, false)], new Cursor(0, 0)) is { ValueStart.Line: 1 } hit ? hit.Label.Kind : null;

    private static bool IsLabel(string text) => KindOf(text) is not null;

    /// <summary>
    /// Labels of several table columns printed on one line («Уровень образования: Специальность: Квалификация:», L1984)
    /// with their values on the next («ТиПО (специалист среднего звена) - -»): the values split only when every column
    /// after the first holds the empty mark «-», the one division that is certain.
    /// </summary>
    private static List<LogicalLine> SplitFlattenedColumns(List<LogicalLine> lines)
    {
        var result = new List<LogicalLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var labels = 0;
            while (i + labels < lines.Count && lines[i + labels] is var l && l.Lines == lines[i].Lines && l.Lines.First == l.Lines.Last && IsLabel(l.Text)) labels++;
            var value = i + labels < lines.Count ? lines[i + labels] : null;
            var tokens = value?.Text.Split(' ') ?? [];
            if (labels < 2 || value is null || value.Lines.First != value.Lines.Last || IsLabel(value.Text)
                || tokens.Length <= labels - 1 || tokens[^(labels - 1)..].Any(t => t != "-"))
            {
                result.Add(lines[i]);
                continue;
            }
            var columns = new[] { string.Join(' ', tokens[..^(labels - 1)]) }.Concat(tokens[^(labels - 1)..]).ToList();
            for (var c = 0; c < labels; c++)
            {
                result.Add(lines[i + c]);
                result.Add(new LogicalLine(columns[c], value.Lines));
            }
            i += labels;
        }
        return result;
    }

    /// <summary>Inside a link table, a level printed alone is joined to the «code name» line that follows it.</summary>
    private List<LogicalLine> MergeLinkRows(List<LogicalLine> lines)
    {
        var result = new List<LogicalLine>();
        var links = false;
        foreach (var line in lines)
        {
            if (KindOf(line.Text) is { } kind) links = kind == LabelKind.Links || links && kind is LabelKind.LinkLevelColumn or LabelKind.Name;
            else if (PdfBlocks.CardHeading().IsMatch(line.Text)) links = false;
            if (links && result.Count > 0 && LevelOnly().IsMatch(result[^1].Text) && CodeFirst().IsMatch(line.Text))
            {
                result[^1] = new LogicalLine($"{result[^1].Text} {line.Text}", result[^1].Lines.Span(line.Lines));
                continue;
            }
            result.Add(line);
        }
        return result;
    }

    [GeneratedRegex(@"^(\d{1,2}\s?\)\s?)+|^\d{1,2}\.\s+(?=\p{L})")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"\s(\d{1,2})\)\s+(?=\p{L})")]
    private static partial Regex InlineItem();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[1-8]$")]
    private static partial Regex LevelOnly();

    [GeneratedRegex(@"^\d{4}-\d-\d{3}\b")]
    private static partial Regex CodeFirst();
}
