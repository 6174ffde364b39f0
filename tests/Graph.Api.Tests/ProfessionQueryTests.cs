using System.Text.Json;

namespace CareerGraph.Api.Tests;

public sealed class ProfessionQueryTests(ApiFixture api)
{
    [Fact]
    public async Task Kazakh_and_Russian_cards_of_a_standard_are_one_profession_each()
    {
        // The guide's four standards (its §0): reference-info 10 + MICE 4 + employment 17 + insurance 3 = 34
        // professions, not the 47 cards printed. (seeds/register adds the real register's standards beside them.)
        var nodes = new List<JsonElement>();
        foreach (var standard in new[] { "order-394_2025", "N79120004_2022", "N78100_2025", "K65112007_2024" })
        {
            var data = await api.Data("query($s: ID) { professions(standard: $s, first: 100) { totalCount nodes { id titleKk titleRu sources { language } } } }", new { s = standard });
            nodes.AddRange(data.GetProperty("professions").GetProperty("nodes").EnumerateArray());
        }
        Assert.Equal(34, nodes.Count);
        var bilingual = nodes.Where(n => n.GetProperty("sources").GetArrayLength() == 2).ToArray();
        Assert.Equal(13, bilingual.Length); // reference-info 10 + insurance 3 have both editions
        Assert.All(bilingual, n => Assert.NotEqual(JsonValueKind.Null, n.GetProperty("titleRu").ValueKind));
    }

    [Fact]
    public async Task Title_falls_back_to_the_other_language()
    {
        // Employment is published in Kazakh only: asking for Russian gives the Kazakh title (kk_employment L193).
        var data = await api.Data("""{ profession(id: "N78100_2025/1") { ru: title(lang: RU) kk: title(lang: KK) titleRu } }""");
        var p = data.GetProperty("profession");
        Assert.Equal("Жұмыспен қамту қызметінің басшысы", p.GetProperty("ru").GetString());
        Assert.Equal(p.GetProperty("kk").GetString(), p.GetProperty("ru").GetString());
        Assert.Equal(JsonValueKind.Null, p.GetProperty("titleRu").ValueKind);

        // A list asked for in Russian answers in Russian where a Russian card exists (ru reference-info L154 «Оператор Call-центра»).
        var list = await api.Data("""{ professions(search: "Call-орталық қызметкері", level: 3, lang: RU) { nodes { title } } }""");
        Assert.Equal("Оператор Call-центра", list.GetProperty("professions").GetProperty("nodes")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Search_matches_lookalikes_and_both_languages()
    {
        // «колл-центра», all Cyrillic, finds the cards printed with Latin «Call» (ru reference-info L154 «Оператор
        // Call-центра», levels 3 and 4) — and the kk titles of the same professions.
        const string search = "оператор колл-центра";
        Assert.All(search, c => Assert.False(char.IsAsciiLetter(c), $"«{c}» in the search is Latin"));
        var data = await api.Data("query($s: String) { professions(search: $s, first: 10) { totalCount nodes { level titleRu titleKk } } }", new { s = search });
        var nodes = data.GetProperty("professions").GetProperty("nodes").EnumerateArray().ToArray();
        Assert.Equal([3, 4], nodes.Select(n => n.GetProperty("level").GetInt32()).Order());
        Assert.All(nodes, n => Assert.Contains("Call", n.GetProperty("titleRu").GetString()));
        Assert.All(nodes, n => Assert.NotNull(n.GetProperty("titleKk").GetString()));
    }

    [Fact]
    public async Task Pages_follow_cursors_without_gaps_or_repeats()
    {
        const string q = "query($after: String) { professions(first: 10, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id } } } }";
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var c = (await api.Data(q, new { after })).GetProperty("professions");
            seen.AddRange(c.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = c.GetProperty("pageInfo");
            Assert.Equal(pages > 0, info.GetProperty("hasPreviousPage").GetBoolean());
            pages++;
            if (!info.GetProperty("hasNextPage").GetBoolean()) break;
            after = info.GetProperty("endCursor").GetString();
        }
        var total = (await api.Data("{ professions { totalCount } }")).GetProperty("professions").GetProperty("totalCount").GetInt32();
        Assert.Equal((total + 9) / 10, pages);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
    }

    [Theory]
    [InlineData("{ professions(first: 0) { totalCount } }", "first must be between 1 and 100")]
    [InlineData("{ professions(first: 101) { totalCount } }", "first must be between 1 and 100")]
    [InlineData("""{ professions(after: "bm90LWEtY3Vyc29y") { totalCount } }""", "is not a cursor of this list")]
    public async Task Bad_page_arguments_are_GraphQL_errors(string query, string message)
    {
        var response = await api.Post(query);
        var error = response.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal("professions", error.GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task A_title_at_two_levels_is_ambiguous_and_lists_the_candidates()
    {
        // «Оператор Call-центра» heads ru ¶8 (level 3, L154) and ¶10 (level 4, L808).
        var response = await api.Post("""
            { nextSteps(from: { title: "Оператор Call-центра" }) { to { id } } }
            """);
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").ValueKind);
        var error = response.GetProperty("errors")[0];
        var candidates = error.GetProperty("extensions").GetProperty("candidates").EnumerateArray().ToArray();
        Assert.Equal([3, 4], candidates.Select(c => c.GetProperty("level").GetInt32()));
        Assert.Contains("order-394_2025/1", error.GetProperty("message").GetString());
        Assert.Equal("from", error.GetProperty("extensions").GetProperty("argument").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(13, error.GetProperty("locations")[0].GetProperty("column").GetInt32()); // the `from:` argument
    }

    [Fact]
    public async Task An_unknown_title_suggests_near_names()
    {
        // «Call-орталығының оператор» is now a unique prefix of ¶10 «Call-орталығының операторы» (ForgivingApiTests);
        // a word the card does not have still fails, with the near names offered.
        var response = await api.Post("""{ nextSteps(from: { title: "Call-орталығының инженері" }) { to { id } } }""");
        var error = response.GetProperty("errors")[0];
        Assert.Contains("no profession is named", error.GetProperty("message").GetString());
        var ids = error.GetProperty("extensions").GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("id").GetString());
        Assert.Contains("order-394_2025/2", ids);
    }

    [Fact]
    public async Task Next_steps_are_ranked_and_say_their_direction()
    {
        // kk reference-info ¶13 «Әкімші» (level 5) links to four cards (L4299–4320): one at level 4, three at level 6.
        var data = await api.Data("""
            { nextSteps(from: { title: "Әкімші", level: 5 }, first: 20, inferred: false) { to { id level } kind direction transferability } }
            """);
        var steps = data.GetProperty("nextSteps").EnumerateArray().ToArray();
        Assert.Equal(4, steps.Length);
        Assert.Equal(3, steps.Count(s => s.GetProperty("direction").GetString() == "PROMOTION"));
        Assert.Equal(1, steps.Count(s => s.GetProperty("direction").GetString() == "STEP_DOWN"));
        var scores = steps.Select(s => s.GetProperty("transferability").GetDouble()).ToArray();
        Assert.Equal(scores.OrderDescending(), scores);
    }
}
