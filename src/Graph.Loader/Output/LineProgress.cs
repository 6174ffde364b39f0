namespace CareerGraph.Loader.Output;

/// <summary>Progress messages written as lines, synchronously and in order (Progress&lt;T&gt; would post them).</summary>
public sealed class LineProgress(TextWriter writer) : IProgress<string>
{
    public void Report(string value) => writer.WriteLine(value);
}
