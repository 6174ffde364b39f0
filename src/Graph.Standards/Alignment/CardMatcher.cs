namespace CareerGraph.Standards.Alignment;

using CareerGraph.Standards.Model;

/// <summary>Indexes into the kk and ru card lists of the same profession card; null on one side when unmatched.</summary>
public sealed record CardPair(int? Kk, int? Ru);

/// <summary>
/// Pairs the cards of two twin documents. By paragraph when both sides number every card alike (insurance: ¶9–11
/// on both sides); otherwise by order when the counts agree (reference-info: ru ¶8, 10, 11… against kk ¶9, 10,
/// 11…, guide §4.1); otherwise by (occupation code, level) where that is unique, then, between two such anchors, by order (or by
/// level when the two sides have a different number of cards there). Level and code are
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

        // Anchors: cards whose (occupation code, level) is unique on both sides, kept only while in order.
        var anchors = new List<CardPair>();
        for (var k = 0; k < kk.Count; k++)
        {
            var key = Key(kk[k]);
            if (key is null || kk.Count(c => Key(c) == key) != 1) continue;
            var hits = Enumerable.Range(0, ru.Count).Where(r => Key(ru[r]) == key).ToList();
            if (hits.Count == 1 && (anchors.Count == 0 || hits[0] > anchors[^1].Ru)) anchors.Add(new CardPair(k, hits[0]));
        }
        // Between two anchors the cards left over are paired in order, by level where the counts differ.
        var pairs = new List<CardPair>(anchors);
        var bounds = anchors.Prepend(new CardPair(-1, -1)).Append(new CardPair(kk.Count, ru.Count)).ToList();
        for (var b = 0; b + 1 < bounds.Count; b++)
        {
            var gapKk = Range(bounds[b].Kk!.Value, bounds[b + 1].Kk!.Value);
            var gapRu = Range(bounds[b].Ru!.Value, bounds[b + 1].Ru!.Value);
            if (gapKk.Count == gapRu.Count)
            {
                pairs.AddRange(gapKk.Zip(gapRu, (k, r) => new CardPair(k, r)));
                continue;
            }
            foreach (var k in gapKk)
            {
                var r = gapRu.FirstOrDefault(r => ru[r].Level is { } level && level == kk[k].Level, -1);
                if (r >= 0) gapRu.Remove(r);
                pairs.Add(new CardPair(k, r >= 0 ? r : null));
            }
            pairs.AddRange(gapRu.Select(r => new CardPair(null, r)));
        }
        return [.. pairs.OrderBy(p => p.Kk ?? int.MaxValue).ThenBy(p => p.Ru ?? int.MaxValue)];
    }

    private static List<int> Range(int afterStart, int beforeEnd) =>
        [.. Enumerable.Range(afterStart + 1, Math.Max(0, beforeEnd - afterStart - 1))];

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
