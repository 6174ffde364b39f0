namespace CareerGraph.Standards.Reading;

/// <summary>
/// The physical lines of a text (split at «\n», a trailing «\r» dropped, no empty line after a final «\n»), made
/// into strings only when a reader asks for them: layout detection and the HTML-table reader scan the text itself,
/// and a string per line of every act was a tenth of what extraction allocated.
/// </summary>
public sealed class SourceLines(string text) : IReadOnlyList<string>
{
    private string[]? _lines;

    public int Count { get; } = CountOf(text);

    public string this[int index] => Lines()[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Lines()).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    // Two threads asking at once build equal arrays; either may stay.
    private string[] Lines() => _lines ??= Split(text);

    public static string[] Split(string text)
    {
        var result = new string[CountOf(text)];
        var i = 0;
        foreach (var line in new LineSpans(text)) result[i++] = new string(line);
        return result;
    }

    /// <summary>How many lines <paramref name="text"/> has, without splitting it.</summary>
    public static int CountOf(string text) => text.AsSpan().Count('\n') + (text.EndsWith('\n') ? 0 : 1);
}

/// <summary>The same lines as <see cref="SourceLines"/>, as spans of the text (no string per line).</summary>
public ref struct LineSpans(string text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;
    private bool _done;

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly LineSpans GetEnumerator() => this;

    public bool MoveNext()
    {
        // Past a final «\n» there is no further line.
        if (_done || _position == _text.Length && _position > 0) return false;
        var rest = _text[_position..];
        var newline = rest.IndexOf('\n');
        if (newline < 0)
        {
            Current = rest.TrimEnd('\r');
            _done = true;
        }
        else
        {
            Current = rest[..newline].TrimEnd('\r');
            _position += newline + 1;
        }
        return true;
    }
}
