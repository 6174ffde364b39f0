namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Text;

/// <summary>One row of the passport's list of cards: «Title - N СБШ-нің деңгейі», «Title – СБШ N-деңгей;», «Title - N уровень ОРК».</summary>
public sealed record PassportCard(string Title, int? Level, LineRange Lines)
{
    /// <summary>
    /// The top of a printed range («специалист … – 4 - 6 уровни (подуровни: …) по ОРК»): one row standing for the
    /// cards of that title at each level of the range. Null for a row of one level.
    /// </summary>
    public int? MaxLevel { get; init; }

    /// <summary>Sub-item ids the row prints for its card («… – 8-3-1 (высшее образование и опыт) уровень ОРК»).</summary>
    public IReadOnlyList<string> Items { get; init; } = [];
}

/// <summary>
/// Reads the passport list of cards and checks the cards against it. Titles contain hyphens, so a row is split on
/// its last spaced dash. A card that lost its level (ru PDF ¶15) takes the passport's, with a warning and a repair.
/// </summary>
public static partial class PassportCards
{
    [GeneratedRegex(@"^(?:кәсіптеркарточкаларыныңтізімі|кәсіптеркарточкаларыныңтізбесі|переченькарточекпрофессий)[:.]?")]
    private static partial Regex ListLabel();

    /// <summary>2019–2022 template: the list of professions opens chapter 3 («Перечень профессий», «Наименование профессий»).</summary>
    [GeneratedRegex(@"^(?:переченьпрофессий|наименованиепрофессий|кәсіптертізбесі|кәсіптердіңтізбесі|кәсіптертізімі)[:.]?$")]
    private static partial Regex ProfessionListLabel();

    /// <summary>
    /// The template by content: a list of professions right after the chapter 3 heading, instead of numbered card
    /// headings, means the 2019–2022 template with its cards in an appendix.
    /// </summary>
    public static CardTemplate IsAppendixTemplate(IReadOnlyList<LogicalLine> lines, int chapter3)
    {
        if (chapter3 < 0) return CardTemplate.Numbered;
        for (var i = chapter3 + 1; i < lines.Count && i <= chapter3 + 3; i++)
            if (ProfessionListLabel().IsMatch(TextNorm.Key(Regex.Replace(lines[i].Text, @"^\d{1,2}\.\s*", ""))))
                return CardTemplate.Appendix;
        return CardTemplate.Numbered;
    }

    [GeneratedRegex(@"^\d{1,2}\.\s*\S")]
    private static partial Regex NextPassportItem();

    // «… на дому– 4-5 уровни» (131993 ru L161): the dash can lose its space before; the level part holds a digit
    // («… – СБШ бойынша біліктіліктің 5-6 -деңгейі», kk L182).
    [GeneratedRegex(@"^(?<t>.+)(?:\s[-–—]\s*|(?<=\p{L})[-–—]\s+)(?<r>(?:(?!\s[-–—]\s)\D)*\d(?:(?!\s[-–—]\s).)*)$")]
    private static partial Regex TitleAndLevel();

    [GeneratedRegex(@"(?<![\d.])(?<l>[1-8])(?!\d)(?:\s*[-–]\s*(?<h>[1-8])(?!\d))?")]
    private static partial Regex LevelDigit();

    /// <summary>A spaced level range before the level word («4 - 6 уровни»), closed up so the row splits on the dash before it.</summary>
    [GeneratedRegex(@"(?<![\d.])(?<l>[1-8])\s+[-–]\s+(?<h>[1-8])(?=\s*(?:уров|деңгей))", RegexOptions.IgnoreCase)]
    private static partial Regex SpacedRange();

    /// <summary>A level range at the start of the row's level part («4-6 уровни»), not a sub-item id («8-3-1»).</summary>
    [GeneratedRegex(@"^\s*(?<l>[1-8])\s*[-–]\s*(?<h>[1-8])(?![\d.]|\s*[-–]\s*\d)")]
    private static partial Regex LevelRange();

    private static bool AppendixNote(string text) =>
        TextNorm.Key(text) is var k && (k.Contains("приложени", StringComparison.Ordinal) || k.Contains("қосымша", StringComparison.Ordinal));

    public static IReadOnlyList<PassportCard> Read(IReadOnlyList<LogicalLine> front, ICollection<SourceWarning> warnings)
    {
        var start = -1;
        for (var i = 0; i < front.Count && start < 0; i++)
            if (TextNorm.Key(Regex.Replace(front[i].Text, @"^\d{1,2}\.\s*", "")) is var key && (ListLabel().IsMatch(key) || ProfessionListLabel().IsMatch(key))) start = i + 1;
        if (start < 0) return [];
        var items = new ListBuilder("passport list of cards", warnings);
        // «Карточки профессий приводятся в приложении…» closes a 2019–2022 list.
        for (var i = start; i < front.Count && !NextPassportItem().IsMatch(front[i].Text) && !AppendixNote(front[i].Text); i++)
            items.Add(front[i]);
        var result = new List<PassportCard>();
        // The list printed as a table (207230 L90–137): a names cell, then a levels cell with as many lines; each
        // level line goes to the first name still without one.
        var unleveled = new Queue<int>();
        foreach (var item in items.Build())
        {
            if (CardBuilder.LevelPiece.Match(item.Text) is { Success: true } alone)
            {
                if (unleveled.TryDequeue(out var row))
                    result[row] = result[row] with { Level = int.Parse(alone.Groups["l"].Value), Lines = result[row].Lines.Span(item.Lines) };
                else
                    warnings.Add(new SourceWarning(item.Lines.First, $"passport list level without a profession: «{CardParser.Short(item.Text)}»"));
                continue;
            }
            var m = TitleAndLevel().Match(SpacedRange().Replace(item.Text, "${l}-${h}"));
            if (!m.Success)
            {
                unleveled.Enqueue(result.Count);
                result.Add(new PassportCard(item.Text, null, item.Lines));
                continue;
            }
            var rest = m.Groups["r"].Value;
            var level = LevelDigit().Match(rest);
            var range = LevelRange().Match(rest);
            var ids = SubItems.In(rest);
            // A range at the start («4-6 уровни») or after the level words («СБШ бойынша біліктіліктің 5-6 -деңгейі»),
            // never the parts of a sub-item id («8-3-1»).
            int? top = range.Success ? int.Parse(range.Groups["h"].Value)
                : level.Groups["h"].Success && ids.Count == 0 ? int.Parse(level.Groups["h"].Value) : null;
            result.Add(new PassportCard(m.Groups["t"].Value.Trim(), level.Success ? int.Parse(level.Groups["l"].Value) : null, item.Lines)
            {
                MaxLevel = top is { } h && level.Success && h > int.Parse(level.Groups["l"].Value) ? h : null,
                Items = ids,
            });
        }
        foreach (var row in unleveled)
            warnings.Add(new SourceWarning(result[row].Lines.First, $"passport list row without a level: «{CardParser.Short(result[row].Title)}»"));
        return result;
    }

