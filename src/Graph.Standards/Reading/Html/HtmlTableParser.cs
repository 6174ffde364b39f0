namespace CareerGraph.Standards.Reading.Html;

using System.Buffers;
using System.Net;
using System.Text;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>
/// Builds <see cref="HtmlTable"/>s from tokens. Tolerant like a browser: an unclosed &lt;td&gt; ends at the next
/// cell or row, a cell outside &lt;tr&gt; opens a row, a missing &lt;/table&gt; ends at the end of input. Rowspan and
/// colspan place cells on a grid; rows whose width disagrees with the table are reported as warnings.
/// </summary>
public static class HtmlTableParser
{
    /// <summary>Tags that end a printed line inside a cell.</summary>
    private static readonly HashSet<string> LineBreakTags = ["br", "p", "div", "li", "ol", "ul", "h1", "h2", "h3", "h4", "h5", "h6"];

    /// <summary>
    /// Parses the table whose &lt;table&gt; tag is <paramref name="tokens"/>[<paramref name="first"/>]; returns it and
    /// the index just after its end.
    /// </summary>
    public static (HtmlTable Table, int Next) Parse(IReadOnlyList<HtmlToken> tokens, int first, LineIndex lines, ICollection<SourceWarning> warnings)
    {
        var builder = new Builder(lines);
        var depth = 0;
        var i = first;
        for (; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token is HtmlTag { Name: "table" } t)
            {
                depth = Depth(depth, t);
                if (depth == 0)
                {
                    i++;
                    break;
                }
                if (depth > 1 || t.IsEnd) builder.LineBreak(); // nested table: its text joins the cell
                continue;
            }
            if (depth == 1) builder.Add(token, warnings);
            else builder.AddNested(token);
        }
        if (depth > 0)
            warnings.Add(new SourceWarning(lines.LineOf(tokens[first].Start), "<table> is never closed; it ends at the end of the file"));
        var end = tokens[Math.Min(i, tokens.Count) - 1].End;
        return (builder.Build(new LineRange(lines.LineOf(tokens[first].Start), lines.LineOf(Math.Max(tokens[first].Start, end - 1))), warnings), i);
    }

    /// <summary>The table nesting depth after <paramref name="token"/>: the reader collects a table's tokens by it.</summary>
    public static int Depth(int depth, HtmlToken token) =>
        token is HtmlTag { Name: "table" } t ? depth + (t.IsEnd ? -1 : t.SelfClosing ? 0 : 1) : depth;

    private sealed class Builder(LineIndex index)
    {
        private readonly List<(int Row, HtmlTag Tag, List<CellLine> Lines, int Last)> _cells = [];
        private readonly List<int> _rowLines = [];
        private readonly StringBuilder _line = new();
        private int? _lineNo;
        private int _row = -1;
        private bool _rowOpen;
        private int _cell = -1; // index in _cells of the open cell, or -1

        public void Add(HtmlToken token, ICollection<SourceWarning> warnings)
        {
            switch (token)
            {
                case HtmlTag { Name: "tr" } tr:
                    CloseCell();
                    if (!tr.IsEnd) OpenRow(tr.Start);
                    else _rowOpen = false;
                    break;
                case HtmlTag { Name: "td" or "th" } td:
                    CloseCell();
                    if (td.IsEnd) break;
                    if (!_rowOpen) OpenRow(td.Start);
                    _cells.Add((_row, td, [], index.LineOf(td.End - 1)));
                    _cell = _cells.Count - 1;
                    break;
                case HtmlTag { Name: "thead" or "tbody" or "tfoot" or "caption" or "colgroup" or "col" }:
                    break;
                case HtmlTag tag:
                    if (_cell < 0) break;
                    if (LineBreakTags.Contains(tag.Name)) LineBreak();
                    Touch(tag.End);
                    break;
                case HtmlText text when _cell >= 0:
                    AddText(text);
                    break;
                case HtmlText text when !text.Span.IsWhiteSpace():
                    warnings.Add(new SourceWarning(index.LineOf(text.Start + text.Span.Length - text.Span.TrimStart().Length),
                        "text outside any table cell is ignored"));
                    break;
            }
        }

        public void AddNested(HtmlToken token)
        {
            if (_cell < 0) return;
            if (token is HtmlText text) AddText(text);
            else if (token is HtmlTag { Name: "tr" or "td" or "th" or "br" or "p" or "li" }) LineBreak();
        }

        public void LineBreak()
        {
            if (_cell < 0) return;
            // The same homoglyph repair as the other readers' TextNorm.Clean: a layout never changes the words read.
            var text = TextNorm.FixHomoglyphs(CollapseSpaces(_line));
            if (text.Length > 0 && _lineNo is { } n) _cells[_cell].Lines.Add(new CellLine(text, n));
            _line.Clear();
            _lineNo = null;
        }

        private void AddText(HtmlText text)
        {
            var raw = text.Span;
            var line = index.LineOf(text.Start);
            for (var k = 0; ; k++)
            {
                if (k > 0) LineBreak();
                var newline = raw.IndexOf('\n');
                var segment = (newline < 0 ? raw : raw[..newline]).TrimEnd('\r');
                // Entities are rare: a segment without «&» is appended as it is.
                if (segment.Contains('&'))
                {
                    var decoded = WebUtility.HtmlDecode(segment.ToString());
                    if (_lineNo is null && !string.IsNullOrWhiteSpace(decoded)) _lineNo = line + k;
                    _line.Append(decoded);
                }
                else
                {
                    if (_lineNo is null && !segment.IsWhiteSpace()) _lineNo = line + k;
                    _line.Append(segment);
                }
                if (newline < 0) break;
                raw = raw[(newline + 1)..];
            }
            Touch(text.End);
        }

        private void Touch(int end)
        {
            var c = _cells[_cell];
            _cells[_cell] = c with { Last = Math.Max(c.Last, index.LineOf(Math.Max(0, end - 1))) };
        }

        private void OpenRow(int start)
        {
            _row++;
            _rowOpen = true;
            _rowLines.Add(index.LineOf(start));
        }

        private void CloseCell()
        {
            LineBreak();
            _cell = -1;
        }

        public HtmlTable Build(LineRange source, ICollection<SourceWarning> warnings)
        {
            CloseCell();
            var occupied = new List<HashSet<int>>();
            HashSet<int> Row(int r)
            {
                while (occupied.Count <= r) occupied.Add([]);
                return occupied[r];
            }
            var placed = new List<HtmlCell>(_cells.Count);
            var nextColumn = new Dictionary<int, int>();
            foreach (var (row, tag, cellLines, last) in _cells)
            {
                var column = nextColumn.GetValueOrDefault(row);
                while (Row(row).Contains(column)) column++;
                var rowSpan = tag.IntAttribute("rowspan", 1);
                var colSpan = tag.IntAttribute("colspan", 1);
                for (var r = row; r < row + rowSpan; r++)
                    for (var c = column; c < column + colSpan; c++)
                        Row(r).Add(c);
                nextColumn[row] = column + colSpan;
                placed.Add(new HtmlCell(row, column, rowSpan, colSpan, tag.Name == "th", cellLines,
                    new LineRange(index.LineOf(tag.Start), last)));
            }
            var rowCount = _row + 1;
            var width = occupied.Count == 0 ? 0 : occupied.Take(Math.Max(rowCount, 1)).Max(r => r.Count == 0 ? 0 : r.Max() + 1);
            // One warning per row width, not per row: a table whose rows change width (221679 rus.md: 735 rows 11 wide in a
            // table that two cards print 12 wide) otherwise buries every other warning.
            var odd = new List<(int Cells, int First, int Last, int Rows)>();
            for (var r = 0; r < rowCount; r++)
            {
                var cells = Row(r).Count;
                if (cells == width) continue;
                var k = odd.FindIndex(o => o.Cells == cells);
                if (k < 0) odd.Add((cells, _rowLines[r], _rowLines[r], 1));
                else odd[k] = odd[k] with { Last = _rowLines[r], Rows = odd[k].Rows + 1 };
            }
            foreach (var (cells, firstLine, lastLine, rows) in odd)
                warnings.Add(new SourceWarning(firstLine, rows == 1
                    ? $"table row has {cells} of {width} columns"
                    : $"{rows} rows have {cells} of {width} columns (first at L{firstLine}, last at L{lastLine})"));
            if (occupied.Count > rowCount)
                warnings.Add(new SourceWarning(_rowLines.Count > 0 ? _rowLines[^1] : source.First,
                    "a rowspan reaches past the last row of the table"));
            return new HtmlTable(placed, rowCount, width, source);
        }

        /// <summary>The line with runs of spaces and tabs as one space, trimmed; collapsed into a pooled buffer (once per cell line).</summary>
        private static string CollapseSpaces(StringBuilder line)
        {
            var buffer = ArrayPool<char>.Shared.Rent(line.Length);
            var length = 0;
            var space = false;
            foreach (var chunk in line.GetChunks())
            {
                foreach (var ch in chunk.Span)
                {
                    if (ch is ' ' or '\t')
                    {
                        space = length > 0;
                        continue;
                    }
                    if (space) buffer[length++] = ' ';
                    space = false;
                    buffer[length++] = ch;
                }
            }
            var text = new string(buffer.AsSpan(0, length).Trim());
            ArrayPool<char>.Shared.Return(buffer);
            return text;
        }
    }
}
