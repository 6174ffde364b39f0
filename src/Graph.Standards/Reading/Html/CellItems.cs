namespace CareerGraph.Standards.Reading.Html;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;

/// <summary>
/// Turns a cell's printed lines into logical lines. Once a numbered item («1. …», «2) …») has started, an
/// unnumbered line that is not a label continues that item (guide §3.1: ru/kk insurance L701–704 «Постановление
/// Правления …» belongs to item 3). Lines before the first item, labels («Знания:») and cells without numbering
/// (personal competencies, one per line) stay one logical line per printed line.
/// </summary>
public static partial class CellItems
{
    // The list markers the card parser reads (ListItems): «4.», «4)» and the misprinted «4,» (employment L3056).
    // «3.3.Сопровождение …» (221679 rus.md L5065): the item's number printed twice, as ListItems reads it.
    [GeneratedRegex(@"^(?:\d{1,3}\s*(?:\)|[.,](?!\d))|(?<n>\d{1,2})\.\k<n>[.)](?!\d))")]
    private static partial Regex NumberedItem();

    public static bool IsNumbered(string text) => NumberedItem().IsMatch(text);

    public static IEnumerable<LogicalLine> Group(IEnumerable<CellLine> lines) => GroupItems(JoinWrappedLabels(lines));

    /// <summary>
    /// A label wrapped over two printed lines of its cell («Перечень трудовых» / «функций:», «1-еңбек» /
    /// «функциясы:») is one label: joined when neither half is a label and the two together are.
    /// </summary>
    private static IEnumerable<CellLine> JoinWrappedLabels(IEnumerable<CellLine> lines)
    {
        CellLine? held = null;
        foreach (var line in lines)
        {
            if (held is not null)
            {
                // Only a pair whose joined text ends in «:», or whose second line has a colon, can be a wrapped label:
                // checked before joining. The label may end at that colon, its value after it on the same line («1-еңбек» /
                // «функциясы: Химия-токсикологиялық …», 192873 kaz/an005.md L970–971).
                var endsWithColon = EndsWithColon(held.Text, line.Text);
                var colon = endsWithColon ? -1 : line.Text.IndexOf(':');
                if ((endsWithColon || colon > 0) && !IsNumbered(held.Text) && Labels.Match(held.Text) is null
                    && Labels.Match(line.Text) is null && $"{held.Text} {line.Text}" is var joined
                    && (endsWithColon ? Labels.Match(joined) is { Kind: not LabelKind.CardHeading }
                        : Labels.Match($"{held.Text} {line.Text[..(colon + 1)]}") is { Kind: not LabelKind.CardHeading, Rest: "" }))
                {
                    yield return new CellLine(joined, held.Line);
                    held = null;
                    continue;
                }
                yield return held;
            }
            held = line;
        }
        if (held is not null) yield return held;
    }

    private static bool EndsWithColon(string first, string second) =>
        (second.AsSpan().TrimEnd() is { IsEmpty: false } tail ? tail : first.AsSpan().TrimEnd()).EndsWith(':');

    // «2 Бухгалтерлік …» after item 1 (75186 kaz.md L234): the next number without its dot still starts an item.
    [GeneratedRegex(@"^(?<n>\d{1,2})\s+\p{Lu}")]
    private static partial Regex BareNumber();

    /// <summary>The number a numbered line starts with (up to three digits, as <see cref="NumberedItem"/> reads it).</summary>
    private static int LeadingNumber(string text)
    {
        var n = 0;
        for (var i = 0; i < Math.Min(3, text.Length) && char.IsAsciiDigit(text[i]); i++) n = n * 10 + (text[i] - '0');
        return n;
    }

    private static IEnumerable<LogicalLine> GroupItems(IEnumerable<CellLine> lines)
    {
        LogicalLine? item = null;
        var inList = false;
        var lastNumber = 0;
        foreach (var line in lines)
        {
            var numbered = IsNumbered(line.Text)
                || inList && BareNumber().IsMatch(line.Text) && LeadingNumber(line.Text) == lastNumber + 1;
            if (numbered) lastNumber = LeadingNumber(line.Text);
            // A list label without a colon («Умения для 5 разряда», a list split by worker grade) opens the next part.
            if (!numbered && inList && item is not null && !line.Text.EndsWith(':')
                && Labels.Match(line.Text) is not { Kind: LabelKind.Abilities or LabelKind.Knowledge } && !ListItems.IsGradeHeading(line.Text))
            {
                item = new LogicalLine($"{item.Text} {line.Text}", new LineRange(item.Lines.First, line.Line));
                continue;
            }
            if (item is not null) yield return item;
            item = new LogicalLine(line.Text, LineRange.Single(line.Line));
            inList = numbered;
        }
        if (item is not null) yield return item;
    }
}
