using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;

namespace CareerGraph.Careers.Inference;

/// <summary>
/// Inferred SKILL_OVERLAP edges: for each ordered pair of professions whose directional transfer score reaches the
/// threshold, an edge a → b with that score as confidence and the best-covered kinds as evidence; at most
/// <see cref="OverlapWeights.MaxEdgesPerProfession"/> per source, best first. Candidate pairs come from an inverted
/// index over item stems, so professions with nothing in common are never compared.
/// </summary>
public static class OverlapInference
{
    public static IReadOnlyList<CareerEdge> Infer(ProfessionGraph graph, OverlapWeights w)
    {
        var n = graph.ProfessionCount;
        var stemsOf = new HashSet<int>[n];
        var postings = new Dictionary<int, List<int>>();
        for (var p = 0; p < n; p++)
        {
            stemsOf[p] = graph.Profiles[p].Sides.SelectMany(s => ItemMatchingKinds(s)).SelectMany(i => graph.Items[i].Stems).ToHashSet();
            foreach (var s in stemsOf[p]) (postings.TryGetValue(s, out var l) ? l : postings[s] = []).Add(p);
        }
        // Stems shared by a large share of all professions («жұмыс», «білу») say nothing about a particular pair.
        var common = Math.Max(50, n / 10);
        var edges = new List<CareerEdge>();
        var counts = new int[n];
        var scorer = new TransferScorer(graph, w);
        for (var a = 0; a < n; a++)
        {
            Array.Clear(counts);
            foreach (var s in stemsOf[a])
                if (postings[s].Count <= common) foreach (var b in postings[s]) counts[b]++;
            var scored = new List<(int B, double Score)>();
            for (var b = 0; b < n; b++)
            {
                if (b == a || counts[b] < 3) continue;
                var score = scorer.Score(a, b);
                if (score >= w.Threshold) scored.Add((b, score));
            }
            foreach (var (b, score) in scored.OrderByDescending(s => s.Score).ThenBy(s => s.B).Take(w.MaxEdgesPerProfession))
                edges.Add(new CareerEdge(a, b, EdgeKind.SkillOverlap, Math.Round(score, 3), true, Explain(graph, a, b, w)));
        }
        return edges;
    }

    private static IEnumerable<int> ItemMatchingKinds(RequirementSide s) =>
        s.LaborFunctions.Concat(s.Skills).Concat(s.Abilities).Concat(s.Knowledge);

    private static string Explain(ProfessionGraph graph, int a, int b, OverlapWeights w)
    {
        var t = SkillOverlap.Transfer(graph, a, b, w);
        var parts = t.Kinds.Where(k => k.Required > 0)
            .Select(k => $"{RequirementName(k.Kind)} {k.Credit:0.#}/{k.Required}");
        return $"skill overlap {t.Score:0.00} ({t.Language}): {string.Join(", ", parts)} of {graph.Nodes[b].Id} held by {graph.Nodes[a].Id}";
    }

    private static string RequirementName(ItemKind kind) => kind switch
    {
        ItemKind.LaborFunction => "labour functions",
        ItemKind.Skill => "skills",
        ItemKind.Ability => "abilities",
        _ => "knowledge",
    };
}
