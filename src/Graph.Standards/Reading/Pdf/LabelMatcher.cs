namespace CareerGraph.Standards.Reading.Pdf;

/// <summary>A position inside a run of lines: line index and character offset in that line's text.</summary>
internal readonly record struct Cursor(int Line, int Char);

/// <summary>A label found at a cursor; <see cref="ValueStart"/> is where the text after it begins.</summary>
internal sealed record LabelHit(CardLabel Label, int? Number, Cursor ValueStart)
{
    public string Render() => Label.Render(Number);
}

/// <summary>Finds card labels on whitespace-free text, whatever the PDF column did to their spacing and line breaks.</summary>
internal static class LabelMatcher
{
    private const int MinPartialLength = 6;

    /// <summary>The longest label at <paramref name="from"/> that ends at a colon, a line end or the end of the lines.</summary>
    public static LabelHit? Match(IReadOnlyList<PdfLine> lines, Cursor from)
    {
        var (flat, positions) = Flatten(lines, from);
        foreach (var label in RuCardLabels.All)
        {
            if (!flat.StartsWith(label.Key, StringComparison.Ordinal)) continue;
            var consumed = label.Key.Length;
            int? number = null;
            if (label.Numbered)
            {
                var digits = 0;
                while (consumed + digits < flat.Length && digits < 2 && char.IsAsciiDigit(flat[consumed + digits])) digits++;
                if (digits == 0) continue;
                number = int.Parse(flat.AsSpan(consumed, digits), System.Globalization.CultureInfo.InvariantCulture);
                consumed += digits;
            }
            var punctuated = consumed < flat.Length && (flat[consumed] == ':' || (label.Numbered && flat[consumed] == '.'));
            if (punctuated) consumed++;
            var endsHere = consumed == flat.Length || punctuated || positions[consumed].Line != positions[consumed - 1].Line;
            if (!endsHere) continue;
            var valueStart = consumed == flat.Length ? new Cursor(lines.Count, 0) : positions[consumed];
            return new LabelHit(label, number, valueStart);
        }
        return null;
    }

    /// <summary>A label cut short by a page break: the text is a long enough beginning of exactly one label.</summary>
    public static CardLabel? MatchBeginning(IReadOnlyList<PdfLine> lines)
    {
        var (flat, _) = Flatten(lines, new Cursor(0, 0));
        if (flat.Length < MinPartialLength) return null;
        var candidates = RuCardLabels.All.Where(l => l.Key.StartsWith(flat, StringComparison.Ordinal)).ToList();
        return candidates.Select(l => l.Kind).Distinct().Count() == 1 ? candidates[0] : null;
    }

    private static (string Flat, List<Cursor> Positions) Flatten(IReadOnlyList<PdfLine> lines, Cursor from)
    {
        var flat = new System.Text.StringBuilder();
        var positions = new List<Cursor>();
        for (var l = from.Line; l < lines.Count; l++)
        {
            var text = lines[l].Text;
            for (var c = l == from.Line ? from.Char : 0; c < text.Length; c++)
            {
                if (char.IsWhiteSpace(text[c])) continue;
                flat.Append(text[c] is 'ё' or 'Ё' ? 'е' : char.ToLowerInvariant(text[c]));
                positions.Add(new Cursor(l, c));
            }
        }
        return (flat.ToString(), positions);
    }
}
