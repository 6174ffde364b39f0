using System.Text.Json;

namespace CareerGraph.Api.Tests;

/// <summary>The three required cases, asked through the GraphQL endpoint.</summary>
public sealed class CareerPathTests(ApiFixture api)
{
    private const string PathsQuery = """
        query($from: ProfessionSelector!, $to: ProfessionSelector!, $inferred: Boolean, $first: Int, $maxSteps: Int) {
          careerPaths(from: $from, to: $to, inferred: $inferred, first: $first, maxSteps: $maxSteps) {
            length levelGain newSkills
            steps { from { id level } to { id title level } kind inferred confidence evidence newSkills
                    gap { missingSkills missing(kind: SKILL) { text } } }
          }
        }
        """;

    private async Task<JsonElement[]> Paths(object from, object to, bool inferred, int first = 5, int maxSteps = 8) =>
        (await api.Data(PathsQuery, new { from, to, inferred, first, maxSteps })).GetProperty("careerPaths").EnumerateArray().ToArray();

    private static int[] Levels(JsonElement path) =>
        [path.GetProperty("steps")[0].GetProperty("from").GetProperty("level").GetInt32(),
         .. path.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetProperty("level").GetInt32())];

    private static string[] Ids(JsonElement path) =>
        [path.GetProperty("steps")[0].GetProperty("from").GetProperty("id").GetString()!,
         .. path.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetProperty("id").GetString()!)];

    [Fact]
    public async Task Kazakh_call_centre_employee_reaches_the_level_7_head_in_five_printed_steps()
    {
        // kk reference-info ¶9 «Call-орталық қызметкері» level 3 (L139–) → ¶18 «Call-орталықтың басшысы (басқарушысы)» level 7.
        var from = new { title = "Call-орталық қызметкері", level = 3 };
        var to = new { title = "Call-орталықтың басшысы (басқарушысы)", level = 7 };
        var paths = await Paths(from, to, inferred: false);

        Assert.NotEmpty(paths);
        var best = paths[0];
        Assert.Equal(5, best.GetProperty("length").GetInt32());
        Assert.Equal(4, best.GetProperty("levelGain").GetInt32());
        Assert.All(best.GetProperty("steps").EnumerateArray(), s =>
        {
            Assert.Contains(s.GetProperty("kind").GetString(), new[] { "PRINTED_LINK", "LEVEL_LADDER" });
            Assert.False(s.GetProperty("inferred").GetBoolean());
            Assert.Contains(".txt L", s.GetProperty("evidence").GetString());
        });
        // Levels 3 → 4 → 5 → 6 → 6 → 7: nothing links level 5 to the level-6 head directly (guide §5).
        Assert.Equal([3, 4, 5, 6, 6, 7], Levels(best));
        var titles = best.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("to").GetProperty("title").GetString()).ToArray();
        Assert.Equal("Call-орталығының операторы", titles[0]);                  // kk ¶10, level 4, the same code 4224-5-003
        Assert.Equal("Әкімші", titles[1]);                                      // kk ¶13, level 5
        Assert.Equal("Call-орталықтың басшысы (басқарушысы)", titles[3]);       // kk ¶14, level 6
        // No shorter printed path exists: with at most 4 steps there is none.
        Assert.Empty(await Paths(from, to, inferred: false, maxSteps: 4));
    }

    [Fact]
    public async Task Russian_titles_select_the_same_professions_and_paths()
    {
        var kk = await Paths(new { title = "Call-орталық қызметкері", level = 3 },
            new { title = "Call-орталықтың басшысы (басқарушысы)", level = 7 }, inferred: false);
        var ru = await Paths(new { title = "Оператор Call-центра", level = 3 },
            new { title = "Руководитель (управляющий) Call-центра", level = 7 }, inferred: false);
        Assert.Equal(kk.Select(Ids).Select(ids => string.Join(">", ids)), ru.Select(Ids).Select(ids => string.Join(">", ids)));
    }

    [Fact]
    public async Task Employment_specialist_reaches_the_head_of_service_only_through_inferred_steps()
    {
        // employment ¶11 (L1106, level 4) → ¶9 (L193, level 6): no printed path (guide §5).
        var from = new { title = "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", level = 4 };
        var to = new { title = "Жұмыспен қамту қызметінің басшысы", level = 6 };
        Assert.Empty(await Paths(from, to, inferred: false));

        var paths = await Paths(from, to, inferred: true);
        Assert.NotEmpty(paths);
        var steps = paths[0].GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(6, steps[^1].GetProperty("to").GetProperty("level").GetInt32());
        var inferredSteps = steps.Where(s => s.GetProperty("inferred").GetBoolean()).ToArray();
        Assert.NotEmpty(inferredSteps);
        Assert.All(inferredSteps, s =>
        {
            Assert.Contains(s.GetProperty("kind").GetString(), new[] { "SKILL_OVERLAP", "SAME_OCCUPATION" });
            Assert.InRange(s.GetProperty("confidence").GetDouble(), 0.0, 0.999);
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("evidence").GetString()));
        });
    }

    [Fact]
    public async Task Each_step_carries_its_skill_gap()
    {
        var paths = await Paths(new { title = "Call-орталық қызметкері", level = 3 },
            new { title = "Call-орталықтың басшысы (басқарушысы)", level = 7 }, inferred: false, first: 1);
        foreach (var step in paths[0].GetProperty("steps").EnumerateArray())
        {
            var gap = step.GetProperty("gap");
            Assert.Equal(step.GetProperty("newSkills").GetInt32(), gap.GetProperty("missingSkills").GetInt32());
        }
        Assert.Equal(paths[0].GetProperty("newSkills").GetInt32(),
            paths[0].GetProperty("steps").EnumerateArray().Sum(s => s.GetProperty("newSkills").GetInt32()));
    }

    /// <summary>
    /// The canonical cross-standard question: a labour-market analyst (employment assistance 2025, level 6, group code
    /// 2631-0 at kk_employment-assistance_2025.txt L5784–5789) becomes a call-centre head (reference information
    /// services, level 7). The route crosses standards through the shared group code: «Экономист-аналитик» prints
    /// 2631-0 too (ru_reference-information-services_2025.txt L5899–5905), then follows that standard's printed links.
    /// </summary>
    [Fact]
    public async Task A_route_crosses_from_one_standard_into_another_through_a_shared_occupation_group()
    {
        var data = await api.Data("""
            { careerPaths(from: {title: "Еңбек нарығының талдаушысы", level: 6},
                          to: {title: "Руководитель (управляющий) Call-центра", level: 7}, first: 1) {
                steps { kind from { standard { code } } to { title(lang: RU) level standard { code } } } } }
            """);
        var steps = data.GetProperty("careerPaths")[0].GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(3, steps.Length);
        Assert.Equal("SAME_OCCUPATION", steps[0].GetProperty("kind").GetString());
        Assert.Equal("N78100", steps[0].GetProperty("from").GetProperty("standard").GetProperty("code").GetString());
        Assert.Equal("Экономист-аналитик", steps[0].GetProperty("to").GetProperty("title").GetString());
        Assert.All(steps[1..], s => Assert.Equal("PRINTED_LINK", s.GetProperty("kind").GetString()));
        Assert.Equal(7, steps[^1].GetProperty("to").GetProperty("level").GetInt32());
        var standards = steps.SelectMany(s => new[] { s.GetProperty("from"), s.GetProperty("to") })
            .Select(p => p.GetProperty("standard").ToString()).Distinct().ToArray();
        Assert.Equal(2, standards.Length);
    }
}
