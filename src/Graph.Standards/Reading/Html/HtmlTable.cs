namespace CareerGraph.Standards.Reading.Html;

using CareerGraph.Standards.Model;

/// <summary>One printed line of a cell: entity-decoded, tags removed, trimmed, never empty.</summary>
public sealed record CellLine(string Text, int Line);

/// <summary>
/// A table cell placed on the grid: <see cref="Row"/> and <see cref="Column"/> are 0-based positions after the
/// rowspans of earlier rows have taken their columns.
/// </summary>
public sealed record HtmlCell(int Row, int Column, int RowSpan, int ColSpan, bool IsHeader, IReadOnlyList<CellLine> Lines, LineRange Source)
{
    public string Text => string.Join("\n", Lines.Select(l => l.Text));
}

/// <summary>A parsed &lt;table&gt;: its cells in source order, the grid width, and the source lines it spans.</summary>
public sealed record HtmlTable(IReadOnlyList<HtmlCell> Cells, int RowCount, int ColumnCount, LineRange Source);
