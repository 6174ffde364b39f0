namespace CareerGraph.Standards.Framework;

using CareerGraph.Standards.Model;

/// <summary>
/// Resolves the 1–8 level of each row of one area. Printed cells win. A row without level cells takes, in order:
/// the level of an earlier row it repeats word for word; one above the highest lower level its text mentions
/// («бірінші, екінші және үшінші деңгейдегі қызметкерлер» ⇒ 4); otherwise the next level after the rows before it,
/// kept low enough that the rows still unresolved before the next known level (or 8) each get a level.
/// </summary>
internal static class LevelInference
{
    public const int MaxLevel = 8;

    private static readonly string[] Ordinals =
        ["бірінші", "екінші", "үшінші", "төртінші", "бесінші", "алтыншы", "жетінші", "сегізінші"];

    public static IReadOnlyList<LevelDescriptor> Resolve(AreaDraft area, string areaNumber, ICollection<SourceWarning> warnings)
    {
        var rows = area.Rows;
        var printed = rows.Select(PrintedLevel).ToArray();
        var repeats = new int?[rows.Count];
        var mentioned = new int?[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            if (printed[i] is not null) continue;
            repeats[i] = EarlierRepeat(rows, i);
            mentioned[i] = MentionedLevel(rows[i]);
        }

        var levels = new int[rows.Count];
        var highest = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            int level;
            if (printed[i] is { } p) level = p;
            else if (repeats[i] is { } j)
            {
                level = levels[j];
                warnings.Add(new SourceWarning(rows[i].Lines.First,
                    $"area {areaNumber}: row repeats the level-{level} row at L{rows[j].Lines.First}; kept as printed"));
            }
            else if (mentioned[i] is { } m) level = m;
            else level = Math.Min(highest + 1, Ceiling(i));

            if (level < highest && repeats[i] is null)
                warnings.Add(new SourceWarning(rows[i].Lines.First,
                    $"area {areaNumber}: level-{level} row comes after a level-{highest} row"));
            levels[i] = Math.Clamp(level, 1, MaxLevel);
            if (repeats[i] is null) highest = Math.Max(highest, levels[i]);
        }

        return [.. rows.Select((row, i) => Descriptor(row, levels[i], printed[i] is null))];

        // The highest level row i may take so that every unknown row after it, up to the next known one, still fits.
        int Ceiling(int i)
        {
            var unknownAfter = 0;
            for (var k = i + 1; k < rows.Count; k++)
            {
                if (repeats[k] is not null) continue;
                var known = printed[k] ?? mentioned[k];
                if (known is { } level) return level - unknownAfter;
                unknownAfter++;
            }
            return MaxLevel - unknownAfter;
        }
    }

    /// <summary>The level printed in the row's own cells: the first digit of the СБШ cell, else the national cell.</summary>
    private static int? PrintedLevel(TableRow row)
    {
        foreach (var cell in row.LevelCells.Reverse())
            if (cell.Text.Length > 0 && cell.Text[0] is >= '1' and <= '8')
                return cell.Text[0] - '0';
        return null;
    }

    private static int? EarlierRepeat(IReadOnlyList<TableRow> rows, int i)
    {
        for (var j = 0; j < i; j++)
            if (Competencies(rows[j]) == Competencies(rows[i])) return j;
        return null;
    }

    private static string Competencies(TableRow row) => row.Descriptors.Count > 0 ? row.Descriptors[0].Text : "";

    private static int? MentionedLevel(TableRow row)
    {
        var highest = row.Descriptors.Max(cell => HighestMentioned(cell.Text));
        return highest is > 0 and < MaxLevel ? highest + 1 : null;
    }

    /// <summary>
    /// The highest ordinal in phrases like «бірінші, екінші және үшінші (біліктілік) деңгей…». Scans back from each
    /// «деңгей» instead of running one big case-insensitive regex, which cost more than all the rest of the parse.
    /// </summary>
    private static int HighestMentioned(string text)
    {
        const string level = "деңгей";
        var highest = 0;
        for (var at = text.IndexOf(level, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(level, at + level.Length, StringComparison.Ordinal))
        {
            var words = text[Math.Max(0, at - 80)..at].Split([' ', ',', '\n'], StringSplitOptions.RemoveEmptyEntries);
            for (var k = words.Length - 1; k >= 0; k--)
            {
                var word = words[k].ToLowerInvariant();
                if (word == "және" || (k == words.Length - 1 && word == "біліктілік")) continue;
                var n = Array.IndexOf(Ordinals, word) + 1;
                if (n == 0) break;
                highest = Math.Max(highest, n);
            }
        }
        return highest;
    }

    private static LevelDescriptor Descriptor(TableRow row, int level, bool inferred)
    {
        // Two level cells are (national, СБШ); a lone cell (3.3, L699) is read as the СБШ level.
        var raw = row.LevelCells.Count > 0 ? NullIfEmpty(row.LevelCells[^1].Text) : null;
        var national = row.LevelCells.Count == 2 ? NullIfEmpty(row.LevelCells[0].Text) : null;
        string Cell(int k) => k < row.Descriptors.Count ? row.Descriptors[k].Text : "";
        return new LevelDescriptor(level, raw, national, inferred, Cell(0), Cell(1), Cell(2), row.Lines);
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
