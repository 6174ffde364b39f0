namespace CareerGraph.Api.Tests;

public sealed class SkillQueryTests(ApiFixture api)
{
    // kk_employment: the skill «Бақылау нәтижелерін талдау және шешім қабылдау» is printed in ¶9 (L465) and ¶10 (L913),
    // ¶11 (L1458) and ¶12 (L1865).
    private const string ControlSkill = "Бақылау нәтижелерін талдау және шешім қабылдау";

    [Fact]
    public async Task Skill_gap_splits_the_targets_items_by_what_the_source_holds()
    {
        var data = await api.Data("""
            { skillGap(from: "N78100_2025/2", to: "N78100_2025/1") {
                from { level } to { level } language coverage missingSkills
                have(kind: SKILL) { text match similarity } partial { kind } missing { kind text } } }
            """);
        var gap = data.GetProperty("skillGap");
        Assert.Equal("KK", gap.GetProperty("language").GetString());
        var have = gap.GetProperty("have").EnumerateArray().ToArray();
        Assert.Contains(have, i => i.GetProperty("text").GetString() == ControlSkill);
        Assert.All(have, i => Assert.Equal("HAVE", i.GetProperty("match").GetString()));
        // docs/career-graph.md §4 applied to kk_employment ¶10 (L651, the source) and ¶9 (L193, the target), with the
        // items counted once per card and each required item matched against the source's by stem Dice (have ≥ 0.8,
        // partial ≥ 0.5 at half credit). Counted by a separate script (Python, written from §4 and MatchText's
        // folding rules, not from the C#): labour functions 1 have + 1 partial of 4, skills 5 + 2 of 10, abilities
        // 24 + 5 of 40, knowledge 27 + 4 of 37, so
        //   0.3·1.5/4 + 0.3·6/10 + 0.2·26.5/40 + 0.2·29/37 = 0.1125 + 0.18 + 0.1325 + 0.15676 = 0.58176;
        // missing skills and abilities: (10 − 5 − 2) + (40 − 24 − 5) = 14.
        Assert.Equal(0.5818, gap.GetProperty("coverage").GetDouble(), 4);
        Assert.Equal(5, have.Length);
        Assert.Equal(14, gap.GetProperty("missingSkills").GetInt32());
        Assert.Equal(gap.GetProperty("missingSkills").GetInt32(),
            gap.GetProperty("missing").EnumerateArray().Count(i => i.GetProperty("kind").GetString() is "SKILL" or "ABILITY"));
    }

    [Fact]
    public async Task Skill_overlap_is_symmetric_in_its_score_and_explains_item_by_item()
    {
        const string q = """
            query($a: ID!, $b: ID!) { skillOverlap(a: $a, b: $b) { score aToB bToA shared { kind text } } }
            """;
        var ab = (await api.Data(q, new { a = "N78100_2025/3", b = "N78100_2025/4" })).GetProperty("skillOverlap");
        var ba = (await api.Data(q, new { a = "N78100_2025/4", b = "N78100_2025/3" })).GetProperty("skillOverlap");
        Assert.Equal(ab.GetProperty("score").GetDouble(), ba.GetProperty("score").GetDouble(), 4);
        Assert.Equal(ab.GetProperty("aToB").GetDouble(), ba.GetProperty("bToA").GetDouble(), 4);
        Assert.Contains(ab.GetProperty("shared").EnumerateArray(), i => i.GetProperty("text").GetString() == ControlSkill);

        // The same specialist family at two levels shares far more than a specialist and an insurance adjuster.
        var unrelated = (await api.Data(q, new { a = "N78100_2025/3", b = "K65112007_2024/1" })).GetProperty("skillOverlap");
        Assert.True(ab.GetProperty("score").GetDouble() > unrelated.GetProperty("score").GetDouble() + 0.2);
    }

