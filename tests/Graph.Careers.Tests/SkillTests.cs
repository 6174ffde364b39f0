using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;
using Xunit;

namespace CareerGraph.Careers.Tests;

public sealed class SkillTests
{
    private static ProfessionGraph G => TestGraphs.Guide;

    private static int Employment(int seq) => G.ByCard($"kk_employment-assistance_2025/{seq}");

    [Fact]
    public void Same_item_in_several_cards_is_one_node()
    {
        // «Бақылау нәтижелерін талдау және шешім қабылдау» (kk_employment L465, L913, L1458, L1865).
        var skill = Assert.Single(G.SkillNodes, s => s.Text == "Бақылау нәтижелерін талдау және шешім қабылдау");
        Assert.Equal(ItemKind.Skill, skill.Kind);
        Assert.Equal(5, skill.Sources.Select(s => s.CardId).Distinct().Count());
    }

    [Fact]
    public void Gap_splits_the_target_into_have_partial_missing()
    {
        // Specialist (4) → head of the service (6).
        var gap = SkillGap.Compute(G, Employment(3), Employment(1));
        var skills = gap.Of(ItemKind.Skill);
        Assert.Contains(skills.Have, m => m.Required.Text.StartsWith("Бақылау нәтижелерін"));
        Assert.Contains(skills.Have, m => m.Required.Text == "Жұмыс іздеушілерге кеңес беру");
        Assert.Contains(skills.Missing, m => m.Required.Text == "Жұмыс жоспарын бекіту");
        // The head's mediation function and the specialist's differ in one word («іздеушілерді» / «берушілерді»):
        // near-identical wording, so it is held, with the closest item named.
        var lf = gap.Of(ItemKind.LaborFunction);
        var mediation = Assert.Single(lf.Have.Concat(lf.Partial), m => m.Required.Text.Contains("делдалдығын"));
        Assert.NotEqual(mediation.Required.Id, mediation.Closest!.Id);
        Assert.InRange(mediation.Similarity, 0.5, 0.99);
        Assert.Contains(lf.Missing, m => m.Required.Text == "Қызметті стратегиялық басқару");
        Assert.Equal(Standards.Model.Language.Kk, gap.Language);
    }

    [Fact]
    public void Gap_to_a_node_without_a_card_says_requirements_are_unknown()
    {
        var external = G.IndexOf(G.Resolution.Rows.Single(r => r.Source.StartsWith("kk_employment") && r.Lines.First == 648).TargetId!);
        var gap = SkillGap.Compute(G, Employment(1), external);
        Assert.All(gap.Kinds, k => Assert.Equal(0, k.Total));
        Assert.Contains("no card", gap.Note);
    }

    [Fact]
    public void Overlap_is_directional_and_explained_item_by_item()
    {
        var specialist = Employment(3);
        var head = Employment(1);
        var r = SkillOverlap.Compare(G, specialist, head);
        Assert.InRange(r.AToB.Score, 0.01, 0.99);
        Assert.NotEqual(r.AToB.Score, r.BToA.Score);
        Assert.Contains(r.Shared, m => m.Required.Text.StartsWith("Бақылау нәтижелерін"));
        Assert.Equal((r.AToB.Score + r.BToA.Score) / 2, r.Score);
        var skills = r.AToB.Kinds.Single(k => k.Kind == ItemKind.Skill);
        Assert.Equal(3, skills.Required); // the head's three skills in the fixture
    }

    [Fact]
    public void Identical_requirements_score_one()
    {
        // The specialist at levels 4 and 5 has identical fixture requirements.
        Assert.Equal(1.0, SkillOverlap.Transfer(G, Employment(3), Employment(4)).Score, 9);
    }

    [Fact]
    public void Matrix_covers_a_standard_in_card_order()
    {
        var m = SkillOverlap.Matrix(G, "N78100_2025");
        Assert.Equal(6, m.Ids.Count);
        Assert.All(Enumerable.Range(0, 6), i => Assert.Equal(1.0, m.Scores[i][i]));
        Assert.Equal(SkillOverlap.Transfer(G, Employment(3), Employment(1)).Score, m.Scores[2][0], 9);
    }

    [Fact]
    public void Inferred_overlap_edges_carry_their_score_and_reach_the_threshold()
    {
        var edges = G.Edges.Where(e => e.Kind == EdgeKind.SkillOverlap).ToArray();
        Assert.NotEmpty(edges);
        Assert.All(edges, e =>
        {
            Assert.True(e.Inferred);
            Assert.True(e.Confidence >= Inference.OverlapWeights.Default.Threshold);
            Assert.Equal(Math.Round(SkillOverlap.Transfer(G, e.From, e.To).Score, 3), e.Confidence);
        });
    }
}
