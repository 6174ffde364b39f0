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
        foreach (var r in required) credit += ItemCredit(graph, r, held, index, w);
        return credit;
    }

    /// <summary>Credit of one required item: 1 when held, the partial credit when partly held, else 0.</summary>
    public static double ItemCredit(ProfessionGraph graph, int required, IReadOnlyList<int> held, StemIndex index, OverlapWeights w)
    {
        var (_, sim) = Closest(graph, required, held, index);
        return sim >= w.HaveSimilarity ? 1 : sim >= w.PartialSimilarity ? w.PartialCredit : 0;
    }

    /// <summary>
    /// Required items with no held item even partly like them — <see cref="MatchLevel.Missing"/> in a gap — counted
    /// without match objects (used for every edge at build time).
    /// </summary>
    public static int CountMissing(ProfessionGraph graph, IReadOnlyList<int> required, IReadOnlyList<int> held, OverlapWeights w)
    {
        if (required.Count == 0) return 0;
        var index = new StemIndex(graph, held);
        var missing = 0;
        foreach (var r in required)
            if (Closest(graph, r, held, index).Similarity < w.PartialSimilarity) missing++;
        return missing;
    }

    /// <summary>The held item with identical text, else the one with the highest stem Dice (ties: lowest item index).</summary>
    private static (int Item, double Similarity) Closest(ProfessionGraph graph, int required, IReadOnlyList<int> held, StemIndex index) =>
        BinarySearch(held, required) ? (required, 1) : index.Closest(graph.Items[required].Stems);

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
/// have Dice 0): the cost follows the shared vocabulary, not |required| × |held|. Shared stems are counted per held
/// item while walking the required item's stems, so no pairwise merge is needed.
/// </summary>
internal sealed class StemIndex
{
    private readonly Dictionary<int, List<int>> _byStem = [];   // stem → positions in _held
    private readonly int[] _held;
    private readonly int[] _stemCount;
    private readonly int[] _shared;
    private readonly List<int> _touched = [];

    public StemIndex(ProfessionGraph graph, IReadOnlyList<int> held)
    {
        _held = [.. held];
        _stemCount = new int[_held.Length];
        _shared = new int[_held.Length];
        for (var p = 0; p < _held.Length; p++)
        {
            var stems = graph.Items[_held[p]].Stems;
            _stemCount[p] = stems.Length;
            foreach (var s in stems) (_byStem.TryGetValue(s, out var list) ? list : _byStem[s] = []).Add(p);
        }
    }

    /// <summary>
    /// The held item with the highest Dice to <paramref name="stems"/> (sorted distinct ids; ties: lowest item
    /// index), or (-1, 0) when none shares a stem. Same value as <see cref="Similarity.Dice"/>, computed from counts.
    /// </summary>
    public (int Item, double Similarity) Closest(int[] stems)
    {
        foreach (var s in stems)
            if (_byStem.TryGetValue(s, out var list))
                foreach (var p in list)
                    if (_shared[p]++ == 0) _touched.Add(p);
        var best = -1;
        var bestSim = 0.0;
        foreach (var p in _touched)
        {
            var sim = 2.0 * _shared[p] / (stems.Length + _stemCount[p]);
            var h = _held[p];
            if (sim > bestSim || sim == bestSim && h < best) { bestSim = sim; best = h; }
            _shared[p] = 0;
        }
        _touched.Clear();
        return (best, bestSim);
    }
}
