using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

public sealed class BuildTests
{
    private static ProfessionGraph G => TestGraphs.Guide;

    [Fact]
    public void Kk_and_ru_cards_of_one_standard_are_one_profession()
    {
        // Fixtures: reference-info 10 kk + 10 ru cards, MICE 4, employment 6 (a subset), insurance 3 kk + 3 ru.
        Assert.Equal(10 + 4 + 6 + 3, G.ProfessionCount);
        Assert.Equal(4, G.Standards.Count);
        var p = (Profession)G.Nodes[G.ByCard("kk_reference-information-services_2025/1")];
        Assert.Equal("Call-орталық қызметкері", p.TitleKk);
        Assert.Equal("Оператор Call-центра", p.TitleRu);
        Assert.Equal(3, p.Level);
        Assert.Equal(["kk_reference-information-services_2025/1", "ru_reference-information-services_2025/1"], p.CardIds);
    }

    [Fact]
    public void Card_without_codes_is_merged_with_its_twin_by_position_and_level()
    {
        // ru ¶15 lost its header table (guide §2.3): no codes, so level and position decide.
        var i = G.ByCard("ru_reference-information-services_2025/7");
        Assert.Equal(i, G.ByCard("kk_reference-information-services_2025/7"));
        Assert.Equal("2421-0-013", ((Profession)G.Nodes[i]).OccupationCode);
    }

    [Fact]
    public void Twins_that_disagree_on_level_are_kept_apart_and_reported()
    {
        // Twins by content (the same standard code), whatever their files are called.
        var kk = new DocBuilder("a.txt", Language.Kk, "X1").Card(9, "Маман", 4, null, "1111-1-001").Build();
        var ru = new DocBuilder("b.txt", Language.Ru, "X1").Card(9, "Специалист", 5, null, "1111-1-001").Build();
        var g = CareerGraphBuilder.Build([kk, ru]);
        Assert.Equal(2, g.ProfessionCount);
        Assert.Equal(2, g.Resolution.Warnings.Count(w => w.Contains("kept as a single-language profession")));
    }

    [Fact]
    public void Two_editions_with_one_code_are_two_standards_named_by_their_year()
    {
        // A 2019 Kazakh edition and a 2024 Russian one of the same standard code: different approving orders, so
        // they are not each other's twin (issue 9: editions are kept apart, never merged silently).
        var kk2019 = new DocBuilder("a.txt", Language.Kk, "N78100").Printed("1-нұсқа, 2019", "2019 жылғы 31 желтоқсандағы № 535 бұйрығы")
            .Card(9, "Маман", 5, null, "2422-3-001").Build();
        var ru2024 = new DocBuilder("b.txt", Language.Ru, "N78100").Printed("версия 2, 2024 г.", "от 29 сентября 2024 года № 296")
            .Card(9, "Специалист", 5, null, "2422-3-001").Build();

        var g = CareerGraphBuilder.Build([kk2019, ru2024]);

        Assert.Equal(["N78100_2019", "N78100_2024"], g.Standards.Select(s => s.Id));
        Assert.Equal(["N78100_2019/1", "N78100_2024/1"], g.Professions.Select(p => p.Id));
    }

    [Fact]
    public void Texts_of_two_acts_never_pair_and_texts_of_one_act_and_appendix_always_do()
    {
        var one = new ActFolder("900001", "0101-ob-utverzhdenii-900001", "an002");
        var other = new ActFolder("900002", "0202-ob-utverzhdenii-900002", "an002");
        // No code and no order: only the folder says which texts are one standard.
        StandardDocument Doc(string source, Language language, ActFolder act, string title) =>
            new DocBuilder(source, language).Card(9, title, 4, null, "3512-1-001").Build() with { Act = act };

        var paired = CareerGraphBuilder.Build([Doc("x/kaz/an002.md", Language.Kk, one, "Маман"), Doc("x/rus/an002.md", Language.Ru, one, "Специалист")]);
        var apart = CareerGraphBuilder.Build([Doc("x/kaz/an002.md", Language.Kk, one, "Маман"), Doc("y/rus/an002.md", Language.Ru, other, "Специалист")]);

        var profession = Assert.Single(paired.Professions);
        Assert.Equal(("act-900001-an002/1", "Маман", "Специалист"), (profession.Id, profession.TitleKk, profession.TitleRu));
        Assert.Equal(["act-900001-an002/1", "act-900002-an002/1"], apart.Professions.Select(p => p.Id));
    }

