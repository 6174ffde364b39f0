using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Careers.Selection;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

public sealed class PathTests
{
    private static ProfessionGraph G => TestGraphs.Guide;

    private static int Select(string title, int level)
    {
        var s = ProfessionSelector.Select(G, title, level);
        Assert.True(s.Found, s.Error);
        return s.Index;
    }

    [Fact]
    public void Call_centre_employee_to_level_7_head_takes_five_printed_steps()
    {
        // Guide §5: 3 → operator (4) → administrator (5) → a level-6 card → head (6) → head (7).
        var from = Select("Call-орталық қызметкері", 3);
        var to = Select("Call-орталықтың басшысы (басқарушысы)", 7);
        var paths = CareerPaths.Find(G, from, to, new PathQuery(K: 5, MaxSteps: 8, Inferred: false));
        Assert.NotEmpty(paths);
        var best = paths[0];
        Assert.Equal(5, best.Length);
        Assert.All(best.Steps, s => Assert.True(s.Kind is EdgeKind.PrintedLink or EdgeKind.LevelLadder));
        Assert.All(best.Steps, s => Assert.False(s.Inferred));
        var ids = best.NodeIds;
        // Every 5-step path has confidence 1, so the tie goes to fewer new skills: any level-4 card that links to
        // the administrator may come first; the operator route (guide §5) is one of the nine 5-step paths.
        Assert.Equal(4, G.Nodes[G.IndexOf(ids[1])].Level);
        var nine = CareerPaths.Find(G, from, to, new PathQuery(K: 9, Inferred: false, IncludeSkillGaps: false));
        Assert.All(nine, p => Assert.Equal(5, p.Length));
        Assert.Contains(nine, p => p.NodeIds[1] == G.IdOfCard("kk_reference-information-services_2025/2"));
        Assert.Equal(paths.Select(p => p.NewSkills).Order(), paths.Select(p => p.NewSkills));
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/5"), ids[2]);
        Assert.Equal(6, G.Nodes[G.IndexOf(ids[3])].Level);
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/6"), ids[4]);
        Assert.Equal(4, best.LevelGain);
        Assert.All(paths, p => Assert.True(p.Length >= 5));
        Assert.Empty(CareerPaths.Find(G, from, to, new PathQuery(K: 1, MaxSteps: 4, Inferred: false)));
    }

    [Fact]
    public void Russian_titles_select_the_same_professions_and_path()
    {
        var from = Select("Оператор Call-центра", 3);
        var to = Select("Руководитель (управляющий) Call-центра", 7);
        Assert.Equal(Select("Call-орталық қызметкері", 3), from);
        var best = CareerPaths.Find(G, from, to, new PathQuery(K: 1, Inferred: false))[0];
        Assert.Equal(5, best.Length);
    }

    [Fact]
    public void Paths_come_best_first_distinct_and_loopless()
    {
        var from = Select("Call-орталық қызметкері", 3);
        var to = Select("Call-орталықтың басшысы (басқарушысы)", 7);
        var paths = CareerPaths.Find(G, from, to, new PathQuery(K: 5, Inferred: false));
        Assert.Equal(5, paths.Count);
        Assert.Equal(paths.Count, paths.Select(p => string.Join(">", p.NodeIds)).Distinct().Count());
        Assert.All(paths, p => Assert.Equal(p.NodeIds.Count, p.NodeIds.Distinct().Count()));
        Assert.Equal(paths.Select(p => p.Length).Order(), paths.Select(p => p.Length));
    }

