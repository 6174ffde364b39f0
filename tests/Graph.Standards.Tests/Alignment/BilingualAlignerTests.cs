namespace CareerGraph.Standards.Tests.Alignment;

using Xunit;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Model;

/// <summary>
/// Alignment on small documents shaped like the reference-info pair (guide §2.2, §2.3, §4.1): kk ¶9–18 against
/// ru ¶8, 10–18, the same levels and codes, ru ¶15 without its header table.
/// </summary>
public class BilingualAlignerTests
{
    private const string KkSource = "kk_reference-information-services_2025.txt";
    private const string RuSource = "ru_reference-information-services_2025.txt";

    // guide §2.2 table: (¶, level, group, occupation)
    private static readonly (int P, int Level, string Group, string Occupation)[] KkCards =
    [
        (9, 3, "4224-5", "4224-5-003"), (10, 4, "4224-5", "4224-5-003"), (11, 4, "3512-1", "3512-1-001"),
        (12, 4, "4223-0", "4223-0-002"), (13, 5, "3349-0", "3349-0-001"), (14, 6, "1234-2", "1234-2-001"),
        (15, 6, "2421-0", "2421-0-013"), (16, 6, "2631-0", "2631-0-001"), (17, 6, "1329-1", "1329-1-050"),
        (18, 7, "1234-2", "1234-2-001"),
    ];

    private static StandardDocument Kk(Func<int, IReadOnlyList<ProfessionLink>?>? links = null, string approval = "2025 жылғы 30 шілдедегі № 394/НҚ бұйрығы") =>
        Build.Document(KkSource, Language.Kk,
            [.. KkCards.Select((c, i) => Build.Card(KkSource, i + 1, c.P, c.Level, c.Group, c.Occupation, firstLine: c.P == 15 ? 5258 : 100 * c.P, links: links?.Invoke(c.P)))],
            approval: approval, version: "Нұсқа 1, 2025 г");

    /// <summary>ru numbers the first card 8 and has no ¶9; its ¶15 lost group, occupation code and level.</summary>
    private static StandardDocument Ru(Func<int, IReadOnlyList<ProfessionLink>?>? links = null) =>
        Build.Document(RuSource, Language.Ru,
            [.. KkCards.Select((c, i) => c.P == 15
                ? Build.Card(RuSource, i + 1, 15, null, firstLine: 5031, links: links?.Invoke(c.P))
                : Build.Card(RuSource, i + 1, c.P == 9 ? 8 : c.P, c.Level, c.Group, c.Occupation, firstLine: 90 * c.P, links: links?.Invoke(c.P)))],
            approval: "от 30.07.2025 № 394/НҚ");

    [Fact]
    public void Pairs_by_approving_order_and_card_structure_when_the_code_is_empty()
    {
        var pair = Assert.Single(TwinFinder.Find([Ru(), Kk()]));
        Assert.Equal((1, 0), (pair.Kk, pair.Ru));
        Assert.Contains("394", pair.Evidence);
    }

    [Fact]
    public void Does_not_pair_a_different_order_or_a_different_structure()
    {
        Assert.Empty(TwinFinder.Find([Ru(), Kk(approval: "2024 жылғы 30 желтоқсандағы № 508 бұйрығы")]));
        var otherLevels = Kk() with { Cards = [.. Kk().Cards.Select(c => c with { Level = c.Level + 1 })] };
        Assert.Empty(TwinFinder.Find([Ru(), otherLevels]));
    }

    [Fact]
    public void Pairs_by_standard_code_and_never_by_file_name()
    {
        var kk = Build.Document("kk_a.md", Language.Kk, [Build.Card("kk_a.md", 1, 9, 6)], code: "K65112007");
        var ruTwin = Build.Document("ru_b.md", Language.Ru, [Build.Card("ru_b.md", 1, 9, 6)], code: "К65112007"); // Cyrillic «К», as printed sometimes
        var ruSameName = Build.Document("ru_a.md", Language.Ru, [Build.Card("ru_a.md", 1, 9, 6)], code: "N79120004");
        var pair = Assert.Single(TwinFinder.Find([ruSameName, kk, ruTwin]));
        Assert.Equal((1, 2), (pair.Kk, pair.Ru));
        Assert.Equal("same standard code K65112007", pair.Evidence);
    }

