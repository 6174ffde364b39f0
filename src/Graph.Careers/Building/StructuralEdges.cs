using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Building;

/// <summary>Edges that follow from the cards' identity fields rather than from a printed link row.</summary>
internal static class StructuralEdges
{
    /// <summary>
    /// LEVEL_LADDER: within a standard, a profession → the same profession (same title in either language, or same
    /// occupation code) at the next level up that has a card. Ladders are facts of the standard, not inferences.
    /// </summary>
    public static IEnumerable<CareerEdge> Ladders(IReadOnlyList<ProfessionDraft> drafts)
    {
        var titles = drafts.Select(d => d.Cards.Select(c => MatchText.Key(c.Card.Title)).Where(k => k.Length > 0).ToHashSet()).ToArray();
        for (var p = 0; p < drafts.Count; p++)
        {
            var same = Enumerable.Range(0, drafts.Count)
                .Where(q => drafts[q].Standard == drafts[p].Standard && drafts[q].Level > drafts[p].Level && drafts[p].Level > 0)
                .Select(q => (Q: q, Code: drafts[p].OccupationCode is { } c && c == drafts[q].OccupationCode,
                    Title: titles[p].Overlaps(titles[q])))
                .Where(x => x.Code || x.Title).ToArray();
            if (same.Length == 0) continue;
            var next = same.Min(x => drafts[x.Q].Level);
            foreach (var (q, code, title) in same.Where(x => drafts[x.Q].Level == next))
            {
                var because = code && title ? $"same title and occupation code {drafts[p].OccupationCode}"
                    : code ? $"same occupation code {drafts[p].OccupationCode}"
                    : $"same title «{drafts[q].Cards.First(c => titles[p].Contains(MatchText.Key(c.Card.Title))).Card.Title}»";
                yield return new CareerEdge(p, q, EdgeKind.LevelLadder, code && title ? 1.0 : 0.9, false,
                    $"{drafts[p].Standard.Id}: {because}, level {drafts[p].Level} → {next} "
                    + $"({Cite(drafts[p])} → {Cite(drafts[q])})");
            }
        }
    }

    /// <summary>
    /// SAME_OCCUPATION: professions of different standards that share an occupation code (confidence 0.8) or,
    /// failing that, a group code (0.5); one edge each way, the evidence says which code.
    /// </summary>
    public static IEnumerable<CareerEdge> SameOccupation(IReadOnlyList<ProfessionDraft> drafts)
    {
        var emitted = new HashSet<(int, int)>();
        foreach (var (selector, label, confidence) in new (Func<ProfessionDraft, string?>, string, double)[]
                 { (d => d.OccupationCode, "occupation code", 0.8), (d => d.GroupCode, "group code", 0.5) })
            foreach (var group in Enumerable.Range(0, drafts.Count).Where(i => selector(drafts[i]) is not null)
                         .GroupBy(i => selector(drafts[i])!))
                foreach (var a in group)
                    foreach (var b in group)
                        if (drafts[a].Standard != drafts[b].Standard && emitted.Add((a, b)))
                            yield return new CareerEdge(a, b, EdgeKind.SameOccupation, confidence, true,
                                $"shared {label} {group.Key} ({Cite(drafts[a])}; {Cite(drafts[b])})");
    }

    internal static string Cite(ProfessionDraft d) =>
        string.Join(", ", d.Cards.Select(c => $"{c.SourceName} {c.Card.Lines}"));
}
