using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Careers.Selection;
using CareerGraph.Careers.Skills;
using CareerGraph.Standards.Extraction;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>
/// The required cases on the real seeds, through the parser (they skip only while the parser is a stub);
/// expected values come from the standards guide, with the seed lines it cites.
/// </summary>
public sealed class SeedTests
{
    private static readonly Lazy<(ProfessionGraph? Graph, string? Why)> Seeds = new(Load);

    private static ProfessionGraph G
    {
        get
        {
            var (graph, why) = Seeds.Value;
            if (graph is not null) return graph;
            Assert.Fail(why!);
            return null!;
        }
    }

    private static (ProfessionGraph?, string?) Load()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        if (dir is null) return (null, "repository root not found");
        // The guide's figures are about the loose seed files; seeds/register/… (act folders) adds further standards.
        var result = StandardsExtractor.Extract(Directory.EnumerateFiles(Path.Combine(dir.FullName, "seeds"))
            .Where(f => Path.GetFileName(f) != "SOURCES.md").Order(StringComparer.Ordinal));
        if (result.Errors.Count > 0) return (null, "extraction errors: " + string.Join("; ", result.Errors));
        return (CareerGraphBuilder.Build(result.Documents), null);
    }

    private static int Select(string title, int level)
    {
        var s = ProfessionSelector.Select(G, title, level);
        Assert.True(s.Found, s.Error + " " + string.Join(", ", s.Candidates));
        return s.Index;
    }

    [Fact]
    public void Kk_and_ru_cards_merge_into_34_professions()
    {
        // reference-info 10, MICE 4, employment 17, insurance 3 (guide §0).
        Assert.Equal(34, G.ProfessionCount);
        Assert.Equal(10, G.Professions.Count(p => p.StandardId == "order-394_2025"));
        Assert.All(G.Professions.Where(p => p.StandardId is "order-394_2025" or "K65112007_2024"),
            p => Assert.Equal(2, p.CardIds.Count));
    }

    [Fact]
    public void Case1_kk_call_centre_employee_to_level_7_head()
    {
        var paths = CareerPaths.Find(G, Select("Call-орталық қызметкері", 3), Select("Call-орталықтың басшысы (басқарушысы)", 7),
            new PathQuery(K: 5, Inferred: false));
        Assert.NotEmpty(paths);
        Assert.Equal(5, paths[0].Length);
        Assert.All(paths, p => Assert.True(p.Length >= 5));
        Assert.All(paths[0].Steps, s => Assert.True(s.Kind is EdgeKind.PrintedLink or EdgeKind.LevelLadder));
        Assert.Equal([3, 4, 5, 6, 6, 7], paths[0].NodeIds.Select(id => G.Nodes[G.IndexOf(id)].Level));
        // Ties on steps and confidence go to fewer new skills; the route through the operator (4) is among the five.
        var operator4 = Select("Call-орталығының операторы", 4);
        Assert.Contains(paths, p => p.Length == 5 && p.NodeIds[1] == G.Nodes[operator4].Id);
    }

    [Fact]
    public void Case2_ru_titles_give_the_same_professions()
    {
        Assert.Equal(Select("Call-орталық қызметкері", 3), Select("Оператор Call-центра", 3));
        Assert.Equal(Select("Call-орталықтың басшысы (басқарушысы)", 7), Select("Руководитель (управляющий) Call-центра", 7));
    }

    [Fact]
    public void Case3_employment_specialist_reaches_the_head_only_with_inferred_edges()
    {
        var from = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4);
        var to = Select("Жұмыспен қамту қызметінің басшысы", 6);
        Assert.Empty(CareerPaths.Find(G, from, to, new PathQuery(K: 1, Inferred: false)));
        var paths = CareerPaths.Find(G, from, to, new PathQuery(K: 3, Inferred: true));
        Assert.NotEmpty(paths);
        Assert.Contains(paths[0].Steps, s => s.Inferred);
    }

    [Fact]
    public void Every_printed_row_is_resolved_or_reported()
    {
        // 35 + 35 (reference-info), 9 (MICE), 31 (employment), 9 + 9 (insurance): guide §2.
        Assert.Equal(35 + 35 + 9 + 31 + 18, G.Resolution.Rows.Count);
        Assert.DoesNotContain(G.Resolution.Rows, r => r.Outcome == LinkOutcome.Ambiguous);
        Assert.All(G.Resolution.Rows.Where(r => r.Source.Contains("reference-information")),
            r => Assert.Contains(r.Outcome, new[] { LinkOutcome.ByCode, LinkOutcome.ByCorrectedCode }));
    }

    [Theory]
    // Guide §5, link targets with no card.
    [InlineData("Туристік кәсіпорынның бірінші басшысының орынбасары", 7)]
    [InlineData("Туризм жөніндегі менеджер", 4)]
    [InlineData("Жұмыспен қамту қызметінің басшысы", 7)]
    [InlineData("Жұмыспен қамту қызметінің құрылымдық бөлімшесінің басшысы", 6)]
    [InlineData("актуарий по вопросам страхования", 6)]
    public void Targets_without_cards_are_external(string name, int level)
    {
        var s = ProfessionSelector.Select(G, name, level);
        Assert.IsType<ExternalProfession>(s.Node);
    }

    [Fact]
    public void Only_the_guides_external_targets_are_external()
    {
        // MICE 2, employment 2, insurance actuary in 3 wordings (guide §5).
        Assert.Equal(7, G.ExternalProfessions.Count());
    }

    [Fact]
    public void Misprinted_code_row_keeps_the_parsers_warning_and_lower_confidence()
    {
        // kk reference-info L6661 prints «11329-1-050» in ¶16's row for the group lead ¶17 (1329-1-050).
        var row = Assert.Single(G.Resolution.Rows, r => r.Source.StartsWith("kk_reference") && r.Lines.First <= 6661 && r.Lines.Last >= 6661);
        Assert.Equal(Select("(Басқа салаларға маманданған) топ жетекшісі", 6), G.IndexOf(row.TargetId!));
        Assert.NotEmpty(row.SourceWarnings);
        Assert.True(row.Confidence < 1);
        Assert.Contains(row, G.Resolution.Flagged);
    }

    [Fact]
    public void Gap_holds_the_shared_skill_and_the_reworded_labour_function()
    {
        // ¶14 employer-relations specialist (4) → ¶9 head (6). ¶9's additional LF «…көрсету және жүгінген адамдарды
        // сүйемелдеу» (L497) is ¶14's «…көрсету және қызметке жүгінгендерді сүйемелдеу» (L2686) in other words.
        var gap = SkillGap.Compute(G, Select("Жұмыс берушілермен өзара іс-қимыл жөніндегі маман", 4),
            Select("Жұмыспен қамту қызметінің басшысы", 6));
        var lf = Assert.Single(gap.Of(Model.ItemKind.LaborFunction).Have, m => m.Required.Text.Contains("жүгінген адамдарды сүйемелдеу"));
        Assert.Contains("қызметке жүгінгендерді сүйемелдеу", lf.Closest!.Text);
        Assert.InRange(lf.Similarity, 0.8, 0.99);
    }

    [Fact]
    public void Specialist_gap_to_the_head_holds_the_control_skill()
    {
        // «Бақылау нәтижелерін талдау және шешім қабылдау»: ¶9 L465 and ¶11 L913 (guide §5).
        var gap = SkillGap.Compute(G, Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4), Select("Жұмыспен қамту қызметінің басшысы", 6));
        var have = Assert.Single(gap.Of(Model.ItemKind.Skill).Have, m => m.Required.Text.StartsWith("Бақылау нәтижелерін талдау"));
        Assert.Equal(1.0, have.Similarity);
        Assert.Contains(have.Required.Sources, s => s.Lines.First <= 465 && s.Lines.Last >= 465);
        Assert.Contains(have.Required.Sources, s => s.Lines.First <= 913 && s.Lines.Last >= 913);
    }

    [Fact]
    public void Overlap_is_high_inside_a_family_and_low_with_the_labour_market_analyst()
    {
        var s4 = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4);
        var s5 = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 5);
        var analyst = Select("Еңбек нарығының талдаушысы", 6);
        Assert.True(SkillOverlap.Compare(G, s4, s5).Score > 0.8);
        Assert.True(SkillOverlap.Compare(G, s4, analyst).Score < Inference.OverlapWeights.Default.Threshold);
    }

    [Fact]
    public void Printed_evidence_is_preferred_over_inference_for_the_same_move()
    {
        var from = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4);
        var next = NextSteps.Rank(G, from, 20);
        var up = Assert.Single(next, n => n.ToId == G.Nodes[Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 5)].Id);
        Assert.False(up.Inferred);
    }
}
