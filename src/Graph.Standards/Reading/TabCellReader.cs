namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;

/// <summary>HTML tables saved as text: a line holding only tabs separates cells.</summary>
public sealed class TabCellReader : ILayoutReader
{
    public string Family => "tab-cells";

    public double Match(SourceText source) => 0; // not implemented yet

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings) =>
        throw new NotSupportedException("The tab-cells layout is not supported yet.");
}
