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
        Assert.InRange(gap.GetProperty("coverage").GetDouble(), 0.01, 0.99);
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
    public async Task Overlap_matrix_of_a_standard_has_a_row_per_profession()
    {
        var data = await api.Data("""{ overlapMatrix(standard: "K65112007_2024") { professions { id } scores } }""");
        var m = data.GetProperty("overlapMatrix");
        Assert.Equal(3, m.GetProperty("professions").GetArrayLength());
        Assert.All(m.GetProperty("scores").EnumerateArray(), row => Assert.Equal(3, row.GetArrayLength()));
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
