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
    public static ItemMatch Match(ProfessionGraph graph, int required, IReadOnlyList<int> held, StemIndex index, OverlapWeights w)
    {
        var item = graph.Items[required];
        var (best, sim) = Closest(graph, required, held, index);
        var level = sim >= w.HaveSimilarity ? MatchLevel.Have : sim >= w.PartialSimilarity ? MatchLevel.Partial : MatchLevel.Missing;
        return new ItemMatch(item, best < 0 ? null : graph.Items[best], sim, level);
    }

    /// <summary>Credit of a target's items of one kind held by the source, without building explanations.</summary>
    public static double Credit(ProfessionGraph graph, IReadOnlyList<int> required, IReadOnlyList<int> held, OverlapWeights w)
    {
        if (held.Count == 0) return 0;
        var index = new StemIndex(graph, held);
        var credit = 0.0;
        foreach (var r in required)
        {
            var (_, sim) = Closest(graph, r, held, index);
            credit += sim >= w.HaveSimilarity ? 1 : sim >= w.PartialSimilarity ? w.PartialCredit : 0;
        }
        return credit;
    }

    /// <summary>
    /// Required items with no held item even partly like them — <see cref="MatchLevel.Missing"/> in a gap — counted
    /// without an index or match objects, stopping at the first partial match (used for every edge at build time).
    /// </summary>
    public static int CountMissing(ProfessionGraph graph, IReadOnlyList<int> required, IReadOnlyList<int> held, OverlapWeights w)
    {
        var missing = 0;
        foreach (var r in required)
        {
            if (BinarySearch(held, r)) continue;
            var stems = graph.Items[r].Stems;
            var found = false;
            foreach (var h in held)
                if (Similarity.Dice(stems, graph.Items[h].Stems) >= w.PartialSimilarity) { found = true; break; }
            if (!found) missing++;
        }
        return missing;
    }

    /// <summary>The held item with identical text, else the one with the highest stem Dice (ties: first held).</summary>
    private static (int Item, double Similarity) Closest(ProfessionGraph graph, int required, IReadOnlyList<int> held, StemIndex index)
    {
        if (BinarySearch(held, required)) return (required, 1);
        var stems = graph.Items[required].Stems;
        var best = -1;
        var bestSim = 0.0;
        foreach (var h in index.Sharing(stems))
        {
            var sim = Similarity.Dice(stems, graph.Items[h].Stems);
            if (sim > bestSim || sim == bestSim && best >= 0 && h < best) { bestSim = sim; best = h; }
        }
        return (best, bestSim);
    }

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

/// <summary>
/// Held items by stem, so a required item is compared only with held items sharing at least one stem (the others
/// have Dice 0): the cost follows the shared vocabulary, not |required| × |held|.
/// </summary>
internal sealed class StemIndex
{
    private readonly Dictionary<int, List<int>> _byStem = [];
    private readonly HashSet<int> _seen = [];

    public StemIndex(ProfessionGraph graph, IReadOnlyList<int> held)
    {
        foreach (var h in held)
            foreach (var s in graph.Items[h].Stems)
                (_byStem.TryGetValue(s, out var list) ? list : _byStem[s] = []).Add(h);
    }

    public IEnumerable<int> Sharing(int[] stems)
    {
        _seen.Clear();
        foreach (var s in stems)
            if (_byStem.TryGetValue(s, out var list))
                foreach (var h in list)
                    if (_seen.Add(h)) yield return h;
    }
}
