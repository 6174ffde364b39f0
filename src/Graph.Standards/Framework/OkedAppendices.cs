namespace CareerGraph.Standards.Framework;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

internal sealed record OkedEntry(string Code, string Name, int Line);

/// <summary>An appendix listing the OKED (ЭҚЖЖ) classes of one area of activity.</summary>
internal sealed record OkedAppendix(int Number, string Title, int TitleLine, IReadOnlyList<OkedEntry> Entries);

/// <summary>Reads the «N-қосымша» OKED tables that precede the framework table.</summary>
internal static partial class OkedAppendices
{
    [GeneratedRegex(@"^(\d+)-қосымша$")]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^\d{2}(\.\d{1,2})?$")]
    private static partial Regex OkedCode();

    public static List<OkedAppendix> Read(IReadOnlyList<string> lines, int end)
    {
        var starts = new List<(int Number, int Index)>();
        for (var i = 0; i < end; i++)
            if (lines[i].Contains("қосымша", StringComparison.Ordinal)
                && AppendixHeading().Match(TextClean.Normalize(lines[i])) is { Success: true } m)
                starts.Add((int.Parse(m.Groups[1].Value), i));

        var appendices = new List<OkedAppendix>();
        for (var a = 0; a < starts.Count; a++)
        {
            var stop = a + 1 < starts.Count ? starts[a + 1].Index : end;
            if (Read(lines, starts[a].Number, starts[a].Index, stop) is { } appendix) appendices.Add(appendix);
        }
        return appendices;
    }

    private static OkedAppendix? Read(IReadOnlyList<string> lines, int number, int from, int to)
    {
        var title = new List<string>();
        var titleLine = 0;
        var entries = new List<OkedEntry>();
        var afterTableWord = false;
        for (var i = from + 1; i < to; i++)
        {
            var line = lines[i];
            var clean = TextClean.Normalize(line);
            if (line.StartsWith('\t'))
            {
                if (OkedCode().IsMatch(clean) && i + 1 < to && lines[i + 1].StartsWith('\t'))
                    entries.Add(new OkedEntry(clean, TextClean.Normalize(lines[i + 1]), i + 1));
                afterTableWord = false;
                continue;
            }
            if (clean == "Кесте") { afterTableWord = true; continue; }
            if (afterTableWord && clean.Length > 0)
            {
                if (title.Count == 0) titleLine = i + 1;
                title.Add(clean);
            }
        }
        return entries.Count == 0 ? null : new OkedAppendix(number, string.Join(' ', title), titleLine, entries);
    }

    /// <summary>
    /// Codes printed for the same activity twice under different codes: the one whose division occurs nowhere else
    /// is the likely misprint (92.12 «Коммуникация жабдықтарды жөндеу», L321, against 95.12 at L371).
    /// </summary>
    public static IEnumerable<SourceWarning> SuspectCodes(IReadOnlyList<OkedEntry> entries)
    {
        var divisions = entries.GroupBy(e => e.Code[..2]).ToDictionary(g => g.Key, g => g.Count());
        var keys = entries.Select(e => ActivityKey(e.Name)).ToArray();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            if (divisions[entry.Code[..2]] > 1) continue;
            var twin = entries.Where((o, k) => o.Code != entry.Code && keys[k] == keys[i]).FirstOrDefault();
            if (twin is null) continue;
            yield return new SourceWarning(entry.Line,
                $"OKED {entry.Code} «{entry.Name}» names the activity of {twin.Code} (L{twin.Line}); " +
                $"division {entry.Code[..2]} occurs nowhere else, so {entry.Code} is likely a misprint of {twin.Code}; kept as printed");
        }
    }

    // Kazakh inflects by suffix: the first five letters of each word identify it well enough to compare names.
    private static string ActivityKey(string name) =>
        string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length > 5 ? w[..5] : w));
}
