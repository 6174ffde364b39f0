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
/// «1)1)» / «1) 2)» / «3.3.», a lost digit «) …», dashes «- x», «-x», «--x».
/// </summary>
public static class ListItems
{
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
        var first = line.Length > 0 ? line[0] : '\0';
        var numbered = char.IsDigit(first) ? ReadNumbered(line) : null;
        var comma = numbered is { Marker: ',' };
        if (numbered is { } m && (!comma || m.TextLength > 0))
        {
            var n = m.Number;
            string? oddity = comma ? $"item number «{n},» printed with a comma" : null;
            int? other = null;
            if (m.Second is { } n2)
            {
                oddity = $"item number printed twice «{n} {n2}»";
                other = n2;
                // «4) 1)» as the first item: the second number continues the list, the first is the stray one.
                if (expected is { } e && n2 == e && n != e) (n, other) = (n2, n);
            }
            var style = comma ? '.' : m.Marker;
            return new PrintedItem(ItemMarker.Number, n, new string(line.AsSpan(m.TextStart, m.TextLength).Trim()), oddity, style, other);
        }
        if (expected is { } exp && char.IsDigit(first) && BareNumber.Match(line) is { Success: true } b && int.Parse(b.Groups["n"].ValueSpan) == exp)
            return new PrintedItem(ItemMarker.Number, exp, Trimmed(b.Groups["t"]), $"item number «{exp}» printed without a dot");
        if (first == ')' && LostDigit.Match(line) is { Success: true } l)
            return new PrintedItem(ItemMarker.MissingDigit, expected, Trimmed(l.Groups["t"]), "item number missing, only «)» printed");
        if (first is '-' or '–' or '—' && Dash.Match(line) is { Success: true } d)
            return new PrintedItem(ItemMarker.Dash, null, Trimmed(d.Groups["t"]), null);
        return new PrintedItem(ItemMarker.None, null, line.Trim(), null);
    }

    private readonly record struct NumberedLine(int Number, char Marker, int? Second, int TextStart, int TextLength);

    /// <summary>
    /// A numbered item read by hand (a line is read as an item several times, and a regular-expression match with its
    /// groups allocated more than the item; the expression stays as the definition in ListItemGrammarTests): «N» (one
    /// or two digits), spaces, «)» or «.»/«,» not before a digit (or «N.N.», the number printed twice), spaces,
    /// optionally a second «N)» / «N.» and spaces, then the text, which holds no line break but a final one.
    /// </summary>
    private static NumberedLine? ReadNumbered(string line)
    {
        var i = Digits(line, 0, out var n);
        if (i < 0 || i >= line.Length) return null;
        i = SkipSpace(line, i);
        if (i >= line.Length) return null;
        var marker = line[i];
        if (marker is not (')' or '.' or ',') || marker != ')' && i + 1 < line.Length && char.IsDigit(line[i + 1]) && !(marker == '.' && Doubled(line, i + 1, n))) return null;
        i = SkipSpace(line, i + 1);
        int? second = null;
        if (Digits(line, i, out var n2) is var j and >= 0 && SkipSpace(line, j) is var k && k < line.Length
            && (line[k] == ')' || line[k] == '.' && !(k + 1 < line.Length && char.IsDigit(line[k + 1]))))
        {
            second = n2;
            i = SkipSpace(line, k + 1);
        }
        var end = line.Length;
        var newline = line.IndexOf('\n', i);
        if (newline >= 0)
        {
            if (newline != line.Length - 1) return null;
            end = newline;
        }
        return new NumberedLine(n, marker, second, i, end - i);
    }

    /// <summary>
    /// «3.3.Сопровождение …» (221679 rus.md L5065): the same number again right after the dot, closed by «.» or «)» not
    /// before a digit, is the number printed twice; «4.1 …», «1.2. …» are sub-numbers.
    /// </summary>
    private static bool Doubled(string line, int at, int n) =>
        Digits(line, at, out var again) is var end and >= 0 && again == n && end < line.Length && line[end] is '.' or ')'
        && !(end + 1 < line.Length && char.IsDigit(line[end + 1]));

    /// <summary>One or two digits at <paramref name="at"/> not followed by a third: the index after them, or -1.</summary>
    private static int Digits(string line, int at, out int value)
    {
        value = 0;
        var i = at;
        while (i < line.Length && char.IsDigit(line[i]) && i - at < 3) i++;
        if (i == at || i - at > 2) return -1;
        value = int.Parse(line.AsSpan(at, i - at));
        return i;
    }

    private static int SkipSpace(string line, int i)
    {
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        return i;
    }

    private static string Trimmed(Group group) => new(group.ValueSpan.Trim());

    /// <summary>
    /// Splits «4) …; 5) …» into separate items, but only on a number that continues the sequence (n+1, then n+2…),
    /// so numbers inside an item's own text stay put. Returns the item texts, numbered first, first+1, …
    /// </summary>
    public static IReadOnlyList<string> SplitMerged(int first, string text, char style)
    {
        // Most items hold no number at all: nothing to split.
        if (!HasDigit(text)) return [text.Trim()];
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

    private static bool HasDigit(string text)
    {
        foreach (var ch in text)
            if (char.IsDigit(ch)) return true;
        return false;
    }

    private static readonly Regex InlineNumber = new(@"(?<=[\s;.,:!?)])(?<n>\d{1,2})\s*(?<m>[.)])(?!\d)\s*(?=\S)", RegexOptions.Compiled);
}
