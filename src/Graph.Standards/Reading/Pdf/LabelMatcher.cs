namespace CareerGraph.Standards.Reading.Pdf;

using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Text;

/// <summary>A position inside a run of lines: line index and character offset in that line's text.</summary>
internal readonly record struct Cursor(int Line, int Char);

/// <summary>A label found at a cursor; <see cref="ValueStart"/> is where the text after it begins.</summary>
internal sealed record LabelHit(PrintedLabel Label, int? Number, Cursor ValueStart)
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
        Span<char> flatBuffer = stackalloc char[MaxLabelLength];
        Span<Cursor> positions = stackalloc Cursor[MaxLabelLength];
        var flat = flatBuffer[..Flatten(lines, from, flatBuffer, positions)];
        if (flat.IsEmpty || !LabelStarts.Contains(flat[0])) return null;
        foreach (var label in Labels.Printed)
        {
            if (!flat.StartsWith(label.Key, StringComparison.Ordinal)) continue;
            var consumed = label.Key.Length;
            int? number = null;
            if (label.Numbered)
            {
                var digits = 0;
                while (consumed + digits < flat.Length && digits < 2 && char.IsAsciiDigit(flat[consumed + digits])) digits++;
                if (digits == 0) continue;
                number = int.Parse(flat.Slice(consumed, digits), System.Globalization.CultureInfo.InvariantCulture);
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

    /// <summary>The first key characters of all labels: most lines start with none of them and need no comparison.</summary>
    private static readonly System.Buffers.SearchValues<char> LabelStarts =
        System.Buffers.SearchValues.Create([.. Labels.Printed.Select(l => l.Key[0]).Distinct()]);

    /// <summary>A label cut short by a page break: the text is a long enough beginning of exactly one label.</summary>
    public static PrintedLabel? MatchBeginning(IReadOnlyList<PdfLine> lines)
    {
        var (flat, _) = Flatten(lines, new Cursor(0, 0));
        if (flat.Length < MinPartialLength) return null;
        var candidates = Labels.Printed.Where(l => l.Key.StartsWith(flat, StringComparison.Ordinal)).ToList();
        return candidates.Select(l => l.Kind).Distinct().Count() == 1 ? candidates[0] : null;
    }

    /// <summary>
    /// A label that lost letters in conversion («У / р / ф / о / н / о / б / ра / зо / ва / н / и / я:», L5033–5045): the
    /// text ends with the colon and a long enough ending of exactly one label, and its letters occur in that label in order.
    /// </summary>
    public static PrintedLabel? MatchWithLostLetters(IReadOnlyList<PdfLine> lines)
    {
        var (flat, _) = Flatten(lines, new Cursor(0, 0));
        if (!flat.EndsWith(':') || flat.Length <= MinKeptEnding) return null;
        var letters = flat[..^1];
        var candidates = Labels.Printed
            .Where(l => !l.Numbered && l.Key.EndsWith(letters[^MinKeptEnding..], StringComparison.Ordinal) && IsSubsequence(letters, l.Key))
            .ToList();
        return candidates.Select(l => l.Kind).Distinct().Count() == 1 ? candidates[0] : null;
    }

    /// <summary>Letters that must survive at the end of a label for <see cref="MatchWithLostLetters"/>.</summary>
    private const int MinKeptEnding = 8;

    private static bool IsSubsequence(string letters, string key)
    {
        var k = 0;
        foreach (var c in letters)
        {
            k = key.IndexOf(c, k);
            if (k < 0) return false;
            k++;
        }
        return true;
    }

    /// <summary>No label is longer than this, with its number and colon, so matching never needs more text.</summary>
    private static readonly int MaxLabelLength = Labels.Printed.Max(l => l.Key.Length) + 4;

    private static (string Flat, List<Cursor> Positions) Flatten(IReadOnlyList<PdfLine> lines, Cursor from)
    {
        var flat = new char[MaxLabelLength];
        var positions = new Cursor[MaxLabelLength];
        var length = Flatten(lines, from, flat, positions);
        return (new string(flat, 0, length), [.. positions[..length]]);
    }

    /// <summary>The first <see cref="MaxLabelLength"/> non-blank characters from <paramref name="from"/>, folded as label keys are.</summary>
    private static int Flatten(IReadOnlyList<PdfLine> lines, Cursor from, Span<char> flat, Span<Cursor> positions)
    {
        var length = 0;
        for (var l = from.Line; l < lines.Count && length < MaxLabelLength; l++)
        {
            var text = lines[l].Text;
            for (var c = l == from.Line ? from.Char : 0; c < text.Length && length < MaxLabelLength; c++)
            {
                if (TextNorm.IsWhiteSpace(text[c])) continue;
                flat[length] = TextNorm.LabelFold(text[c]);
                positions[length] = new Cursor(l, c);
                length++;
            }
        }
        return length;
    }
}