    /// <summary>
    /// The passport row of each card when some rows print a level range and stand for several cards: each row takes
    /// the next card, and a range row also the cards after it with its title, as long as their levels (when printed)
    /// lie in the range. Null unless that accounts for every card and row exactly.
    /// </summary>
    private static IReadOnlyList<PassportCard>? Grouped(IReadOnlyList<Card> cards, IReadOnlyList<PassportCard> passport)
    {
        if (passport.All(r => r.MaxLevel is null) || passport.Count > cards.Count) return null;
        var rows = new List<PassportCard>(cards.Count);
        foreach (var row in passport)
        {
            if (rows.Count == cards.Count) return null;
            rows.Add(row);
            while (row.MaxLevel is { } max && rows.Count < cards.Count && cards[rows.Count] is var next
                   && TextNorm.Key(next.Title) == TextNorm.Key(row.Title) && (next.Level is not { } l || (l >= row.Level && l <= max)))
                rows.Add(row);
        }
        return rows.Count == cards.Count ? rows : null;
    }

    /// <summary>
    /// Rows with a range as one row per level, when that makes as many rows as there are cards (131993, 183438: the
    /// cards of a range may print titles that differ from the row's).
    /// </summary>
    private static IReadOnlyList<PassportCard>? PerLevel(IReadOnlyList<PassportCard> passport, int cards)
    {
        var perLevel = passport.SelectMany(r => r.MaxLevel is { } to && r.Level is { } from
            ? Enumerable.Range(from, to - from + 1).Select(l => r with { Level = l, MaxLevel = null })
            : [r]).ToList();
        return perLevel.Count == cards ? perLevel : null;
    }

    private static string Ref(Card card) => card.Paragraph is { } p ? $"¶{p}" : $"card {card.Seq}";

    /// <summary>
    /// Compares cards with the passport list row by row — a row printing a level range stands for the run of cards
    /// of its title in that range —; fills only a missing level, and says so, and gives each card the sub-item ids
    /// its row prints.
    /// </summary>
    public static IReadOnlyList<Card> Check(IReadOnlyList<Card> cards, IReadOnlyList<PassportCard> passport, ICollection<SourceWarning> warnings)
    {
        if (passport.Count == 0) return cards;
        var rows = passport.Count == cards.Count ? passport : Grouped(cards, passport) ?? PerLevel(passport, cards.Count);
        if (rows is null)
        {
            // Cards that match the list's first rows, with the rest of the list unread, is how a cut-off text looks;
            // a card missing in the middle (a Kazakh text amended in Russian only) is a source gap, not a cut.
            var cutOff = cards.Count < passport.Count
                && cards.Select((c, i) => TextNorm.Key(c.Title) == TextNorm.Key(passport[i].Title)).All(same => same);
            warnings.Add(new SourceWarning(passport[0].Lines.First, cutOff
                ? $"the passport lists {passport.Count} cards and the text ends after {cards.Count}: «{passport[cards.Count].Title}» and the rest are missing, the document is cut off"
                : $"the passport lists {passport.Count} cards, chapter 3 has {cards.Count}") { Truncation = cutOff });
            return cards;
        }
        var result = new List<Card>(cards.Count);
        for (var i = 0; i < cards.Count; i++)
        {
            var (card, row) = (cards[i], rows[i]);
            if (TextNorm.Key(card.Title) != TextNorm.Key(row.Title))
                warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)} title «{card.Title}» is «{row.Title}» in the passport list ({row.Lines})"));
            if (row.Items.Count > 0)
                card = card with { Items = [.. card.Items, .. row.Items.Where(id => card.Items.All(own => SubItems.Key(own) != SubItems.Key(id)))] };
            if (row.MaxLevel is { } max)
            {
                // A range names no one level: a card that printed none keeps none.
                if (card.Level is { } own && (own < row.Level || own > max))
                    warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)}: level {own} is outside the passport list's {row.Level}–{max} ({row.Lines})"));
            }
            else if (card.Level is null && row.Level is { } level)
            {
                warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)}: level {level} taken from the passport list ({row.Lines})"));
                card = card with { Level = level, Repairs = [.. card.Repairs, new Repair("Level", "passport", $"{row.Lines}")] };
            }
            else if (card.Level != row.Level)
                warnings.Add(new SourceWarning(card.Lines.First, $"{Ref(card)}: level {card.Level} differs from the passport list's {row.Level} ({row.Lines})"));
            result.Add(card);
        }
        return result;
    }
}
