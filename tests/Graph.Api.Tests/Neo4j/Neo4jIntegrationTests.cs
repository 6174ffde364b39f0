using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGraph.Api.Tests.Neo4j;

/// <summary>
/// Against a real Neo4j (≥ 5.25 or Aura), only when NEO4J_URI is set (with NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE); otherwise reported as skipped. Loads the seeds as the loader does, then asks the API in neo4j
/// mode. See docs/neo4j.md.
/// </summary>
public sealed class Neo4jIntegrationTests(ApiFixture embedded)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jOptions RealNeo4j()
    {
        Assert.SkipWhen(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")),
            "NEO4J_URI is not set: no Neo4j to test against (see docs/neo4j.md, 'Integration tests')");
        return Neo4jOptions.FromEnvironment();
    }

    private static async Task LoadSeedsAsync(Neo4jOptions options)
    {
        using var store = new Neo4jGraphStore(options);
        await store.SaveAsync(FakeNeo4jGraph.Seeds.Value, null, Ct);
    }

    [Theory]
    [MemberData(nameof(Neo4jModeTests.CareerPathQueries), MemberType = typeof(Neo4jModeTests))]
    public async Task The_career_path_cases_answer_the_same_in_neo4j_mode_as_embedded(string query)
    {
        var options = RealNeo4j();
        await LoadSeedsAsync(options);
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Graph:Store", "neo4j")
            .UseSetting("RateLimiting:PermitsPerMinute", "0"));

        var actual = await ApiFixture.Post(api.CreateClient(), query);

        Assert.Equal((await embedded.Post(query)).ToString(), actual.ToString());
    }

    [Fact]
    public async Task A_research_query_from_cypher_explore_returns_rows()
    {
        var options = RealNeo4j();
        await LoadSeedsAsync(options);
        using var http = new HttpClient();
        var client = new Neo4jQueryClient(http, options);

        var result = await client.RunAsync(CypherCatalogue.Embedded.Statement("explore/professions-by-level.cypher"), Ct);

        Assert.NotEmpty(result.Rows);
        // Every profession of the seeds, both employment-assistance editions included.
        var professions = (await embedded.Data("{ professions(first: 1, editions: ALL) { totalCount } }")).GetProperty("professions").GetProperty("totalCount").GetInt32();
        Assert.Equal(professions, result.Rows.Sum(r => r.Get<int>("professions")));
    }

    [Fact]
    public async Task Editions_and_repeals_are_stored_read_back_and_served_as_embedded()
    {
        var options = RealNeo4j();
        await LoadSeedsAsync(options);
        using var http = new HttpClient();
        var client = new Neo4jQueryClient(http, options);
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("Graph:Store", "neo4j")
            .UseSetting("RateLimiting:PermitsPerMinute", "0"));
        const string standards = """
            { standards { id latest replaces { id } replacedBy { id } replacements { standard { id } evidence document line }
              relations { kind order date document line } } }
            """;

        var rows = (await client.RunAsync(CypherCatalogue.Embedded.Statement("explore/editions-and-repeals.cypher"), Ct)).Rows;
        var actual = await ApiFixture.Post(api.CreateClient(), standards);

        // Act 137841 (2019): replaced by the 2025 edition and repealed by order № 228 of 28.06.2024 (its meta.yaml),
        // an order whose own text is not loaded.
        var repealed = Assert.Single(rows, r => r.Get<string?>("repealedByOrder") == "228");
        Assert.Equal("2024-06-28", repealed.Get<string>("repealedOn"));
        Assert.NotNull(repealed.Get<string?>("replacedBy"));
        Assert.StartsWith("same title", repealed.Get<string>("evidence"));
        Assert.Null(repealed.Get<string?>("repealingStandardLoaded"));
        Assert.Equal((await embedded.Post(standards)).ToString(), actual.ToString());
    }
}
