using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Skills;

/// <summary>Coverage of one kind of item: the weighted share of the target's items the source holds.</summary>
public sealed record KindCoverage(ItemKind Kind, int Required, double Credit, double Weight)
{
    public double Share => Required == 0 ? 0 : Credit / Required;
}

/// <summary>
/// Directional transfer score: how much of <see cref="ToId"/>'s requirements <see cref="FromId"/> already meets,
/// Σ weight·share over the kinds the target has, divided by the sum of those weights.
/// </summary>
public sealed record TransferScore(string FromId, string ToId, Language? Language, double Score, IReadOnlyList<KindCoverage> Kinds);

/// <summary>Shared items of two professions and their overlap scores in both directions.</summary>
public sealed record OverlapResult(
    string AId,
    string BId,
    TransferScore AToB,
    TransferScore BToA,
    IReadOnlyList<ItemMatch> Shared)
{
    /// <summary>Symmetric overlap: the mean of the two directional scores.</summary>
    public double Score => (AToB.Score + BToA.Score) / 2;
}

/// <summary>Directional overlap scores between every ordered pair of a set (row = from, column = to).</summary>
public sealed record OverlapMatrix(IReadOnlyList<string> Ids, double[][] Scores);

/// <summary>Skill overlap between professions (the same formula drives inferred SKILL_OVERLAP edges).</summary>
public static class SkillOverlap
{
    /// <summary>Shared items (B's items that A holds fully or partly, item by item) and both directional scores.</summary>
    public static OverlapResult Compare(ProfessionGraph graph, int a, int b, OverlapWeights? weights = null)
    {
        var w = weights ?? OverlapWeights.Default;
        var gap = SkillGap.Compute(graph, a, b, w);
        var shared = gap.Kinds.SelectMany(k => k.Have.Concat(k.Partial)).ToArray();
        return new OverlapResult(graph.Nodes[a].Id, graph.Nodes[b].Id, Transfer(graph, a, b, w), Transfer(graph, b, a, w), shared);
    }

    /// <summary>The directional score alone (no explanation objects): used for edge inference and ranking.</summary>
    public static double Score(ProfessionGraph graph, int from, int to, OverlapWeights w) =>
        new TransferScorer(graph, w).Score(from, to);

    public static TransferScore Transfer(ProfessionGraph graph, int from, int to, OverlapWeights? weights = null)
    {
        var w = weights ?? OverlapWeights.Default;
        var lang = graph.SharedLanguage(from, to);
        var kinds = new List<KindCoverage>();
        if (lang is { } l)
        {
            var target = graph.Profiles[to].In(l)!;
            var source = graph.Profiles[from].In(l)!;
            foreach (var kind in ItemMatching.Kinds)
            {
                var required = target.Of(kind);
                kinds.Add(new KindCoverage(kind, required.Count,
                    required.Count == 0 ? 0 : ItemMatching.Credit(graph, required, source.Of(kind), w), w.Weight(kind)));
            }
        }
        var weight = kinds.Where(k => k.Required > 0).Sum(k => k.Weight);
        var score = weight == 0 ? 0 : kinds.Where(k => k.Required > 0).Sum(k => k.Weight * k.Share) / weight;
        return new TransferScore(graph.Nodes[from].Id, graph.Nodes[to].Id, lang, score, kinds);
    }

    public static OverlapMatrix Matrix(ProfessionGraph graph, IReadOnlyList<int> nodes, OverlapWeights? weights = null)
    {
        var w = weights ?? OverlapWeights.Default;
        var scorer = new TransferScorer(graph, w);
        var scores = nodes.Select(a => nodes.Select(b => a == b ? 1.0 : scorer.Score(a, b)).ToArray()).ToArray();
        return new OverlapMatrix(nodes.Select(i => graph.Nodes[i].Id).ToArray(), scores);
    }

    /// <summary>The matrix over every profession of one standard, in card order.</summary>
    public static OverlapMatrix Matrix(ProfessionGraph graph, string standardId, OverlapWeights? weights = null) =>
        Matrix(graph, Enumerable.Range(0, graph.ProfessionCount)
            .Where(i => ((Profession)graph.Nodes[i]).StandardId == standardId).ToArray(), weights);
}
