namespace CareerGraph.Loader.Output;

/// <summary>
/// Progress messages written as lines, synchronously and in order (Progress&lt;T&gt; would post them). Remembers what
/// it printed, so an error the extractor already reported as progress is not printed twice.
/// </summary>
public sealed class LineProgress(TextWriter writer) : IProgress<string>
{
    private readonly HashSet<string> _printed = new(StringComparer.Ordinal);

    public void Report(string value)
    {
        writer.WriteLine(value);
        _printed.Add(value);
    }

    /// <summary>Writes the line unless it was already printed as progress.</summary>
    public void WriteOnce(string line)
    {
        if (_printed.Add(line)) writer.WriteLine(line);
    }
}
