using System.Text.Json;

namespace CareerGraph.Api.Tests;

/// <summary>Issue 10's API side: forgiving selectors, structured evidence, feeders and counsellor groups.</summary>
public sealed class ForgivingApiTests(ApiFixture api)
{
    private const string Route = """
        query($from: ProfessionSelector!, $to: ProfessionSelector!, $lang: Lang) {
          careerPaths(from: $from, to: $to, inferred: false, first: 1, lang: $lang) {
            steps { from { id title level } to { id title level } kind group
                    evidenceItems { kind standard { id } card document language line quote printedLevel code score } }
          }
        }
        """;

    [Fact]
    public async Task A_title_without_its_bracketed_part_selects_the_one_level_7_head()
    {
        // kk reference-info ¶18 «Call-орталықтың басшысы (басқарушысы)» is the only level-7 card of that name (issue 10).
        var data = await api.Data(Route, new
        {
            from = new { title = "Call-орталық қызметкері", level = 3 },
            to = new { title = "Call-орталықтың басшысы", level = 7 },
        });
        var steps = data.GetProperty("careerPaths")[0].GetProperty("steps");
        var last = steps[steps.GetArrayLength() - 1].GetProperty("to");
        Assert.Equal(7, last.GetProperty("level").GetInt32());
        Assert.Equal("Call-орталықтың басшысы (басқарушысы)", last.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_word_subset_selects_the_one_level_3_operator_and_answers_in_Russian()
    {
        var data = await api.Data(Route, new
        {
            from = new { title = "оператор call", level = 3 },
            to = new { title = "Руководитель (управляющий) Call-центра", level = 7 },
            lang = "RU",
        });
        var first = data.GetProperty("careerPaths")[0].GetProperty("steps")[0].GetProperty("from");
        Assert.Equal("Оператор Call-центра", first.GetProperty("title").GetString());
        Assert.Equal(3, first.GetProperty("level").GetInt32());
    }

    [Fact]
    public async Task A_typo_is_forgiven_when_one_profession_matches()
    {
        var data = await api.Data("""{ nextSteps(from: {title: "Оператр Call-центра", level: 3}, first: 1, lang: RU) { from { title } } }""");
        Assert.Equal("Оператор Call-центра", data.GetProperty("nextSteps")[0].GetProperty("from").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_ambiguous_title_lists_the_candidates_in_the_requested_language()
    {
        // «оператор call» without a level matches the operators at levels 3 and 4 (ru ¶8, ¶10).
        var response = await api.Post("""{ nextSteps(from: {title: "оператор call"}, lang: RU) { kind } }""");
        var error = response.GetProperty("errors")[0];
        Assert.Contains("give a level", error.GetProperty("message").GetString());
        var candidates = error.GetProperty("extensions").GetProperty("candidates").EnumerateArray().ToArray();
        Assert.True(candidates.Length >= 2);
        Assert.All(candidates, c =>
        {
            Assert.Matches("^[^әғқңөұүһі]*$", c.GetProperty("title").GetString()!.ToLowerInvariant());
            Assert.False(string.IsNullOrEmpty(c.GetProperty("standard").GetString()));
        });
        Assert.Contains(candidates, c => c.GetProperty("title").GetString() == "Оператор Call-центра" && c.GetProperty("level").GetInt32() == 3);
    }

    [Fact]
    public async Task Printed_steps_cite_their_row_as_structured_evidence_in_the_chosen_language()
    {
        foreach (var lang in new[] { "KK", "RU" })
        {
            var data = await api.Data(Route, new
            {
                from = new { title = "Оператор Call-центра", level = 3 },
                to = new { title = "Руководитель (управляющий) Call-центра", level = 7 },
                lang,
            });
            var steps = data.GetProperty("careerPaths")[0].GetProperty("steps").EnumerateArray().ToArray();
            var printed = steps.First(s => s.GetProperty("kind").GetString() == "PRINTED_LINK");
            var items = printed.GetProperty("evidenceItems").EnumerateArray().ToArray();
            Assert.NotEmpty(items);
            Assert.All(items, e =>
            {
                Assert.Equal(lang, e.GetProperty("language").GetString());
                Assert.StartsWith(lang.ToLowerInvariant() + "_", e.GetProperty("document").GetString());
                Assert.True(e.GetProperty("line").GetInt32() > 0);
                Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("quote").GetString()));
                Assert.Equal(printed.GetProperty("to").GetProperty("level").GetInt32(), e.GetProperty("printedLevel").GetInt32());
                Assert.Equal(JsonValueKind.String, e.GetProperty("standard").GetProperty("id").ValueKind);
            });
            var ladder = steps.FirstOrDefault(s => s.GetProperty("kind").GetString() == "LEVEL_LADDER");
            if (ladder.ValueKind == JsonValueKind.Object)
                Assert.All(ladder.GetProperty("evidenceItems").EnumerateArray(), e =>
                    Assert.Equal(ladder.GetProperty("to").GetProperty("title").GetString(), e.GetProperty("quote").GetString()));
        }
    }

    [Fact]
    public async Task Feeders_mirror_next_steps()
    {
        const string q = """
            query($id: ID!) {
              nextSteps(from: {id: $id}, first: 100, inferred: true) { from { id } to { id } group direction }
              feeders(to: {id: $id}, first: 100, inferred: true) { from { id } to { id } group direction }
            }
            """;
        var id = (await api.Data("""{ professions(search: "Call-орталық қызметкері", level: 3, first: 1) { nodes { id } } }"""))
            .GetProperty("professions").GetProperty("nodes")[0].GetProperty("id").GetString()!;
        var start = await api.Data(q, new { id });
        var next = start.GetProperty("nextSteps").EnumerateArray().ToArray();
        Assert.NotEmpty(next);
        // Every next step of A has A among the feeders of its destination, with the same group.
        foreach (var step in next.Where(s => !s.GetProperty("to").GetProperty("id").GetString()!.StartsWith("external", StringComparison.Ordinal)).Take(3))
        {
            var to = step.GetProperty("to").GetProperty("id").GetString()!;
            var back = (await api.Data(q, new { id = to })).GetProperty("feeders").EnumerateArray().ToArray();
            Assert.All(back, f => Assert.Equal(to, f.GetProperty("to").GetProperty("id").GetString()));
            var mirror = Assert.Single(back, f => f.GetProperty("from").GetProperty("id").GetString() == id);
            Assert.Equal(step.GetProperty("group").GetString(), mirror.GetProperty("group").GetString());
        }
        var groups = next.Select(s => (s.GetProperty("direction").GetString(), s.GetProperty("group").GetString())).ToArray();
        Assert.All(groups, g => Assert.Equal(g.Item1 == "PROMOTION", g.Item2!.StartsWith("PROMOTION", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Search_forgives_a_typo()
    {
        var data = await api.Data("""{ professions(search: "оператр call", lang: RU, first: 5) { nodes { title level } } }""");
        Assert.Contains(data.GetProperty("professions").GetProperty("nodes").EnumerateArray(),
            n => n.GetProperty("title").GetString() == "Оператор Call-центра");
    }

    [Fact]
    public async Task A_gap_asked_in_Russian_is_compared_in_Russian_when_both_cards_have_it()
    {
        // ru reference-info ¶8 «Оператор Call-центра» (3) → «Аналитик службы поддержки»: both have kk and ru cards.
        const string q = """
            query($lang: Lang) {
              careerPaths(from: {title: "Оператор Call-центра", level: 3}, to: {title: "Аналитик службы поддержки"}, first: 1, lang: $lang) {
                steps { gap { language missing { text } } }
              }
            }
            """;
        foreach (var lang in new[] { "KK", "RU" })
        {
            var gap = (await api.Data(q, new { lang })).GetProperty("careerPaths")[0].GetProperty("steps")[0].GetProperty("gap");
            Assert.Equal(lang, gap.GetProperty("language").GetString());
            var kazakhOnly = gap.GetProperty("missing").EnumerateArray().Count(i => i.GetProperty("text").GetString()!.IndexOfAny("әғқңөұүһі".ToCharArray()) >= 0);
            if (lang == "RU") Assert.Equal(0, kazakhOnly);
            else Assert.True(kazakhOnly > 0);
        }
    }
}
