namespace CareerGraph.Standards.Framework;

using System.Text;
using CareerGraph.Standards.Model;

/// <summary>
/// One cell of the framework's tab-separated table. <see cref="StartsRow"/> marks a cell printed after SPACE+TAB,
/// which is how the source begins a row whose level cells are missing.
/// </summary>
internal sealed record TableCell(string Text, LineRange Lines, bool StartsRow);

/// <summary>A table row before its level is resolved: 0–2 level cells and the descriptor cells.</summary>
internal sealed record TableRow(IReadOnlyList<TableCell> LevelCells, IReadOnlyList<TableCell> Descriptors)
{
    public LineRange Lines => LevelCells.Concat(Descriptors).Select(c => c.Lines).Aggregate((a, b) => a.Span(b));
}

/// <summary>An area header found in the table: its printed number and title, or neither when the header is missing.</summary>
internal sealed record AreaDraft(string? Number, string? Title, int HeaderLine, List<TableRow> Rows);

/// <summary>Splits the framework table (appendix 4) into areas and rows. Pure: lines in, drafts out.</summary>
internal static class FrameworkTable
{
    private const string CompetenciesHeader = "Жеке және кәсіби құзыреттіліктерге қойылатын талаптар";

    private static readonly string[] SkippedHeaders =
    [
        "СБШ деңгейі", "Іскерлікке және машықтарға қойылатын талаптар", "Білімге қойылатын талаптар",
    ];

    public static bool IsNationalLevelHeader(string text) => text is "БҰШ деңгейі" or "ҰБШ деңгейі";

    public static bool HasDescriptorHeader(string text) => text.Contains(CompetenciesHeader, StringComparison.Ordinal);

    /// <summary>Cells from <paramref name="start"/> (0-based) to the end; footnotes («Ескертпе») are left out.</summary>
    public static List<TableCell> ReadCells(IReadOnlyList<string> lines, int start)
    {
        var cells = new List<TableCell>();
        StringBuilder? text = null;
        var first = 0;
        var last = 0;
        var startsRow = false;
        var pendingBreak = false;

        void Close()
        {
            if (text is null) return;
            cells.Add(new TableCell(text.ToString(), new LineRange(first, last), startsRow));
            text = null;
        }

        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            var lineNo = i + 1;
            var tab = line.StartsWith('\t') ? 1 : line.StartsWith(" \t", StringComparison.Ordinal) ? 2 : 0;
            if (tab > 0)
            {
                Close();
                text = new StringBuilder(TextClean.Normalize(line[tab..]));
                first = last = lineNo;
                startsRow = tab == 2;
                pendingBreak = false;
                continue;
            }
            var clean = TextClean.Normalize(line);
            if (clean.Length == 0)
            {
                pendingBreak = text is { Length: > 0 };
                continue;
            }
            if (clean.StartsWith("Ескертпе", StringComparison.Ordinal))
            {
                // A footnote under the table: it belongs to no cell, and neither do its continuation lines.
                Close();
                continue;
            }
            if (text is null) continue;
            if (text.Length > 0) text.Append(pendingBreak ? '\n' : ' ');
            text.Append(clean);
            last = lineNo;
            pendingBreak = false;
        }
        Close();
        return cells;
    }

    /// <summary>Groups cells into areas and rows; a row is up to two level cells followed by three descriptors.</summary>
    public static List<AreaDraft> GroupRows(IReadOnlyList<TableCell> cells, ICollection<SourceWarning> warnings)
    {
        var areas = new List<AreaDraft>();
        var levelCells = new List<TableCell>();
        var descriptors = new List<TableCell>();
        var headerLine = 0;

        void Flush()
        {
            if (descriptors.Count == 0) return;
            if (descriptors.Count < 3)
                warnings.Add(new SourceWarning(descriptors[0].Lines.First,
                    $"framework row has {descriptors.Count} of 3 descriptor cells"));
            if (areas.Count == 0) areas.Add(new AreaDraft(null, null, descriptors[0].Lines.First, []));
            areas[^1].Rows.Add(new TableRow([.. levelCells], [.. descriptors]));
            levelCells.Clear();
            descriptors.Clear();
        }

        foreach (var cell in cells)
        {
            var text = cell.Text;
            if (IsNationalLevelHeader(text))
            {
                Flush();
                levelCells.Clear();
                headerLine = cell.Lines.First;
                continue;
            }
            if (text.StartsWith("Кәсіби қызмет саласы:", StringComparison.Ordinal))
            {
                var (number, title) = AreaTitle(text);
                areas.Add(new AreaDraft(number, title, headerLine, []));
                continue;
            }
            if (text == CompetenciesHeader)
            {
                Flush();
                levelCells.Clear();
                // The column header printed without the area header above it: a new area whose title was lost.
                if (areas.Count == 0 || areas[^1].Rows.Count > 0)
                    areas.Add(new AreaDraft(null, null, cell.Lines.First, []));
                continue;
            }
            if (SkippedHeaders.Contains(text)) continue;

            if (cell.StartsRow)
            {
                // Level cells printed on their own row (3.3 «3», L699) belong to the row that follows.
                var carried = descriptors.Count == 0 ? [.. levelCells] : new List<TableCell>();
                Flush();
                levelCells.Clear();
                levelCells.AddRange(carried);
                descriptors.Add(cell);
                continue;
            }
            if (descriptors.Count == 0 && levelCells.Count < 2 && IsLevelCell(text))
            {
                levelCells.Add(cell);
                continue;
            }
            descriptors.Add(cell);
            if (descriptors.Count == 3) Flush();
        }
        Flush();
        return areas;
    }

    private static bool IsLevelCell(string text) => text.Length == 0 || (text.Length <= 2 && text.All(char.IsAsciiDigit));

    private static (string? Number, string? Title) AreaTitle(string cellText)
    {
        foreach (var paragraph in cellText.Split('\n'))
        {
            var m = System.Text.RegularExpressions.Regex.Match(paragraph, @"^(\d+\.\d+)\.?\s+(.+)$");
            if (m.Success) return (m.Groups[1].Value, m.Groups[2].Value.TrimEnd('.', ' '));
        }
        return (null, null);
    }
}
