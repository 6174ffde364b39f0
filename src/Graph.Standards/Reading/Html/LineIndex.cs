namespace CareerGraph.Standards.Reading.Html;

/// <summary>Maps a character offset in a text to its 1-based physical line.</summary>
public sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') _starts.Add(i + 1);
    }

    public int LineOf(int offset)
    {
        var i = _starts.BinarySearch(offset);
        return i >= 0 ? i + 1 : ~i;
    }
}