    [Fact]
    public void Every_printed_row_is_in_the_report()
    {
        // 35 kk + 35 ru (reference-info), 9 MICE, 9 employment fixture rows, 9 + 9 insurance.
        Assert.Equal(35 + 35 + 9 + 9 + 18, G.Resolution.Rows.Count);
    }

    [Fact]
    public void Same_code_at_two_levels_resolves_by_level()
    {
        // kk reference-info L883: 4224-5-003 at level 4 is ¶10, not the level-3 card ¶9 with the same code.
        var row = G.Resolution.Rows.Single(r => r.Source.StartsWith("kk_ref") && r.Lines.First == 883);
        Assert.Equal(LinkOutcome.ByCode, row.Outcome);
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/2"), row.TargetId);
        Assert.Equal(1.0, row.Confidence);
    }

    [Fact]
    public void Misprinted_code_is_corrected_and_flagged()
    {
        // kk reference-info L6661 prints «11329-1-050» for 1329-1-050.
        var row = G.Resolution.Rows.Single(r => r.Source.StartsWith("kk_ref") && r.Lines.First == 6661);
        Assert.Equal(LinkOutcome.ByCorrectedCode, row.Outcome);
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/9"), row.TargetId);
        Assert.Contains("1329-1-050", row.Note);
        Assert.True(row.Confidence < 1);
    }

    [Fact]
    public void Every_reference_info_row_resolves_to_a_card()
    {
        var rows = G.Resolution.Rows.Where(r => r.Source.Contains("reference-information")).ToArray();
        Assert.All(rows, r => Assert.Contains(r.Outcome, new[] { LinkOutcome.ByCode, LinkOutcome.ByCorrectedCode }));
    }

    [Theory]
    // MICE L82: «MICE қызметтер менеджері» → ¶10 «MICE менеджері»; L121: «…брондау бөлімінің басшысы» → ¶9.
    [InlineData(82, "kk_mice-business-travel_2022/2")]
    [InlineData(121, "kk_mice-business-travel_2022/1")]
    [InlineData(190, "kk_mice-business-travel_2022/2")]
    public void Near_identical_names_resolve_with_lower_confidence(int line, string card)
    {
        var row = G.Resolution.Rows.Single(r => r.Source.StartsWith("kk_mice") && r.Lines.First == line);
        Assert.Equal(LinkOutcome.ByFuzzyName, row.Outcome);
        Assert.Equal(G.IdOfCard(card), row.TargetId);
        Assert.InRange(row.Confidence, 0.5, 0.95);
    }

    [Theory]
    [InlineData("kk_mice", 81)]       // «Туристік кәсіпорынның бірінші басшысының орынбасары» (7): no card
    [InlineData("kk_mice", 192)]      // «Туризм жөніндегі менеджер» (4): no card
    [InlineData("kk_employment", 648)]  // ¶9's own title at level 7
    [InlineData("kk_employment", 1103)] // ¶10's own title at level 6 — not ¶9 «…қызметінің басшысы» (6)
    [InlineData("ru_insurance", 341)] // «актуарий по вопросам страхования»
    public void Targets_without_a_card_become_external_nodes(string source, int line)
    {
        var row = G.Resolution.Rows.Single(r => r.Source.StartsWith(source) && r.Lines.First == line);
        Assert.Equal(LinkOutcome.External, row.Outcome);
        var node = Assert.IsType<ExternalProfession>(G.Nodes[G.IndexOf(row.TargetId!)]);
        Assert.Equal(row.Level, node.Level);
    }