    [Fact]
    public void Employment_specialist_reaches_the_head_only_through_inferred_edges()
    {
        var from = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4);
        var to = Select("Жұмыспен қамту қызметінің басшысы", 6);
        Assert.Empty(CareerPaths.Find(G, from, to, new PathQuery(K: 3, Inferred: false)));
        var paths = CareerPaths.Find(G, from, to, new PathQuery(K: 3, Inferred: true));
        Assert.NotEmpty(paths);
        Assert.Contains(paths[0].Steps, s => s.Inferred && s.Kind is EdgeKind.SkillOverlap or EdgeKind.SameOccupation);
        Assert.All(paths[0].Steps.Where(s => s.Inferred), s => Assert.StartsWith("skill overlap", s.Evidence));
        Assert.All(paths[0].Steps, s => Assert.NotNull(s.Gap));
    }

    [Fact]
    public void Learning_mode_minimises_new_skills()
    {
        var from = Select("Call-орталық қызметкері", 3);
        var to = Select("Call-орталықтың басшысы (басқарушысы)", 7);
        var steps = CareerPaths.Find(G, from, to, new PathQuery(K: 5, Inferred: true));
        var learning = CareerPaths.Find(G, from, to, new PathQuery(K: 5, Inferred: true, Optimize: PathOptimization.Learning));
        Assert.True(learning[0].NewSkills <= steps.Min(p => p.NewSkills));
        Assert.Equal(learning.Select(p => p.NewSkills).Order(), learning.Select(p => p.NewSkills));
    }

    [Fact]
    public void A_steps_new_skills_are_its_gaps_missing_skills()
    {
        var from = Select("Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4);
        var to = Select("Жұмыспен қамту қызметінің басшысы", 6);
        var steps = CareerPaths.Find(G, from, to, new PathQuery(K: 3)).SelectMany(p => p.Steps).ToArray();
        Assert.NotEmpty(steps);
        Assert.All(steps, s => Assert.Equal(s.Gap!.MissingSkills, s.NewSkills));
        Assert.Contains(steps, s => s.NewSkills > 0);
    }

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Yen_matches_brute_force_on_random_graphs(int seed)
    {
        var (g, n) = RandomGraph(seed);
        for (var from = 0; from < 4; from++)
            for (var to = n - 3; to < n; to++)
            {
                var expected = AllPaths(g, from, to, maxSteps: 5)
                    .Select(p => (Steps: p.Count - 1, Slack: p.Zip(p.Skip(1)).Sum(e => 1 - Conf(g, e.First, e.Second))))
                    .OrderBy(c => c.Steps).ThenBy(c => c.Slack).Take(4).ToArray();
                var actual = CareerPaths.Find(g, from, to, new PathQuery(K: 4, MaxSteps: 5, IncludeSkillGaps: false));
                Assert.Equal(expected.Length, actual.Count);
                for (var i = 0; i < expected.Length; i++)
                {
                    Assert.Equal(expected[i].Steps, actual[i].Length);
                    Assert.Equal(expected[i].Slack, actual[i].Steps.Sum(s => 1 - s.Confidence), 9);
                }
            }
    }

    [Fact]
    public void Next_steps_are_ranked_and_classified_by_level()
    {
        var from = Select("Әкімші", 5);
        var next = NextSteps.Rank(G, from, 10, inferred: false);
        Assert.Equal(4, next.Count); // kk reference-info ¶13 prints 4 rows (L4299–4320)
        Assert.Equal(next.Select(n => n.Transferability).OrderDescending(), next.Select(n => n.Transferability));
        Assert.All(next, n => Assert.Equal(n.LevelDelta > 0 ? MoveKind.Promotion : n.LevelDelta == 0 ? MoveKind.Lateral : MoveKind.StepDown, n.Move));
        Assert.Single(next, n => n.Move == MoveKind.StepDown);
        Assert.Equal(2, NextSteps.Rank(G, from, 2, inferred: false).Count);
    }

    private static double Conf(ProfessionGraph g, int a, int b) =>
        g.Edges.Where(e => e.From == a && e.To == b).Max(e => e.Confidence);

    private static IEnumerable<List<int>> AllPaths(ProfessionGraph g, int from, int to, int maxSteps)
    {
        var path = new List<int> { from };
        foreach (var p in Walk()) yield return p;

        IEnumerable<List<int>> Walk()
        {
            var last = path[^1];
            if (last == to) { yield return [.. path]; yield break; }
            if (path.Count > maxSteps) yield break;
            foreach (var next in g.Edges.Where(e => e.From == last).Select(e => e.To).Distinct())
            {
                if (path.Contains(next)) continue;
                path.Add(next);
                foreach (var p in Walk()) yield return p;
                path.RemoveAt(path.Count - 1);
            }
        }
    }

    /// <summary>A random graph of 14 professions without requirements, so only steps and confidence rank paths.</summary>
    private static (ProfessionGraph, int) RandomGraph(int seed)
    {
        var rng = new Random(seed);
        const int n = 14;
        var nodes = Enumerable.Range(0, n).Select(i => (CareerNode)new Profession($"p{i}", $"P{i}", null, 1 + i % 8, null, null, "s", [], [])).ToArray();
        var edges = new List<CareerEdge>();
        for (var a = 0; a < n; a++)
            for (var b = 0; b < n; b++)
                if (a != b && rng.NextDouble() < 0.25)
                    edges.Add(new CareerEdge(a, b, EdgeKind.PrintedLink, Math.Round(rng.NextDouble(), 2), false, "test"));
        var g = ProfessionGraph.Create([], nodes, [], nodes.Select(_ => RequirementProfile.Empty).ToArray(), edges);
        return (g, n);
    }
}
