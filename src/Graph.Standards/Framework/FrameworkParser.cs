namespace CareerGraph.Standards.Framework;

using System.Globalization;
using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>Sectoral qualification frameworks (СБШ / ОРК): areas of activity with level descriptors, no cards.</summary>
public static partial class FrameworkParser
{
    private const string TitleMarker = "салалық біліктілік шеңбер";

    /// <summary>
    /// True when the content is a sectoral framework rather than a professional standard: it prints the framework's
    /// descriptor columns and no profession card. Never looks at the file name.
    /// </summary>
    public static bool IsFramework(SourceText source) =>
        FrameworkTable.HasDescriptorHeader(source.Text)
        && !source.Text.Contains("карточк", StringComparison.Ordinal)
        && !source.Text.Contains("Карточк", StringComparison.Ordinal);

    public static StandardDocument Parse(SourceText source)
    {
        var lines = source.Lines;
        var warnings = new List<SourceWarning>();

        var tableStart = FindIndex(lines, l =>
            l.Contains("деңгейі", StringComparison.Ordinal) && FrameworkTable.IsNationalLevelHeader(TextClean.Normalize(l)));
        if (tableStart < 0)
            throw new FormatException($"{source.FileName}: no framework table (no «БҰШ деңгейі» column) found");

        var appendices = OkedAppendices.Read(lines, tableStart);
        var oked = appendices.SelectMany(a => a.Entries).ToList();
        warnings.AddRange(OkedAppendices.SuspectCodes(oked));

        var drafts = FrameworkTable.GroupRows(FrameworkTable.ReadCells(lines, tableStart), warnings);
        var areas = new List<FrameworkArea>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var number = draft.Number ?? NextNumber(areas.LastOrDefault()?.Number, i);
            var title = draft.Title;
            if (title is null)
            {
                // Areas follow the order of the OKED appendices (passport para 11), so area i is described by appendix i.
                var appendix = appendices.FirstOrDefault(a => a.Number == i + 1);
                title = appendix?.Title ?? "";
                warnings.Add(new SourceWarning(draft.HeaderLine, appendix is null
                    ? $"area {number} has no title row"
                    : $"area {number} has no title row; titled «{appendix.Title}» from appendix {appendix.Number} (L{appendix.TitleLine})"));
            }
            var levels = LevelInference.Resolve(draft, number, warnings);
            var span = levels.Aggregate(LineRange.Single(draft.HeaderLine), (r, l) => r.Span(l.Lines));
            areas.Add(new FrameworkArea(number, title, levels, span));
        }

        var (repealed, repeal) = Repeal(lines);
        return new StandardDocument(
            Source: source.FileName,
            Language: DetectLanguage(source.Text),
            Kind: DocumentKind.SectoralFramework,
            Title: Title(lines),
            Code: null,
            Oked: [.. oked.Select(e => e.Code)],
            Version: null,
            Approval: Approval(lines),
            Repealed: repealed,
            Cards: [],
            Framework: new Model.Framework(areas),
            Warnings: [.. warnings.OrderBy(w => w.Line)],
            Repairs: [],
            Repeal: repeal);
    }

    private static string NextNumber(string? previous, int index)
    {
        if (previous is not null && previous.LastIndexOf('.') is var dot and > 0
            && int.TryParse(previous[(dot + 1)..], out var minor))
            return $"{previous[..dot]}.{minor + 1}";
        return (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The framework's own name, printed under the approval stamp and above «1. Жалпы ережелер».</summary>
    private static string Title(IReadOnlyList<string> lines)
    {
        var chapter1 = FindIndex(lines, l =>
            l.Contains("Жалпы ережелер", StringComparison.Ordinal) && ChapterOne().IsMatch(TextClean.Normalize(l)));
        if (chapter1 > 0)
        {
            var parts = new List<string>();
            for (var i = chapter1 - 1; i >= 0; i--)
            {
                var clean = TextClean.Normalize(lines[i]);
                if (clean.Contains("бекітілген", StringComparison.Ordinal)) break;
                if (clean.Length > 0) parts.Insert(0, clean);
            }
            var title = string.Join(' ', parts);
            if (title.Contains(TitleMarker, StringComparison.Ordinal)) return title;
        }
        // Fallback: the order's title, «… шеңберін бекіту туралы».
        return lines.Select(TextClean.Normalize).FirstOrDefault(l => l.Length > 0) ?? "";
    }

    private static string? Approval(IReadOnlyList<string> lines)
    {
        foreach (var line in lines.Take(20))
            if (OrderWithWordDate().Match(line) is { Success: true } m && ToDate(m) is { } date)
                return $"№ {m.Groups["no"].Value}, {date}";
        return null;
    }

    /// <summary>Repealed when the heading says «Күшін жойған» or the order notes «күші жойылды»; the repealing order.</summary>
    private static (bool Repealed, string? Repeal) Repeal(IReadOnlyList<string> lines)
    {
        var head = lines.Take(20).Select(TextClean.Normalize).ToList();
        var repealed = head.Any(l => l == "Күшін жойған" || l.Contains("күші жойылды", StringComparison.OrdinalIgnoreCase));
        if (!repealed) return (false, null);
        foreach (var line in head)
        {
            var at = line.IndexOf("күші жойылды", StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var tail = line[at..];
            if (NumericDateOrder().Match(tail) is { Success: true } n)
                return (true, $"№ {n.Groups["no"].Value}, {n.Groups["date"].Value}");
            if (OrderWithWordDate().Match(tail) is { Success: true } m && ToDate(m) is { } date)
                return (true, $"№ {m.Groups["no"].Value}, {date}");
        }
        return (true, null);
    }

    private static readonly string[] Months =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    private static string? ToDate(Match m)
    {
        var word = m.Groups["month"].Value.ToLowerInvariant();
        var month = Array.FindIndex(Months, word.StartsWith) + 1;
        if (month == 0) return null;
        return $"{int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture):00}.{month:00}.{m.Groups["year"].Value}";
    }

    private static Language DetectLanguage(string text) =>
        text.AsSpan(0, Math.Min(text.Length, 20_000)).IndexOfAny("әіңғүұқөһӘІҢҒҮҰҚӨҺ") >= 0 ? Language.Kk : Language.Ru;

    private static int FindIndex(IReadOnlyList<string> lines, Func<string, bool> predicate)
    {
        for (var i = 0; i < lines.Count; i++)
            if (predicate(lines[i])) return i;
        return -1;
    }

    [GeneratedRegex(@"^1\.\s*Жалпы ережелер$")]
    private static partial Regex ChapterOne();

    [GeneratedRegex(@"(?<year>\d{4}) жылғы (?<day>\d{1,2}) (?<month>\p{L}+) № (?<no>[\w/]+) бұйрығ")]
    private static partial Regex OrderWithWordDate();

    [GeneratedRegex(@"(?<date>\d{2}\.\d{2}\.\d{4}) № (?<no>[\w/]+) бұйрығ")]
    private static partial Regex NumericDateOrder();
}
