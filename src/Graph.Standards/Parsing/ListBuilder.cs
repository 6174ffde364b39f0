namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>
/// Collects the items of one printed list. Counts what is printed (never trusts the last number), splits merged
/// items only on the next number of the sequence, and reports gaps, repeats and odd markers as source warnings.
/// </summary>
internal sealed class ListBuilder(string what, ICollection<SourceWarning> warnings)
{
    private sealed class Entry(string text, LineRange lines, bool numbered)
    {
        public string Text = text;
        public LineRange Lines = lines;
        public readonly bool Numbered = numbered;
    }

    private readonly List<Entry> items = [];
    private readonly List<(int Line, int First, int Count)> merged = [];
    private bool built;
    private int? lastNumber;
    private int? otherNumber;

    public int Count => items.Count;

    /// <summary>Parts headed by a worker grade («для 4 разряда:»); 0 for a list printed in one part.</summary>
    public int Parts { get; private set; }

    /// <summary>The most items of any one part: a list split by grade numbers each part from 1.</summary>
    public int LongestPart { get; private set; }

    /// <summary>The item texts so far, without building (no warnings are emitted).</summary>
    public IReadOnlyList<string> Peek() => items.Select(e => e.Text).ToList();

    public void Add(LogicalLine line)
    {
        if (ListItems.IsGradeHeading(line.Text))
        {
            Restart();
            Parts++;
            return;
        }
        var expected = (lastNumber ?? 0) + 1;
        var item = ListItems.Parse(line.Text, expected);
        var at = line.Lines.First;
        if (item.Oddity is not null) warnings.Add(new SourceWarning(at, $"{what}: {item.Oddity}"));
        switch (item.Marker)
        {
            case ItemMarker.Number:
                var n = item.Number!.Value;
                // After «4) 1)» the list may go on from either number (ru reference-info L7774–7776 «4) 1)», «5)»):
                // continuing the other one is no gap.
                if (lastNumber is not null && n != expected && otherNumber + 1 != n)
                    warnings.Add(new SourceWarning(at, n > expected
                        ? $"{what}: numbering gap, item {n} follows item {lastNumber}"
                        : $"{what}: item number {n} out of sequence after {lastNumber}"));
                // «3.Тұтынушылардың … көлемін 3. Тұтынушыларға…» (kk reference-info L2000): the item's own number again
                // inside it marks two texts garbled into one entry; kept as printed.
                if (HoldsOwnNumber(item.Text, n, item.Style))
                    warnings.Add(new SourceWarning(at, $"{what}: item {n} holds its own number again inside its text (garbled entry)"));
                var parts = ListItems.SplitMerged(n, item.Text, item.Style);
                if (parts.Count > 1) merged.Add((at, n, parts.Count));
                foreach (var part in parts) items.Add(new Entry(part, line.Lines, true));
                lastNumber = n + parts.Count - 1;
                otherNumber = item.Other;
                break;
            case ItemMarker.MissingDigit:
                items.Add(new Entry(item.Text, line.Lines, true));
                lastNumber = expected;
                break;
            case ItemMarker.Dash:
                items.Add(new Entry(item.Text, line.Lines, false));
                break;
            default:
                var previous = items.Count > 0 ? items[^1] : null;
                if (previous is not null && previous.Numbered && ContinuesPrevious(previous.Text, item.Text))
                {
                    previous.Text = previous.Text.Length == 0 ? item.Text : previous.Text + " " + item.Text;
                    previous.Lines = previous.Lines.Span(line.Lines);
                }
                else items.Add(new Entry(item.Text, line.Lines, false));
                break;
        }
    }

    /// <summary>A new numbered part of the same list (one per worker grade): its items are numbered from 1 again.</summary>
    public void Restart()
    {
        LongestPart = Math.Max(LongestPart, items.Count - partStart);
        (lastNumber, otherNumber, partStart) = (null, null, items.Count);
    }

    private int partStart;

    /// <summary>An unnumbered line inside a numbered list continues the item unless the item was finished.</summary>
    private static bool ContinuesPrevious(string previous, string line) =>
        previous.Length == 0 || char.IsLower(line[0]) || !previous.TrimEnd().EndsWith('.') && !previous.TrimEnd().EndsWith(';');

    /// <summary>The items, without empty ones and without a lone «-» (printed for "none").</summary>
    public IReadOnlyList<TextItem> Build()
    {
        // A whole list printed inline («1. … 2. … 3. …», MICE L56) is the layout's list style; items run together
        // inside a list printed one per line (kk reference-info L2034, employment L518) are a slip worth a warning.
        var inline = merged is [{ First: 1 } only] && only.Count == items.Count;
        if (!built && !inline)
            foreach (var (line, first, count) in merged)
                warnings.Add(new SourceWarning(line, $"{what}: items {first}–{first + count - 1} printed on one line"));
        built = true;
        LongestPart = Math.Max(LongestPart, items.Count - partStart);
        var result = new List<TextItem>(items.Count);
        foreach (var e in items)
        {
            var text = e.Text.Trim();
            if (text.Length == 0 || text is "-" or "–") continue;
            result.Add(new TextItem(text, e.Lines));
        }
        return result;
    }

    /// <summary>
    /// Whitespace, the number, optional whitespace, the item's style and whitespace inside the text («… 3. …»):
    /// checked by hand because a pattern built per number missed the regular-expression cache on every item.
    /// </summary>
    private static bool HoldsOwnNumber(string text, int n, char style)
    {
        Span<char> digits = stackalloc char[11];
        n.TryFormat(digits, out var length, provider: System.Globalization.CultureInfo.InvariantCulture);
        var number = digits[..length];
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]) || !text.AsSpan(i + 1).StartsWith(number)) continue;
            var j = i + 1 + length;
            if (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (j + 1 < text.Length && text[j] == style && char.IsWhiteSpace(text[j + 1])) return true;
        }
        return false;
    }
}