    [Fact]
    public void Two_documents_of_one_language_are_never_twins()
    {
        var a = Build.Document("a.md", Language.Ru, [Build.Card("a.md", 1, 9, 6)], code: "K65112007");
        var b = Build.Document("b.md", Language.Ru, [Build.Card("b.md", 1, 9, 6)], code: "K65112007");
        Assert.Empty(TwinFinder.Find([a, b]));
    }

    [Fact]
    public void Russian_card_15_gets_its_lost_header_from_the_Kazakh_card()
    {
        var aligned = BilingualAligner.Align([Kk(), Ru()]);
        var ru15 = aligned[1].Cards[6];
        Assert.Equal(15, ru15.Paragraph);
        Assert.Equal(("2421-0", "2421-0-013", 6), (ru15.GroupCode, ru15.OccupationCode, ru15.Level)); // kk L5261–5278
        Assert.Equal(["GroupCode", "OccupationCode", "Level"], ru15.Repairs.Select(r => r.Field));
        Assert.All(ru15.Repairs, r => Assert.Equal(KkSource, r.From));
        Assert.Contains("L5258", ru15.Repairs[0].Detail);
        // Nothing else needed a repair, and the Kazakh side had nothing to take.
        Assert.All(aligned[1].Cards.Where(c => c.Paragraph != 15), c => Assert.Empty(c.Repairs));
        Assert.All(aligned[0].Cards, c => Assert.Empty(c.Repairs));
    }

    [Fact]
    public void The_missing_chapter_4_version_is_filled_from_the_twin()
    {
        var aligned = BilingualAligner.Align([Kk(), Ru()]);
        Assert.Equal("Нұсқа 1, 2025 г", aligned[1].Version);
        var repair = Assert.Single(aligned[1].Repairs);
        Assert.Equal(new Repair("Version", KkSource, "Нұсқа 1, 2025 г"), repair);
        Assert.Empty(aligned[0].Repairs);
    }

    [Fact]
    public void Disagreements_are_kept_as_printed_and_warned_on_both_sides()
    {
        var ru = Ru();
        ru = ru with { Cards = [.. ru.Cards.Select(c => c.Paragraph == 13 ? c with { Level = 4, OccupationCode = "3349-0-002" } : c)] };
        var aligned = BilingualAligner.Align([Kk(), ru]);
        Assert.Equal(4, aligned[1].Cards[4].Level);
        Assert.Equal(5, aligned[0].Cards[4].Level);
        Assert.Contains(aligned[0].Warnings, w => w.Line == 1300 && w.Message.StartsWith("level 5 here but 4 in the Russian card ¶13", StringComparison.Ordinal));
        Assert.Contains(aligned[1].Warnings, w => w.Line == 1170 && w.Message.StartsWith("level 4 here but 5 in the Kazakh card ¶13", StringComparison.Ordinal));
        Assert.Contains(aligned[0].Warnings, w => w.Message.StartsWith("occupation code 3349-0-001 here but 3349-0-002", StringComparison.Ordinal));
    }

    [Fact]
    public void Item_counts_of_the_same_skill_are_compared()
    {
        // kk reference-info L2034 prints items 4 and 5 on one line; unsplit, the skill has one item fewer.
        static Card WithAbilities(Card card, int count) => card with
        {
            LaborFunctions = [card.LaborFunctions[0] with
            {
                Skills = [card.LaborFunctions[0].Skills[0] with
                {
                    Abilities = [.. Enumerable.Range(1, count).Select(n => new TextItem($"{n}) item", LineRange.Single(2000 + n)))],
                }],
            }],
        };
        var kk = Kk() with { Cards = [.. Kk().Cards.Select(c => c.Paragraph == 11 ? WithAbilities(c, 4) : c)] };
        var ru = Ru() with { Cards = [.. Ru().Cards.Select(c => c.Paragraph == 11 ? WithAbilities(c, 5) : c)] };
        var aligned = BilingualAligner.AlignPair(kk, ru);
        Assert.Contains(aligned.Kk.Warnings, w => w.Line == 1100 && w.Message.StartsWith("ability count of Mandatory function 1 skill 1 4 here but 5", StringComparison.Ordinal));
        Assert.DoesNotContain(aligned.Kk.Warnings, w => w.Message.StartsWith("knowledge count", StringComparison.Ordinal));
    }

