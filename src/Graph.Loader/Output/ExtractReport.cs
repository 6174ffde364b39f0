namespace CareerGraph.Loader.Output;

using System.Globalization;
using CareerGraph.Careers.Building;
using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Model;

/// <summary>
/// The readable summary printed by `extract --report`: one table per document, how its link rows resolved (when the
/// caller built the graph), then its warnings.
/// </summary>
public static class ExtractReport
{
    public static void Write(TextWriter output, IReadOnlyList<StandardDocument> documents, ResolutionReport? links = null)
    {
        var rowsBySource = links?.Rows.ToLookup(r => r.Source, StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            var kind = ExtractFormat.Spell(doc.Kind) + (doc.Repealed ? " (repealed)" : "");
            output.WriteLine($"{doc.Source}  [{ExtractFormat.Spell(doc.Language)}, {kind}]  {doc.Title}");
            output.WriteLine("  approved: " + Approval(doc));
            if (doc.Framework is { } framework) WriteFramework(output, framework);
            else WriteCards(output, doc.Cards);
            if (rowsBySource is not null && doc.Framework is null) output.WriteLine("  " + LinkSummary(rowsBySource[doc.Source].ToList()));
            output.WriteLine($"  warnings: {doc.Warnings.Count}");
            foreach (var w in doc.Warnings) output.WriteLine($"    L{w.Line}: {w.Message}");
            output.WriteLine();
        }
        var cards = documents.Sum(d => d.Cards.Count);
        output.WriteLine($"{documents.Count} documents, {cards} cards, " +
                         $"{documents.Sum(d => d.Cards.Sum(c => c.Links.Count))} links, {documents.Sum(d => d.Warnings.Count)} warnings");
        if (links is not null) output.WriteLine(LinkSummary(links.Rows));
    }

    /// <summary>
    /// The approving order as printed and its date; a date the text leaves blank («2019 жылғы « » №») is shown as
    /// blank in the text, with the act folder's meta.yaml date when there is one.
    /// </summary>
    public static string Approval(StandardDocument doc)
    {
        var date = doc.ApprovedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var printedDate = EditionText.ApprovalDate(doc.Approval) is not null;
        return (doc.Approval, printedDate, date) switch
        {
            (null, _, null) => "no order line printed",
            (null, _, { } d) => $"no order line printed; {d} from meta.yaml",
            ({ } a, true, { } d) => $"«{a}» ({d})",
            ({ } a, false, null) => $"«{a}» (date left blank in the text)",
            ({ } a, false, { } d) => $"«{a}» (date left blank in the text; {d} from meta.yaml)",
            ({ } a, _, _) => $"«{a}»",
        };
    }

    /// <summary>Link rows by outcome: resolved to a card, to an external target (no card anywhere), or not at all.</summary>
    public static string LinkSummary(IReadOnlyList<LinkResolution> rows)
    {
        var toCard = rows.Count(r => r.Outcome is not (LinkOutcome.External or LinkOutcome.Ambiguous or LinkOutcome.SelfLink or LinkOutcome.Unresolved));
        var external = rows.Count(r => r.Outcome == LinkOutcome.External);
        var ambiguous = rows.Count(r => r.Outcome == LinkOutcome.Ambiguous);
        var self = rows.Count(r => r.Outcome == LinkOutcome.SelfLink);
        var none = rows.Count(r => r.Outcome == LinkOutcome.Unresolved);
        return $"link rows: {rows.Count}: {toCard} to a card, {external} external, {ambiguous + self + none} unresolved " +
               $"({ambiguous} ambiguous, {self} to its own card, {none} with no card and no level)";
    }

    private static void WriteCards(TextWriter output, IReadOnlyList<Card> cards)
    {
        var rows = cards.Select(c => new[]
        {
            Num(c.Seq), c.Paragraph is { } p ? Num(p) : "-", c.Level is { } l ? Num(l) : "?",
            $"{c.LaborFunctions.Count(f => f.Kind == LaborFunctionKind.Mandatory)}+{c.LaborFunctions.Count(f => f.Kind == LaborFunctionKind.Additional)}",
            Num(c.LaborFunctions.Sum(f => f.Skills.Count)), Num(c.Links.Count), c.OccupationCode ?? c.GroupCode ?? "-", c.Title,
        }).ToList();
        output.WriteLine($"  cards: {cards.Count}, levels: {Levels(cards.Select(c => c.Level).OfType<int>())}, " +
                         $"functions: {cards.Sum(c => c.LaborFunctions.Count)}, skills: {cards.Sum(c => c.LaborFunctions.Sum(f => f.Skills.Count))}, " +
                         $"links: {cards.Sum(c => c.Links.Count)}");
        if (rows.Count > 0)
            Table(output, ["#", "¶", "Level", "Functions", "Skills", "Links", "Code", "Title"], rows);
    }

    private static void WriteFramework(TextWriter output, Framework framework)
    {
        var rows = framework.Areas.Select(a => new[]
        {
            a.Number, Num(a.Levels.Count), Levels(a.Levels.Select(l => l.Level)),
            Num(a.Levels.Count(l => l.LevelInferred)), a.Title,
        }).ToList();
        output.WriteLine($"  areas: {framework.Areas.Count}, level rows: {framework.Areas.Sum(a => a.Levels.Count)}, " +
                         $"levels: {Levels(framework.Areas.SelectMany(a => a.Levels).Select(l => l.Level))}");
        Table(output, ["Area", "Rows", "Levels", "Inferred", "Title"], rows);
    }

    private static void Table(TextWriter output, string[] header, List<string[]> rows)
    {
        // The last column (a title) is left unpadded: it is free text of any length.
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Row(string[] cells) =>
            output.WriteLine("  " + string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))));
        Row(header);
        foreach (var row in rows) Row(row);
    }

    private static string Levels(IEnumerable<int> levels)
    {
        var list = levels.ToList();
        return list.Count == 0 ? "-" : list.Min() == list.Max() ? Num(list.Min()) : $"{list.Min()}–{list.Max()}";
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
