using System.Text.Json;

namespace CareerGraph.Api.Tests;

/// <summary>
/// The seeds hold two editions of the employment-assistance standard: act 137841 (seeds/register/…/2019/1231-…-137841,
/// approved 31.12.2019 per its meta.yaml, repealed by order № 228 of 28.06.2024) and kk_employment-assistance_2025.txt
/// (order № 296 of 29.09.2025, L2).
/// </summary>
public sealed class EditionQueryTests(ApiFixture api)
{
    private const string Standards = """
        { standards { id titleKk approvedOn latest repealed replaces { id } replacedBy { id approvedOn }
          replacements { standard { id titleKk } evidence document line }
          relations { kind order date document line } professions(first: 100) { totalCount } } }
        """;

    private async Task<(JsonElement Old, JsonElement Current)> Employment()
    {
        var all = (await api.Data(Standards)).GetProperty("standards").EnumerateArray()
            .Where(s => s.GetProperty("titleKk").GetString()?.StartsWith("Жұмыспен қамтуға жәрдемдесу", StringComparison.Ordinal) == true)
            .OrderBy(s => s.GetProperty("approvedOn").GetString(), StringComparer.Ordinal).ToArray();
        Assert.Equal(2, all.Length);
        return (all[0], all[1]);
    }

    [Fact]
    public async Task Both_editions_are_served_with_their_dates_and_the_replacement()
    {
        var (old, current) = await Employment();
        Assert.Equal("2019-12-31", old.GetProperty("approvedOn").GetString());
        Assert.Equal("2025-09-29", current.GetProperty("approvedOn").GetString());
        Assert.False(old.GetProperty("latest").GetBoolean());
        Assert.True(current.GetProperty("latest").GetBoolean());
        Assert.Equal(current.GetProperty("id").GetString(), Assert.Single(old.GetProperty("replacedBy").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(old.GetProperty("id").GetString(), Assert.Single(current.GetProperty("replaces").EnumerateArray()).GetProperty("id").GetString());
        // Why: the same Kazakh title once 137841's scope note «(жұмыспен қамту орталығы)» is set aside (kaz.md L1, kk 2025 L1);
        // a title is no single printed line, so no document or line is cited.
        var replacement = Assert.Single(current.GetProperty("replacements").EnumerateArray());
        Assert.Equal(old.GetProperty("id").GetString(), replacement.GetProperty("standard").GetProperty("id").GetString());
        Assert.Equal($"same title «{replacement.GetProperty("standard").GetProperty("titleKk").GetString()}» and «{current.GetProperty("titleKk").GetString()}» once a scope note in parentheses is set aside",
            replacement.GetProperty("evidence").GetString());
        Assert.Equal(JsonValueKind.Null, replacement.GetProperty("document").ValueKind);
        Assert.Empty(old.GetProperty("replacements").EnumerateArray());
        var repeal = Assert.Single(old.GetProperty("relations").EnumerateArray());
        Assert.Equal(("REPEALED_BY", "228", "2024-06-28"), (repeal.GetProperty("kind").GetString(), repeal.GetProperty("order").GetString(), repeal.GetProperty("date").GetString()));
        Assert.True(old.GetProperty("repealed").GetBoolean());
    }

    [Fact]
    public async Task Professions_list_only_the_newest_edition_unless_all_are_asked_for()
    {
        var (old, _) = await Employment();
        var oldId = old.GetProperty("id").GetString();
        var oldCount = old.GetProperty("professions").GetProperty("totalCount").GetInt32();
        Assert.True(oldCount > 0);
        var data = await api.Data("""
            { latest: professions(first: 100) { totalCount nodes { standard { id } } }
              all: professions(first: 100, editions: ALL) { totalCount nodes { standard { id } } } }
            """);
        int Count(string alias) => data.GetProperty(alias).GetProperty("totalCount").GetInt32();
        Assert.Equal(Count("latest") + oldCount, Count("all"));
        Assert.DoesNotContain(data.GetProperty("latest").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("standard").GetProperty("id").GetString() == oldId);
    }
    [Fact]
    public async Task Feeders_come_from_the_newest_edition_only_unless_all_are_asked_for()
    {
        var (old, current) = await Employment();
        var oldId = old.GetProperty("id").GetString();
        var targets = (await api.Data("query($id: ID!) { standard(id: $id) { professions(first: 100) { nodes { id } } } }",
                new { id = current.GetProperty("id").GetString() }))
            .GetProperty("standard").GetProperty("professions").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("id").GetString()!).ToArray();
        Assert.NotEmpty(targets);

        var fromOldEdition = 0;
        foreach (var target in targets)
        {
            var data = await api.Data("""
                query($to: ID!) {
                  latest: feeders(to: {id: $to}, first: 100) { from { id standard { id } } }
                  all: feeders(to: {id: $to}, first: 100, editions: ALL) { from { id standard { id } } } }
                """, new { to = target });
            (string Id, string? Standard)[] Sources(string alias) => data.GetProperty(alias).EnumerateArray()
                .Select(s => s.GetProperty("from")).Select(f => (f.GetProperty("id").GetString()!, f.GetProperty("standard").GetProperty("id").GetString()))
                .ToArray();
            var (latest, all) = (Sources("latest"), Sources("all"));
            Assert.DoesNotContain(latest, s => s.Standard == oldId);
            // ALL is LATEST plus the old edition's sources, in the same ranking.
            Assert.Equal(latest, all.Where(s => s.Standard != oldId));
            fromOldEdition += all.Count(s => s.Standard == oldId);
        }
        // The 2019 cards overlap their 2025 successors, so some move into the new edition starts in the old one.
        Assert.True(fromOldEdition > 0, "no feeder of the 2025 edition comes from act 137841 even with editions: ALL");
    }
}
