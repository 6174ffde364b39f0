using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;

namespace CareerGraph.Careers.Paths;

/// <summary>Direction of a move by qualification level.</summary>
public enum MoveKind { Promotion, Lateral, StepDown }

/// <summary>
/// A move as counsellors group it: up a level or not, and within the same field (the same standard or the same
/// occupation group code) or into another one. Steps down count as similar jobs or lateral moves by field.
/// </summary>
public enum StepGroup { PromotionSameField, PromotionOtherField, SimilarJob, LateralOtherField }

/// <summary>
/// A destination one step away. <see cref="Transferability"/> = ½·edge confidence + ½·transfer score (the share of
/// the destination's requirements the source already meets); a destination with no card has unknown requirements,
/// so it gets only the confidence half.
/// </summary>
public sealed record NextStep(
    string ToId,
    string Title,
    int Level,
    int LevelDelta,
    MoveKind Move,
    EdgeKind Kind,
    bool Inferred,
    double Confidence,
    double TransferScore,
    double Transferability,
    int NewSkills,
    string Evidence);

public static class NextSteps
{
    /// <summary>The <paramref name="k"/> best destinations from a node, best first (ties: higher level, then id).</summary>
    public static IReadOnlyList<NextStep> Rank(ProfessionGraph graph, int from, int k, bool inferred = true, OverlapWeights? weights = null, bool latestOnly = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var w = weights ?? OverlapWeights.Default;
        var adj = graph.AdjacencyFor(inferred, latestOnly);
        var steps = new List<NextStep>(adj.Offsets[from + 1] - adj.Offsets[from]);
        for (var slot = adj.Offsets[from]; slot < adj.Offsets[from + 1]; slot++)
        {
            var edge = graph.Edges[adj.EdgeIndex[slot]];
            var target = graph.Nodes[edge.To];
            var transfer = TransferScore(graph, from, edge.To, w);
            var delta = target.Level - graph.Nodes[from].Level;
            steps.Add(new NextStep(target.Id, target.Title, target.Level, delta, MoveOf(delta),
                edge.Kind, edge.Inferred, edge.Confidence, Math.Round(transfer, 4),
                Math.Round(Transferability(edge.Confidence, transfer), 4), adj.NewSkills[slot], edge.Evidence));
        }
        return steps.OrderByDescending(s => s.Transferability).ThenByDescending(s => s.LevelDelta)
            .ThenBy(s => s.ToId, StringComparer.Ordinal).Take(k).ToArray();
    }

    /// <summary>
    /// The mirror of <see cref="Rank"/>: the <paramref name="k"/> best sources one step before a node (who moves into
    /// it), ranked by the same transferability of their move, best first. <see cref="NextStep.ToId"/> is the source.
    /// </summary>
    public static IReadOnlyList<NextStep> Feeders(ProfessionGraph graph, int to, int k, bool inferred = true, OverlapWeights? weights = null, bool latestOnly = true)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var w = weights ?? OverlapWeights.Default;
        var adj = graph.AdjacencyFor(inferred);
        var steps = new List<NextStep>();
        for (var from = 0; from < graph.Nodes.Count; from++)
            for (var slot = adj.Offsets[from]; slot < adj.Offsets[from + 1]; slot++)
            {
                var edge = graph.Edges[adj.EdgeIndex[slot]];
                if (edge.To != to || latestOnly && graph.IsSuperseded(from)) continue;
                var source = graph.Nodes[from];
                var transfer = TransferScore(graph, from, to, w);
                var delta = graph.Nodes[to].Level - source.Level;
                steps.Add(new NextStep(source.Id, source.Title, source.Level, delta, MoveOf(delta),
                    edge.Kind, edge.Inferred, edge.Confidence, Math.Round(transfer, 4),
                    Math.Round(Transferability(edge.Confidence, transfer), 4), adj.NewSkills[slot], edge.Evidence));
            }
        return steps.OrderByDescending(s => s.Transferability).ThenBy(s => s.LevelDelta)
            .ThenBy(s => s.ToId, StringComparer.Ordinal).Take(k).ToArray();
    }

    /// <summary>The counsellor's group of a move from one node to another (see <see cref="StepGroup"/>).</summary>
    public static StepGroup GroupOf(ProfessionGraph graph, int from, int to)
    {
        var (a, b) = (graph.Nodes[from], graph.Nodes[to]);
        var sameField = a is Profession p && b is Profession q
            && (p.StandardId == q.StandardId || Group(p) is { } g && g == Group(q));
        return b.Level > a.Level
            ? sameField ? StepGroup.PromotionSameField : StepGroup.PromotionOtherField
            : sameField ? StepGroup.SimilarJob : StepGroup.LateralOtherField;

        // The occupation code's first four digits are its classifier group (dddd-d-ddd).
        static string? Group(Profession p) => p.GroupCode ?? (p.OccupationCode is { Length: >= 4 } c ? c[..4] : null);
    }

    /// <summary>The ranking score of a move (see <see cref="NextStep"/>), unrounded, for any step, e.g. of a path.</summary>
    public static double Transferability(ProfessionGraph graph, int from, int to, double confidence, OverlapWeights? weights = null) =>
        Transferability(confidence, TransferScore(graph, from, to, weights ?? OverlapWeights.Default));

    public static MoveKind MoveOf(int levelDelta) =>
        levelDelta > 0 ? MoveKind.Promotion : levelDelta == 0 ? MoveKind.Lateral : MoveKind.StepDown;

    private static double Transferability(double confidence, double transfer) => 0.5 * confidence + 0.5 * transfer;

    // A destination with no card has unknown requirements: it earns only the confidence half.
    private static double TransferScore(ProfessionGraph graph, int from, int to, OverlapWeights w) =>
        graph.Profiles[to].Sides.Count > 0 ? SkillOverlap.Score(graph, from, to, w) : 0;
}
