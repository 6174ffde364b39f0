namespace CareerGraph.Standards.Reading.Html;

/// <summary>Maps a character offset in a text to its 1-based physical line.</summary>
public sealed class LineIndex
{
    private readonly int[] _starts;

    public LineIndex(string text)
    {
        var span = text.AsSpan();
        _starts = new int[span.Count('\n') + 1];
        var line = 1;
        for (var i = span.IndexOf('\n'); i >= 0; i = span[(i + 1)..].IndexOf('\n') is var next and >= 0 ? i + 1 + next : -1)
            _starts[line++] = i + 1;
    }

    public int LineOf(int offset)
    {
        var i = Array.BinarySearch(_starts, offset);
        return i >= 0 ? i + 1 : ~i;
    }
}