    [Fact]
    public async Task Overlap_matrix_of_a_standard_has_the_directional_scores_derived_by_hand()
    {
        var data = await api.Data("""{ overlapMatrix(standard: "K65112007_2024") { professions { id } scores } }""");
        var m = data.GetProperty("overlapMatrix");
        Assert.Equal(["K65112007_2024/1", "K65112007_2024/2", "K65112007_2024/3"],
            m.GetProperty("professions").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        var scores = m.GetProperty("scores").EnumerateArray().Select(r => r.EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        Assert.All(scores, row => Assert.Equal(3, row.Length));
        Assert.All([0, 1, 2], i => Assert.Equal(1.0, scores[i][i], 4)); // a card holds all of its own items

        // Row = source, column = target: scores[0][1] is how much of the underwriter (¶10, kk L344) the adjuster (¶9,
        // kk L91) covers. Derived by hand from kk_insurance_2024.md with docs/career-graph.md §4 (stems: MatchText,
        // five-letter prefixes of the folded words, stop words out, «тәуекел» read as «риск»):
        //  • labour functions of ¶10: L496 «Сақтандыру (қайта сақтандыру) үшін оңтайлы жағдайлар әзірлеу» {азирл жагда
        //    каита онтаи сакта} against ¶9's L244 {боиын жагда каита ретте сакта шартт}: Dice 2·3/11 = 0.55 → partial;
        //    L463 shares at most 2 of 7+6 stems (0.31) → none. Credit 0.5 of 2.
        //  • skills 0 of 2 and abilities 0 of 9: no ¶10 item shares half its stems with one of ¶9.
        //  • knowledge, 5 distinct items of ¶10 (L520–522 repeat L485–487): L485 = ¶9 L230, L486 = ¶9 L271 and L522
        //    = ¶9 L235 identical → 3; L487 «Потенциалды залалды бағалау» {багал залал потен} vs L274 {адист багал залал
        //    сакта салас}: 2·2/8 = 0.5 → ½; L519 «"Сақтандыру қызметі туралы" Заң» {зан кызме сакта турал} vs L230
        //    {заны казак кызме респу сакта турал}: 2·3/10 = 0.6 → ½. Credit 4 of 5.
        //  score = (0.3·0.5/2 + 0.3·0 + 0.2·0 + 0.2·4/5) / 1.0 = 0.075 + 0.16 = 0.235.
        // The other way, ¶10 covering ¶9: labour functions the same partial pair, 0.5 of 2; skills 0 of 3; abilities 0
        // of 18; knowledge 13 distinct items of ¶9: L230, L235 and L271 identical, L231 Dice 0.96 to L486 → have;
        // «азаматтық заңнамасы» (L234) vs «еңбек заңнамасы» 2·3/8 = 0.75 → ½; L274 vs L487 0.5 → ½: 5 of 13.
        //  score = 0.3·0.25 + 0.2·5/13 = 0.075 + 0.0769 = 0.1519.
        Assert.Equal(0.2350, scores[0][1], 4);
        Assert.Equal(0.1519, scores[1][0], 4);
    }

    [Fact]
    public async Task Unknown_ids_are_errors_naming_the_argument()
    {
        var response = await api.Post("""{ skillGap(from: "nope", to: "K65112007_2024/1") { coverage } }""");
        var error = response.GetProperty("errors")[0];
        Assert.Contains("from: no profession has id \"nope\"", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Link_report_lists_every_printed_row_with_its_outcome()
    {
        // 35 rows in each reference-info edition, 31 in employment, 9 in MICE and 9 in each insurance edition (guide §2).
        var data = await api.Data("{ linkReport(first: 100) { totalCount } external: linkReport(outcome: EXTERNAL, first: 100) { nodes { name level } } }");
        Assert.Equal(35 + 35 + 31 + 9 + 9 + 9, data.GetProperty("linkReport").GetProperty("totalCount").GetInt32());
        var external = data.GetProperty("external").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).ToArray();
        Assert.Contains("Туризм жөніндегі менеджер", external);                 // MICE L192, level 4, no card
    }
}
