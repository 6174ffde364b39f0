namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;

/// <summary>Markdown with tab-separated rows and leftover HTML fragments (p, ol, li, b).</summary>
public sealed class MarkdownFragmentReader : ILayoutReader
{
    public string Family => "markdown-fragments";

    public double Match(SourceText source) => 0; // not implemented yet

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings) =>
        throw new NotSupportedException("The markdown-fragments layout is not supported yet.");
}
