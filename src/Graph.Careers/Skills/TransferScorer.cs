using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Skills;

/// <summary>
/// Directional transfer scores for many pairs, one source at a time (ask for every target of a source before the
/// next source). Scoring all pairs afresh rebuilt the source's stem indexes per pair and re-matched the same required
/// item once per target that needs it; sibling cards share most of their wording, so here each source's indexes are
/// built once and each required item is matched against a source once. The per-item credits are
/// <see cref="ItemMatching.ItemCredit"/>'s whatever the caching, so the scores do not depend on the order of calls.
/// </summary>
internal sealed class TransferScorer(ProfessionGraph graph, OverlapWeights w)
{
    private readonly Dictionary<(Language, ItemKind), StemIndex> _indexes = [];
    // Item → (source + 1) whose credit _credit holds; a stamp instead of clearing the array for every source.
    private readonly int[] _stamp = new int[graph.Items.Count];
    private readonly double[] _credit = new double[graph.Items.Count];
    private int _source = -1;

    public double Score(int from, int to)
    {
        if (from != _source) { _source = from; _indexes.Clear(); }
        var lang = graph.SharedLanguage(from, to);
        if (lang is not { } l) return 0;
        var target = graph.Profiles[to].In(l)!;
        var source = graph.Profiles[from].In(l)!;
        double sum = 0, weight = 0;
        foreach (var kind in ItemMatching.Kinds)
        {
            var required = target.Of(kind);
            if (required.Count == 0) continue;
            weight += w.Weight(kind);
            sum += w.Weight(kind) * Credit(required, source.Of(kind), l, kind) / required.Count;
        }
        return weight == 0 ? 0 : sum / weight;
    }

    private double Credit(IReadOnlyList<int> required, IReadOnlyList<int> held, Language language, ItemKind kind)
    {
        if (held.Count == 0) return 0;
        if (!_indexes.TryGetValue((language, kind), out var index)) _indexes[(language, kind)] = index = new StemIndex(graph, held);
        var credit = 0.0;
        foreach (var r in required)
        {
            // The catalog keeps an item per (kind, language), so its credit against this source is fixed; an item
            // listed under another kind or language (possible in hand-made graphs) is simply not remembered.
            var item = graph.Items[r];
            if (item.Kind != kind || item.Language != language)
            {
                credit += ItemMatching.ItemCredit(graph, r, held, index, w);
                continue;
            }
            if (_stamp[r] != _source + 1)
            {
                _credit[r] = ItemMatching.ItemCredit(graph, r, held, index, w);
                _stamp[r] = _source + 1;
            }
            credit += _credit[r];
        }
        return credit;
    }
}
