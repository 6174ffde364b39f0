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
}