    [Fact]
    public void A_different_OKED_list_is_warned_and_a_missing_one_filled()
    {
        var kk = Kk() with { Oked = ["J", "62", "62.0", "62.02", "62.02.0"] };
        var aligned = BilingualAligner.AlignPair(kk, Ru() with { Oked = ["J", "62", "62.0", "62.01", "62.02.0"] });
        Assert.Contains(aligned.Ru.Warnings, w => w.Message.StartsWith("OKED J, 62, 62.0, 62.01, 62.02.0 here but J, 62, 62.0, 62.02, 62.02.0", StringComparison.Ordinal));
        var filled = BilingualAligner.AlignPair(kk, Ru());
        Assert.Equal(kk.Oked, filled.Ru.Oked);
        Assert.Contains(filled.Ru.Repairs, r => r.Field == "Oked" && r.From == KkSource);
    }

    [Fact]
    public void Different_card_counts_are_warned_and_cards_still_paired_by_code_and_level()
    {
        var ru = Ru();
        ru = ru with { Cards = [.. ru.Cards.Where(c => c.Paragraph != 12)] };
        var pairs = CardMatcher.Match(Kk().Cards, ru.Cards);
        Assert.Contains(new CardPair(3, null), pairs); // kk ¶12 has no twin
        Assert.Contains(new CardPair(4, 3), pairs); // kk ¶13 ↔ ru ¶13 by 3349-0-001 at level 5
        var aligned = BilingualAligner.AlignPair(Kk(), ru);
        Assert.Contains(aligned.Kk.Warnings, w => w.Message == $"10 cards here but 9 in the Russian version {RuSource}");
        Assert.Contains(aligned.Kk.Warnings, w => w.Line == 1200 && w.Message.Contains("has no twin", StringComparison.Ordinal));
    }

    [Fact]
    public void A_link_code_typo_is_kept_as_printed_and_reported_with_the_twins_code()
    {
        // kk ¶16's link to ¶17 prints 11329-1-050 (kk L6661); ru prints 1329-1-050 (ru L6548). Issue 9 item 6: a
        // source error is kept as printed and reported, never corrected.
        IReadOnlyList<ProfessionLink>? KkLinks(int p) => p == 16 ? [new ProfessionLink(6, "11329-1-050", "топ жетекшісі", LineRange.Single(6661))] : null;
        IReadOnlyList<ProfessionLink>? RuLinks(int p) => p == 16 ? [new ProfessionLink(6, "1329-1-050", "Руководитель группы", LineRange.Single(6548))] : null;
        var aligned = BilingualAligner.Align([Kk(KkLinks), Ru(RuLinks)]);
        var kk16 = aligned[0].Cards[7];
        Assert.Equal("11329-1-050", kk16.Links[0].Code);
        Assert.Empty(kk16.Repairs);
        var warning = Assert.Single(aligned[0].Warnings, w => w.Line == 6661);
        Assert.Contains("«11329-1-050» kept as printed", warning.Message);
        Assert.Contains("1329-1-050", warning.Message);
        Assert.Equal("1329-1-050", aligned[1].Cards[7].Links[0].Code);
        Assert.DoesNotContain(aligned[1].Warnings, w => w.Line == 6548);
    }

