namespace CareerGraph.Standards.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Text;

/// <summary>Source errors that only show when cards are compared (guide §3.7); reported, never repaired.</summary>
internal static class CrossCardChecks
{
    private static string Ref(Card card) => card.Paragraph is { } p ? $"¶{p}" : $"card {card.Seq}";

    public static void Run(IReadOnlyList<Card> cards, ICollection<SourceWarning> warnings)
    {
        for (var a = 0; a < cards.Count; a++)
            for (var b = a + 1; b < cards.Count; b++)
            {
                // MICE ¶12 repeats ¶11's purpose (L134 = L168): a sign that the two cards' contents were swapped.
                // Cards of one family (same title, other level) legitimately share a purpose.
                if (cards[a].Purpose.Length > 20 && TextNorm.Key(cards[a].Title) != TextNorm.Key(cards[b].Title)
                    && TextNorm.Key(cards[a].Purpose) == TextNorm.Key(cards[b].Purpose))
                    warnings.Add(new SourceWarning(cards[b].Lines.First,
                        $"{Ref(cards[b])} «{cards[b].Title}» repeats the purpose of {Ref(cards[a])} «{cards[a].Title}»"));
            }
        foreach (var card in cards)
        {
            if (card.GroupCode is { } g && card.OccupationCode is { } o && o.Length > g.Length && !o.StartsWith(g, StringComparison.Ordinal))
                warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)}: occupation code {o} is not in group {g}"));
            if (card.OccupationCode is { } occ && card.GroupCode is { } grp && occ == grp)
                warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)}: occupation code field holds the group code {grp}"));
        }
    }
}
