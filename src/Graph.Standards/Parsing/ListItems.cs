namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;

/// <summary>How a list item was marked in print.</summary>
public enum ItemMarker { None, Number, MissingDigit, Dash }

/// <summary>
/// One list entry as printed: its number if any (doubled numbers keep the first unless the second continues the list),
/// the text without the marker; <see cref="Other"/> is the doubled number not kept.
/// </summary>
public sealed record PrintedItem(ItemMarker Marker, int? Number, string Text, string? Oddity, char Style = '.', int? Other = null);

/// <summary>
/// Item markers in all the styles the sources use (guide §3.3–3.4): «N)», «N.», «N,», «N » before a capital, doubled
/// «1)1)» / «1) 2)», a lost digit «) …», dashes «- x», «-x», «--x».
/// </summary>
public static class ListItems
{
    private static readonly Regex Numbered = new(
        @"^(?<n>\d{1,2})\s*(?<m>\)|[.,](?!\d))\s*(?:(?<n2>\d{1,2})\s*(?:\)|\.(?!\d))\s*)?(?<t>.*)$", RegexOptions.Compiled);
    private static readonly Regex BareNumber = new(@"^(?<n>\d{1,2})\s+(?<t>\p{Lu}.*)$", RegexOptions.Compiled);
    private static readonly Regex LostDigit = new(@"^\)\s*(?<t>.+)$", RegexOptions.Compiled);
    private static readonly Regex Dash = new(@"^[-–—]+\s*(?<t>.+)$", RegexOptions.Compiled);

    private static readonly Regex Grade = new(
        @"^(?:(?:для\s*)?\d{1,2}(?:\s*,\s*\d{1,2})*(?:-?го)?\s*разряд(?:а|ов|ы)?|\d{1,2}(?:\s*,\s*\d{1,2})*\s*-?\s*разряд(?:тар)?\s+үшін)\s*:?\s*$",
        RegexOptions.Compiled | RegexOptions.IgnoreCase);

    /// <summary>
    /// «для 3 разряда:», «Для 4 разряда:», kk «3-разряд үшін:», «5, 6-разрядтар үшін:» (207230 kaz.md L382): a card that covers several worker grades splits its lists into one
    /// numbered part per grade; the line heads a part and is no item.
    /// </summary>
    public static bool IsGradeHeading(string line) => Grade.IsMatch(line);

    /// <summary>Reads the marker of one line. <paramref name="expected"/> (the next number of the list) allows «1 Text».</summary>
    public static PrintedItem Parse(string line, int? expected = null)
    {
        var m = Numbered.Match(line);
        // Groups read as spans: a line is parsed as an item once per list line, and each Value is a new string.
        var comma = m.Success && m.Groups["m"].ValueSpan is ",";
        if (m.Success && (!comma || m.Groups["t"].Length > 0))
        {
            var n = int.Parse(m.Groups["n"].ValueSpan);
            string? oddity = comma ? $"item number «{n},» printed with a comma" : null;
            int? other = null;
            if (m.Groups["n2"].Success)
            {
                var n2 = int.Parse(m.Groups["n2"].ValueSpan);
                oddity = $"item number printed twice «{n} {n2}»";
                other = n2;
                // «4) 1)» as the first item: the second number continues the list, the first is the stray one.
                if (expected is { } e && n2 == e && n != e) (n, other) = (n2, n);
            }
            var style = comma ? '.' : m.Groups["m"].ValueSpan[0];
            return new PrintedItem(ItemMarker.Number, n, Trimmed(m.Groups["t"]), oddity, style, other);
        }
        var b = BareNumber.Match(line);
        if (b.Success && expected is { } exp && int.Parse(b.Groups["n"].ValueSpan) == exp)
            return new PrintedItem(ItemMarker.Number, exp, Trimmed(b.Groups["t"]), $"item number «{exp}» printed without a dot");
        var l = LostDigit.Match(line);
        if (l.Success) return new PrintedItem(ItemMarker.MissingDigit, expected, Trimmed(l.Groups["t"]), "item number missing, only «)» printed");
        var d = Dash.Match(line);
        if (d.Success) return new PrintedItem(ItemMarker.Dash, null, Trimmed(d.Groups["t"]), null);
        return new PrintedItem(ItemMarker.None, null, line.Trim(), null);
    }

    private static string Trimmed(Group group) => new(group.ValueSpan.Trim());

    /// <summary>
    /// Splits «4) …; 5) …» into separate items, but only on a number that continues the sequence (n+1, then n+2…),
    /// so numbers inside an item's own text stay put. Returns the item texts, numbered first, first+1, …
    /// </summary>
    public static IReadOnlyList<string> SplitMerged(int first, string text, char style)
    {
        var pieces = new List<string>();
        var next = first + 1;
        var cut = 0;
        for (var m = InlineNumber.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index == 0 || m.Groups["m"].Value[0] != style || int.Parse(m.Groups["n"].Value) != next) continue;
            pieces.Add(text[cut..m.Index].Trim());
            cut = m.Index + m.Length;
            next++;
        }
        pieces.Add(text[cut..].Trim());
        return pieces;
    }

    private static readonly Regex InlineNumber = new(@"(?<=[\s;.,:!?)])(?<n>\d{1,2})\s*(?<m>[.)])(?!\d)\s*(?=\S)", RegexOptions.Compiled);
}
