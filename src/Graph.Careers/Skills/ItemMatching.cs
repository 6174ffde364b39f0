using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;

namespace CareerGraph.Careers.Skills;

/// <summary>Whether a required item is held, partly held or missing.</summary>
public enum MatchLevel { Have, Partial, Missing }

/// <summary>
/// One required item of the target and its best counterpart in the source (same kind, same language):
/// identical normalised text, or the highest stem similarity.
/// </summary>
public sealed record ItemMatch(RequirementItem Required, RequirementItem? Closest, double Similarity, MatchLevel Level);

/// <summary>Item-by-item comparison of two requirement sides; the one place where "have/partial/missing" is decided.</summary>
internal static class ItemMatching
{
    public static ItemMatch Match(ProfessionGraph graph, int required, IReadOnlyList<int> held, OverlapWeights w)
    {
        var item = graph.Items[required];
        if (BinarySearch(held, required)) return new ItemMatch(item, item, 1, MatchLevel.Have);
        var best = -1;
        var bestSim = 0.0;
        foreach (var h in held)
        {
            var sim = Similarity.Dice(item.Stems, graph.Items[h].Stems);
            if (sim > bestSim) { bestSim = sim; best = h; }
        }
        var level = bestSim >= w.HaveSimilarity ? MatchLevel.Have
            : bestSim >= w.PartialSimilarity ? MatchLevel.Partial
            : MatchLevel.Missing;
        return new ItemMatch(item, best < 0 ? null : graph.Items[best], bestSim, level);
    }

    /// <summary>Credit of a target's items of one kind held by the source, without building explanations.</summary>
    public static double Credit(ProfessionGraph graph, IReadOnlyList<int> required, IReadOnlyList<int> held, OverlapWeights w)
    {
        var credit = 0.0;
        foreach (var r in required)
        {
            if (BinarySearch(held, r)) { credit += 1; continue; }
            var stems = graph.Items[r].Stems;
            var bestSim = 0.0;
            foreach (var h in held)
            {
                var sim = Similarity.Dice(stems, graph.Items[h].Stems);
                if (sim > bestSim) { bestSim = sim; if (sim >= w.HaveSimilarity) break; }
            }
            credit += bestSim >= w.HaveSimilarity ? 1 : bestSim >= w.PartialSimilarity ? w.PartialCredit : 0;
        }
        return credit;
    }

    public static double CreditOf(MatchLevel level, OverlapWeights w) =>
        level switch { MatchLevel.Have => 1, MatchLevel.Partial => w.PartialCredit, _ => 0 };

    private static bool BinarySearch(IReadOnlyList<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var v = sorted[mid];
            if (v == value) return true;
            if (v < value) lo = mid + 1; else hi = mid - 1;
        }
        return false;
    }

    internal static readonly ItemKind[] Kinds = [ItemKind.LaborFunction, ItemKind.Skill, ItemKind.Ability, ItemKind.Knowledge];
}
