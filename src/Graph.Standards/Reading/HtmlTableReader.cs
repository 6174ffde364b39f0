namespace CareerGraph.Standards.Reading;

using CareerGraph.Standards.Model;

/// <summary>Markdown from the official legal database with the cards in HTML &lt;table&gt; markup (rowspan/colspan).</summary>
public sealed class HtmlTableReader : ILayoutReader
{
    public string Family => "html-tables";

    public double Match(SourceText source) => 0; // not implemented yet

    public IReadOnlyList<LogicalLine> Read(SourceText source, ICollection<SourceWarning> warnings) =>
        throw new NotSupportedException("The html-tables layout is not supported yet.");
}