    [Fact]
    public void Identical_external_names_at_one_level_are_one_node()
    {
        // ru insurance L341, L556, L806 all print «актуарий по вопросам страхования» (6).
        var ids = G.Resolution.Rows.Where(r => r.Source.StartsWith("ru_ins") && r.Name.StartsWith("актуарий")).Select(r => r.TargetId).Distinct();
        Assert.Single(ids);
        // The two kk wordings (L333, L548) stay apart: stubs merge only on identical names or an alias table.
        Assert.Equal(2, G.Resolution.Rows.Where(r => r.Source.StartsWith("kk_ins") && r.Name.Contains("актуарий")).Select(r => r.TargetId).Distinct().Count());
    }

    [Fact]
    public void External_alias_table_merges_stubs()
    {
        var options = CareerGraphOptions.Default with
        {
            ExternalAliases = [["сақтандыру мәселелері жөніндегі актуарий", "сақтандыру саласындағы актуарий"]],
        };
        var g = CareerGraphBuilder.Build([GuideFixtures.InsuranceKk()], options);
        // The two actuary wordings (kk L333, L548) are one stub. Without their Russian twin rows, the Kazakh
        // translations «сақтандырудағы тәуекел менеджері» (L337) and «…тәуекел-менеджер» (L556) name no card either
        // and are stubs of their own: there is no synonym table (TransliterationTests).
        Assert.Single(g.ExternalProfessions, e => e.Name.Contains("актуарий", StringComparison.Ordinal));
        Assert.Equal(2, g.ExternalProfessions.Count(e => e.Name.Contains("тәуекел", StringComparison.Ordinal)));
        Assert.Equal(3, g.ExternalProfessions.Count());
    }

    [Theory]
    [InlineData("ru_insurance", 337, "ru_insurance_2024/2")]  // «аналитик в области страхования (андеррайтер)» = КС job name of ¶10
    [InlineData("kk_insurance", 341, "kk_insurance_2024/2")]  // «… талдаушы (андеррайтер)»: job name in parentheses
    [InlineData("kk_insurance", 337, "kk_insurance_2024/3")]  // «сақтандырудағы тәуекел менеджері» → Риск-менеджер
    [InlineData("kk_insurance", 556, "kk_insurance_2024/3")]  // «сақтандырудағы тәуекел-менеджер»
    [InlineData("ru_insurance", 802, "ru_insurance_2024/1")]  // lower-case «аджастер»
    public void Insurance_names_resolve_to_cards(string source, int line, string card)
    {
        var row = G.Resolution.Rows.Single(r => r.Source.StartsWith(source) && r.Lines.First == line);
        Assert.Equal(G.IdOfCard(card), row.TargetId);
        Assert.NotEqual(LinkOutcome.External, row.Outcome);
    }

    [Fact]
    public void Two_equally_good_cards_make_an_ambiguous_row_and_no_edge()
    {
        var doc = new DocBuilder("kk_y_2025.txt", Language.Kk)
            .Card(9, "Маман", 4, null, null, c => c.Link(5, null, "Аға маман", 10))
            .Card(10, "Аға маман", 5, null, null)
            .Card(11, "Аға маман", 5, null, null)
            .Build();
        var g = CareerGraphBuilder.Build([doc]);
        var row = Assert.Single(g.Resolution.Rows);
        Assert.Equal(LinkOutcome.Ambiguous, row.Outcome);
        Assert.Equal(2, row.Candidates.Count);
        Assert.DoesNotContain(g.Edges, e => e.Kind == EdgeKind.PrintedLink);
        Assert.Contains("kk_y_2025.txt:10", row.ToString());
    }

    [Fact]
    public void Other_name_with_another_code_is_not_an_alias()
    {
        // kk reference-info L960: ¶10 lists «Байланыс орталығының операторы» under 4223-0-003, not its own code;
        // it still becomes an alias, but only because L883 resolved that name to ¶10 by code.
        var p = (Profession)G.Nodes[G.ByCard("kk_reference-information-services_2025/2")];
        Assert.Contains("Байланыс орталығының операторы", p.Aliases);
        var q = (Profession)G.Nodes[G.ByCard("kk_reference-information-services_2025/4")];
        Assert.Contains("Байланыс түйінінің контроллері", q.Aliases);
    }

