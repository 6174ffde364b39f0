using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Selection;

/// <summary>A node offered when a selection is not unique.</summary>
public sealed record Candidate(string Id, string Title, int Level);

/// <summary>The selected node, or an error naming the candidates (none, several, or near misses).</summary>
public sealed record Selection(int Index, CareerNode? Node, string? Error, IReadOnlyList<Candidate> Candidates)
{
    public bool Found => Node is not null;
}

/// <summary>
/// Picks a career node by id, or by title over every name it is known by (kk and ru titles, name fields, other
/// names, resolved link names), compared by <see cref="MatchText.Key"/> so case, Kazakh/Russian diacritics and Latin
/// lookalikes do not matter; narrowed by level. Professions win over external link targets of the same name.
/// </summary>
public static class ProfessionSelector
{
    public static Selection Select(ProfessionGraph graph, string idOrTitle, int? level = null)
    {
        var byId = graph.IndexOf(idOrTitle.Trim());
        if (byId >= 0)
            return level is null || graph.Nodes[byId].Level == level
                ? new Selection(byId, graph.Nodes[byId], null, [])
                : Fail($"{idOrTitle} is at level {graph.Nodes[byId].Level}, not {level}", [byId]);

        var key = MatchText.Key(idOrTitle);
        if (key.Length == 0) return Fail("empty profession name", []);
        var matches = graph.NamesByKey[key].Where(i => level is null || graph.Nodes[i].Level == level).Distinct().ToArray();
        if (matches.Any(i => i < graph.ProfessionCount)) matches = matches.Where(i => i < graph.ProfessionCount).ToArray();
        if (matches.Length == 1) return new Selection(matches[0], graph.Nodes[matches[0]], null, []);
        if (matches.Length > 1)
            return Fail($"«{idOrTitle}» names {matches.Length} professions{(level is null ? "; give a level" : "")}", matches);

        var atOtherLevels = graph.NamesByKey[key].Distinct().ToArray();
        if (atOtherLevels.Length > 0)
            return Fail($"«{idOrTitle}» has no card at level {level}", atOtherLevels);
        var stems = new Text.StemTable();
        var wanted = stems.Encode(idOrTitle);
        var near = Enumerable.Range(0, graph.Nodes.Count)
            .Select(i => (i, Score: graph.Names(i).Max(n => Similarity.Dice(wanted, stems.Encode(n)))))
            .Where(x => x.Score >= 0.5).OrderByDescending(x => x.Score).ThenBy(x => graph.Nodes[x.i].Id, StringComparer.Ordinal)
            .Take(5).Select(x => x.i).ToArray();
        return Fail($"no profession is named «{idOrTitle}»{(level is null ? "" : $" at level {level}")}", near);

        Selection Fail(string message, IEnumerable<int> candidates) => new(-1, null, message,
            candidates.Select(i => new Candidate(graph.Nodes[i].Id, graph.Nodes[i].Title, graph.Nodes[i].Level))
                .OrderBy(c => c.Level).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray());
    }
}