    [Fact]
    public void Links_are_compared_by_target_and_a_translated_alias_is_accepted()
    {
        // Shaped like insurance ¶9 (guide §2.6–2.7): rows in a different order, kk names ¶11 by an alias.
        static ProfessionLink Link(string name, int line) => new(6, null, name, LineRange.Single(line));
        Card Insurance(string source, int seq, int p, string title, IReadOnlyList<ProfessionLink> links) =>
            Build.Card(source, seq, p, 6, firstLine: 100 * p, links: links) with { Title = title };
        var ru = Build.Document("ru.md", Language.Ru,
        [
            Insurance("ru.md", 1, 9, "Аджастер", [Link("риск-менеджер в страховании", 333), Link("андеррайтер", 337), Link("актуарий по вопросам страхования", 341)]),
            Insurance("ru.md", 2, 10, "Андеррайтер", []),
            Insurance("ru.md", 3, 11, "Риск-менеджер в страховании", []),
        ], code: "K65112007");
        var kk = Build.Document("kk.md", Language.Kk,
        [
            Insurance("kk.md", 1, 9, "Аджастер", [Link("сақтандыру мәселелері жөніндегі актуарий", 333), Link("сақтандырудағы тәуекел менеджері", 337), Link("Андеррайтер", 341)]),
            Insurance("kk.md", 2, 10, "Андеррайтер", []),
            Insurance("kk.md", 3, 11, "Риск-менеджер", []),
        ], code: "K65112007");
        var aligned = BilingualAligner.AlignPair(kk, ru);
        Assert.DoesNotContain(aligned.Kk.Warnings, w => w.Message.Contains("counterpart", StringComparison.Ordinal));
        Assert.DoesNotContain(aligned.Ru.Warnings, w => w.Message.Contains("counterpart", StringComparison.Ordinal));

        // With only the resolved kk row left, nothing can stand for ru's link to ¶11.
        var kkShort = kk with { Cards = [kk.Cards[0] with { Links = [kk.Cards[0].Links[2]] }, kk.Cards[1], kk.Cards[2]] };
        var warned = BilingualAligner.AlignPair(kkShort, ru);
        Assert.Contains(warned.Ru.Warnings, w => w.Line == 333 && w.Message.StartsWith("link «риск-менеджер в страховании» (level 6) has no counterpart in the Kazakh card ¶9", StringComparison.Ordinal));
    }

    [Fact]
    public void Documents_without_a_twin_come_back_unchanged_and_in_order()
    {
        var lone = Build.Document("kk_mice.txt", Language.Kk, [Build.Card("kk_mice.txt", 1, 9, 7)], code: "N79120004");
        var input = new[] { lone, Kk(), Ru() };
        var aligned = BilingualAligner.Align(input);
        Assert.Same(lone, aligned[0]);
        Assert.Equal([lone.Source, KkSource, RuSource], aligned.Select(d => d.Source));
        Assert.Null(input[2].Cards[6].Level); // the input is not modified
    }

    [Fact]
    public void Insurance_cards_pair_by_paragraph()
    {
        var kk = Build.Document("kk.md", Language.Kk, [Build.Card("kk.md", 1, 9, 6, "3315-3", "3315-3-001"), Build.Card("kk.md", 2, 10, 6, "2413-6", "2413-6-001")], code: "K65112007");
        var ru = Build.Document("ru.md", Language.Ru, [Build.Card("ru.md", 1, 10, 6, "2413-6", "2413-6-001"), Build.Card("ru.md", 2, 9, 6, "3315-3", "3315-3-001")], code: "K65112007");
        Assert.Equal([new CardPair(0, 1), new CardPair(1, 0)], CardMatcher.Match(kk.Cards, ru.Cards));
        var aligned = BilingualAligner.AlignPair(kk, ru);
        Assert.Empty(aligned.Kk.Warnings);
        Assert.Empty(aligned.Ru.Warnings);
    }

    [Fact]
    public void A_labour_function_of_another_kind_is_warned()
    {
        // ru ¶15/¶16 lost their LF labels (L5447–L5777): read wrongly, an additional LF would come out as mandatory.
        static Card Kinds(Card card, LaborFunctionKind kind) => card with { LaborFunctions = [card.LaborFunctions[0] with { Kind = kind }] };
        var kk = Kk() with { Cards = [.. Kk().Cards.Select(c => c.Paragraph == 15 ? Kinds(c, LaborFunctionKind.Additional) : c)] };
        var aligned = BilingualAligner.AlignPair(kk, Ru());
        Assert.Contains(aligned.Ru.Warnings, w => w.Message.StartsWith("kind of labour function 1 Mandatory here but Additional", StringComparison.Ordinal));
    }
}