    [Fact]
    public void Printed_rows_of_both_languages_make_one_edge_with_both_citations()
    {
        var from = G.ByCard("kk_reference-information-services_2025/1");
        var to = G.ByCard("kk_reference-information-services_2025/2");
        var edge = Assert.Single(G.Edges, e => e.From == from && e.To == to && e.Kind == EdgeKind.PrintedLink);
        Assert.Contains("kk_reference-information-services_2025.txt L883", edge.Evidence);
        Assert.Contains("ru_reference-information-services_2025.txt L802", edge.Evidence);
        Assert.False(edge.Inferred);
    }

    [Fact]
    public void Level_ladders_follow_code_or_title_within_a_standard()
    {
        Assert.Contains(G.Edges, e => e.Kind == EdgeKind.LevelLadder
            && e.From == G.ByCard("kk_reference-information-services_2025/1") && e.To == G.ByCard("kk_reference-information-services_2025/2"));
        Assert.Contains(G.Edges, e => e.Kind == EdgeKind.LevelLadder
            && e.From == G.ByCard("kk_reference-information-services_2025/6") && e.To == G.ByCard("kk_reference-information-services_2025/10"));
        // Employment specialist family 4 → 5 → 6 by title, but never 4 → 6 directly.
        var (s4, s5, s6) = (G.ByCard("kk_employment-assistance_2025/3"), G.ByCard("kk_employment-assistance_2025/4"), G.ByCard("kk_employment-assistance_2025/5"));
        Assert.Contains(G.Edges, e => e.Kind == EdgeKind.LevelLadder && e.From == s4 && e.To == s5);
        Assert.Contains(G.Edges, e => e.Kind == EdgeKind.LevelLadder && e.From == s5 && e.To == s6);
        Assert.DoesNotContain(G.Edges, e => e.Kind == EdgeKind.LevelLadder && e.From == s4 && e.To == s6);
        Assert.All(G.Edges.Where(e => e.Kind == EdgeKind.LevelLadder), e => Assert.True(G.Nodes[e.To].Level > G.Nodes[e.From].Level));
    }

    [Fact]
    public void Same_occupation_edges_cross_standards_and_say_which_code()
    {
        // Group 2631-0: reference-info economist-analyst and the employment labour-market analyst (guide §5).
        var a = G.ByCard("kk_reference-information-services_2025/8");
        var b = G.ByCard("kk_employment-assistance_2025/6");
        var edge = Assert.Single(G.Edges, e => e.Kind == EdgeKind.SameOccupation && e.From == a && e.To == b);
        Assert.Contains("group code 2631-0", edge.Evidence);
        Assert.True(edge.Inferred);
        Assert.DoesNotContain(G.Edges, e => e.Kind == EdgeKind.SameOccupation
            && ((Profession)G.Nodes[e.From]).StandardId == ((Profession)G.Nodes[e.To]).StandardId);
    }

    [Fact]
    public void Ids_are_deterministic_across_builds()
    {
        var again = CareerGraphBuilder.Build(GuideFixtures.All());
        Assert.Equal(G.Nodes.Select(n => n.Id), again.Nodes.Select(n => n.Id));
        Assert.Equal(G.Items.Select(n => n.Id), again.Items.Select(n => n.Id));
        Assert.Equal(G.Edges.Select(e => (e.From, e.To, e.Kind)), again.Edges.Select(e => (e.From, e.To, e.Kind)));
    }

    [Fact]
    public void Every_edge_has_evidence_and_a_confidence_in_range() =>
        Assert.All(G.Edges, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Evidence));
            Assert.InRange(e.Confidence, 0, 1);
            Assert.Equal(e.Kind is EdgeKind.SameOccupation or EdgeKind.SkillOverlap, e.Inferred);
        });

    [Fact]
    public void Edges_from_a_node_are_exactly_its_outgoing_edges() =>
        Assert.All(Enumerable.Range(0, G.Nodes.Count), i => Assert.Equal(G.Edges.Where(e => e.From == i), G.EdgesFrom(i)));
}
