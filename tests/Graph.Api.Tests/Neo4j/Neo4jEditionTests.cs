using System.Text.Json;
using CareerGraph.Api.Graph;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Graph;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Tests.Neo4j;

/// <summary>
/// Editions in Neo4j mode: the API serves the REPLACES relationships and printed relations Neo4j stores
/// (read/standards.cypher), not ones worked out again from the stored texts. The seeds hold two editions of the
/// employment-assistance standard: act 137841 (2019, repealed by order № 228 of 28.06.2024 per its meta.yaml, an
/// order that is not loaded) and kk_employment-assistance_2025.txt (order № 296 of 29.09.2025).
/// </summary>
public sealed class Neo4jEditionTests(ApiFixture embedded)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Standards = """
        { standards { id approvedOn latest repealed replaces { id } replacedBy { id } relations { kind order date document line }
            replacements { standard { id } evidence document line } }
          professions(first: 1) { totalCount } }
        """;

    /// <summary>The replaced edition (137841): the one standard a later loaded edition replaces.</summary>
    private static JsonElement Replaced(JsonElement data) => Assert.Single(data.GetProperty("standards").EnumerateArray(),
        s => s.GetProperty("replacedBy").GetArrayLength() > 0);

    [Fact]
    public async Task The_editions_neo4j_stores_are_served_as_embedded_mode_serves_them()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, FakeNeo4jGraph.Seeds.Value);
        await using var api = Neo4jModeTests.Api(neo4j.Uri);
        var client = await Neo4jModeTests.Serving(api);

        var expected = await embedded.Post(Standards);
        var actual = await ApiFixture.Post(client, Standards);

        Assert.Equal(expected.ToString(), actual.ToString());
        var repeal = Assert.Single(Replaced(expected.GetProperty("data")).GetProperty("relations").EnumerateArray());
        Assert.Equal(("REPEALED_BY", "228", "meta.yaml"),
            (repeal.GetProperty("kind").GetString(), repeal.GetProperty("order").GetString(), repeal.GetProperty("document").GetString()));
        Assert.Contains(neo4j.Requests, r => r.StatementText?.Contains("AS replaces", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task What_neo4j_stores_about_editions_is_what_the_api_serves()
    {
        var seeds = FakeNeo4jGraph.Seeds.Value;
        var written = FakeNeo4jGraph.StandardsOf(seeds);
        var current = Assert.Single(written, s => s.Replaces is { Count: > 0 });
        var old = current.Replaces![0].Older;
        // As if the REPLACES relationship and 137841's REPEALED_BY had been deleted in Neo4j Browser.
        var edited = written.Select(s => s.Id == current.Id ? s with { Replaces = [] } : s.Id == old ? s with { Relations = [] } : s).ToList();
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, seeds, edited);
        await using var api = Neo4jModeTests.Api(neo4j.Uri);
        var client = await Neo4jModeTests.Serving(api);

        var data = (await ApiFixture.Post(client, Standards)).GetProperty("data");
        var all = (await embedded.Data("{ professions(first: 1, editions: ALL) { totalCount } }")).GetProperty("professions").GetProperty("totalCount").GetInt32();

        JsonElement Standard(string id) => data.GetProperty("standards").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);
        Assert.True(Standard(old).GetProperty("latest").GetBoolean());
        Assert.Empty(Standard(old).GetProperty("replacedBy").EnumerateArray());
        Assert.Empty(Standard(old).GetProperty("relations").EnumerateArray());
        Assert.Empty(Standard(current.Id).GetProperty("replaces").EnumerateArray());
        // With no edition replaced, the default list holds both editions' professions, as ALL does in embedded mode.
        Assert.Equal(all, data.GetProperty("professions").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task A_replacement_is_served_with_the_evidence_neo4j_stores()
    {
        var seeds = FakeNeo4jGraph.Seeds.Value;
        var written = FakeNeo4jGraph.StandardsOf(seeds);
        var current = Assert.Single(written, s => s.Replaces is { Count: > 0 });
        var stored = new ReplacementRow(current.Replaces![0].Older, "a curator's note: order № 228 repealed it", "notes.md", 7);
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, seeds, [.. written.Select(s => s.Id == current.Id ? s with { Replaces = [stored] } : s)]);
        await using var api = Neo4jModeTests.Api(neo4j.Uri);
        var client = await Neo4jModeTests.Serving(api);

        var data = (await ApiFixture.Post(client, "query($id: ID!) { standard(id: $id) { replacements { standard { id } evidence document line } } }",
            new { id = current.Id })).GetProperty("data");

        var served = Assert.Single(data.GetProperty("standard").GetProperty("replacements").EnumerateArray());
        Assert.Equal((stored.Older, stored.Evidence, stored.Source, 7),
            (served.GetProperty("standard").GetProperty("id").GetString(), served.GetProperty("evidence").GetString(),
             served.GetProperty("document").GetString(), served.GetProperty("line").GetInt32()));
    }

    [Fact]
    public async Task A_stored_replacement_of_a_standard_the_version_does_not_hold_is_refused_in_one_line()
    {
        var seeds = FakeNeo4jGraph.Seeds.Value;
        var written = FakeNeo4jGraph.StandardsOf(seeds);
        var current = Assert.Single(written, s => s.Replaces is { Count: > 0 });
        var edited = written.Select(s => s.Id == current.Id
            ? s with { Replaces = [new ReplacementRow("order-1_1999", "same title", null, null)] } : s).ToList();
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, seeds, edited);
        using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = neo4j.Uri, Password = "pw" });
        var source = new Neo4jGraphSource(store, "neo4j", Options.Create(new GraphOptions { StartupWaitSeconds = 600 }),
            NullLogger<Neo4jGraphSource>.Instance, TimeProvider.System);

        var error = await Assert.ThrowsAsync<GraphLoadException>(() => source.LoadAsync(Ct));

        Assert.EndsWith($"the current graph version is refused: the career graph cannot be built: standard {current.Id} is stored as replacing order-1_1999, which the documents do not give",
            error.Message);
    }
}
