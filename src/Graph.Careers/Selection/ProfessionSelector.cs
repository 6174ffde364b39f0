using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Selection;

/// <summary>A node offered when a selection is not unique; <see cref="Title"/> is in the requested language.</summary>
public sealed record Candidate(string Id, string Title, int Level, string? StandardId);

/// <summary>The selected node, or an error naming the candidates (none, several, or near misses).</summary>
public sealed record Selection(int Index, CareerNode? Node, string? Error, IReadOnlyList<Candidate> Candidates)
{
    public bool Found => Node is not null;
}

/// <summary>
/// Picks a career node by id, or by title over every name it is known by (kk and ru titles, name fields, other
/// names, resolved link names), narrowed by level. Names are compared by <see cref="NameQuery"/> tier by tier —
/// exact folded key, without the bracketed part, prefix, word subset, small typos — and the first tier with any
/// match decides: one match selects, several are an error listing them. Professions win over external link
/// targets of the same name.
/// </summary>
public static class ProfessionSelector
{
    public static Selection Select(ProfessionGraph graph, string idOrTitle, int? level = null, Language? lang = null)
    {
        var byId = graph.IndexOf(idOrTitle.Trim());
        if (byId >= 0)
            return level is null || graph.Nodes[byId].Level == level
                ? new Selection(byId, graph.Nodes[byId], null, [])
                : Fail($"{idOrTitle} is at level {graph.Nodes[byId].Level}, not {level}", [byId]);

        var query = new NameQuery(idOrTitle);
        if (query.IsEmpty) return Fail("empty profession name", []);
        // Exact names are an index lookup; only a name that is not printed anywhere pays for the forgiving scan.
        var exact = PreferProfessions(graph.NamesByKey[query.Key].Where(i => level is null || graph.Nodes[i].Level == level).Distinct());
        if (exact.Length == 1) return new Selection(exact[0], graph.Nodes[exact[0]], null, []);
        if (exact.Length > 1)
            return Fail($"«{idOrTitle}» names {exact.Length} professions{(level is null ? "; give a level" : "")}", exact);
        var tiers = Enumerable.Range(0, graph.Nodes.Count).Where(i => level is null || graph.Nodes[i].Level == level)
            .Select(i => (i, Tier: graph.Names(i).Select(query.Match).Min())).Where(x => x.Tier is not null).ToArray();
        foreach (var tier in Enum.GetValues<NameTier>())
        {
            var matches = PreferProfessions(tiers.Where(x => x.Tier <= tier).Select(x => x.i));
            if (matches.Length == 1) return new Selection(matches[0], graph.Nodes[matches[0]], null, []);
            if (matches.Length > 1)
                return Fail($"«{idOrTitle}» matches {matches.Length} professions{(level is null ? "; give a level" : "")}", matches);
        }

        var atOtherLevels = graph.NamesByKey[query.Key].Distinct().ToArray();
        if (atOtherLevels.Length > 0)
            return Fail($"«{idOrTitle}» has no card at level {level}", atOtherLevels);
        var stems = new StemTable();
        var wanted = stems.Encode(idOrTitle);
        var near = Enumerable.Range(0, graph.Nodes.Count)
            .Select(i => (i, Score: graph.Names(i).Max(n => Similarity.Dice(wanted, stems.Encode(n)))))
            .Where(x => x.Score >= 0.5).OrderByDescending(x => x.Score).ThenBy(x => graph.Nodes[x.i].Id, StringComparer.Ordinal)
            .Take(5).Select(x => x.i).ToArray();
        return Fail($"no profession is named «{idOrTitle}»{(level is null ? "" : $" at level {level}")}", near);

        int[] PreferProfessions(IEnumerable<int> found)
        {
            var all = found.ToArray();
            return all.Any(i => i < graph.ProfessionCount) ? all.Where(i => i < graph.ProfessionCount).ToArray() : all;
        }

        Selection Fail(string message, IEnumerable<int> candidates) => new(-1, null, message,
            candidates.Select(i => new Candidate(graph.Nodes[i].Id, TitleIn(graph.Nodes[i], lang), graph.Nodes[i].Level,
                    (graph.Nodes[i] as Profession)?.StandardId))
                .OrderBy(c => c.Level).ThenBy(c => c.Id, StringComparer.Ordinal).ToArray());
    }

    /// <summary>The node's title in <paramref name="lang"/>, falling back to the other language.</summary>
    public static string TitleIn(CareerNode node, Language? lang) => node switch
    {
        Profession p => (lang == Language.Ru ? p.TitleRu ?? p.TitleKk : p.TitleKk ?? p.TitleRu) ?? p.Id,
        _ => node.Title,
    };
}
