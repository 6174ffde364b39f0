namespace CareerGraph.Standards.Alignment;

using CareerGraph.Standards.Model;

/// <summary>Indexes into the kk and ru card lists of the same profession card; null on one side when unmatched.</summary>
public sealed record CardPair(int? Kk, int? Ru);

/// <summary>
/// Pairs the cards of two twin documents. By paragraph when both sides number every card alike (insurance: ¶9–11
/// on both sides); otherwise by order when the counts agree (reference-info: ru ¶8, 10, 11… against kk ¶9, 10,
/// 11…, guide §4.1); otherwise by (occupation code, level), then by order among what is left. Level and code are
/// not used to refuse a pair — a disagreement is reported by the aligner, not hidden by a non-match.
/// </summary>
public static class CardMatcher
{
    public static IReadOnlyList<CardPair> Match(IReadOnlyList<Card> kk, IReadOnlyList<Card> ru)
    {
        if (SameParagraphs(kk, ru))
        {
            var ruByParagraph = ru.Select((c, i) => (c.Paragraph!.Value, i)).ToDictionary(x => x.Value, x => x.i);
            return [.. kk.Select((c, i) => new CardPair(i, ruByParagraph[c.Paragraph!.Value]))];
        }
        if (kk.Count == ru.Count) return [.. kk.Select((_, i) => new CardPair(i, i))];

        var pairs = new List<CardPair>();
        var freeRu = Enumerable.Range(0, ru.Count).ToList();
        var freeKk = new List<int>();
        for (var k = 0; k < kk.Count; k++)
        {
            var key = Key(kk[k]);
            var hits = key is null ? [] : freeRu.Where(r => Key(ru[r]) == key).ToList();
            if (hits.Count == 1)
            {
                pairs.Add(new CardPair(k, hits[0]));
                freeRu.Remove(hits[0]);
            }
            else freeKk.Add(k);
        }
        for (var i = 0; i < Math.Min(freeKk.Count, freeRu.Count); i++) pairs.Add(new CardPair(freeKk[i], freeRu[i]));
        pairs.AddRange(freeKk.Skip(freeRu.Count).Select(k => new CardPair(k, null)));
        pairs.AddRange(freeRu.Skip(freeKk.Count).Select(r => new CardPair(null, r)));
        return [.. pairs.OrderBy(p => p.Kk ?? int.MaxValue).ThenBy(p => p.Ru ?? int.MaxValue)];
    }

    private static bool SameParagraphs(IReadOnlyList<Card> kk, IReadOnlyList<Card> ru)
    {
        if (kk.Count == 0 || kk.Count != ru.Count) return false;
        if (kk.Any(c => c.Paragraph is null) || ru.Any(c => c.Paragraph is null)) return false;
        var a = kk.Select(c => c.Paragraph!.Value).ToList();
        var b = ru.Select(c => c.Paragraph!.Value).ToList();
        return a.Distinct().Count() == a.Count && b.Distinct().Count() == b.Count && a.Order().SequenceEqual(b.Order());
    }

    private static string? Key(Card card) =>
        TwinFinder.NormaliseCode(card.OccupationCode) is { } code && card.Level is { } level ? $"{code}@{level}" : null;
}
