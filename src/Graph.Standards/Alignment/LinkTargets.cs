namespace CareerGraph.Standards.Alignment;

using System.Runtime.CompilerServices;
using System.Text;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;

/// <summary>
/// Resolves a printed link row to a card of its own document, conservatively: by (occupation code, level) when the
/// row prints a code, otherwise by a name equal — case, quotes, «ё» and spacing aside — to a card's title, its name
/// field, or a line of its typical-qualification field (the КС job name: insurance «аналитик в области страхования
/// (андеррайтер)» is the Андеррайтер card, ru L370). Anything else stays unresolved; no fuzzy matching.
/// </summary>
public static class LinkTargets
{
    public static int? Resolve(IReadOnlyList<Card> cards, ProfessionLink link)
    {
        // A row naming its target by sub-item id («8.3.-1») means the card that numbers it.
        if (link.Items.Count > 0)
        {
            var key = SubItems.Key(link.Items[0]);
            var numbering = Enumerable.Range(0, cards.Count).Where(i => cards[i].Items.Any(id => SubItems.Key(id) == key)).ToList();
            if (numbering.Count == 1) return numbering[0];
        }
        var code = TwinFinder.NormaliseCode(link.Code);
        var name = Normalise(link.Name);
        var keys = Keys.GetValue(cards, Index);
        var hits = new List<int>();
        for (var i = 0; i < cards.Count; i++)
        {
            var card = cards[i];
            // A row under a direction heading prints no level: any level will do.
            if (card.Level is { } level && link.Level is { } wanted && level != wanted) continue;
            var byCode = code is not null && code == keys[i].Code;
            if (byCode || keys[i].Names.Contains(name)) hits.Add(i);
        }
        return hits.Count == 1 ? hits[0] : null;
    }

    /// <summary>Each card's code and names, normalised once per card list: a document's rows are resolved against the same cards.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<Card>, CardKey[]> Keys = new();

    private sealed record CardKey(string? Code, string[] Names);

    private static CardKey[] Index(IReadOnlyList<Card> cards) =>
        [.. cards.Select(c => new CardKey(TwinFinder.NormaliseCode(c.OccupationCode), [.. Names(c)]))];

    private static IEnumerable<string> Names(Card card)
    {
        yield return Normalise(card.Title);
        if (card.NameField is { } field) yield return Normalise(field);
        if (card.TypicalQualification is { } typical)
            foreach (var line in typical.Split('\n'))
                yield return Normalise(line);
    }

    private static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text.ToLowerInvariant())
        {
            var c = raw == 'ё' ? 'е' : raw;
            if (c is '«' or '»' or '"' or '“' or '”' or '„') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString().TrimEnd(NameEnd);
    }

    private static readonly char[] NameEnd = ['.', ';', ',', ' '];
}
