namespace CareerGraph.Loader.Tests;

using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using Xunit;

/// <summary>
/// Against a real Neo4j (≥ 5.25 or Aura), only when NEO4J_URI is set (NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE as
/// the loader reads them); otherwise reported as skipped. See docs/neo4j.md.
/// </summary>
public sealed class LoadNeo4jIntegrationTests
{
    private const string GraphCounts = "explore/graph-counts.cypher";

    [Fact]
    public async Task Loading_the_seeds_twice_leaves_one_version_with_identical_counts()
    {
        Assert.SkipWhen(string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")),
            "NEO4J_URI is not set: no Neo4j to load into (see docs/neo4j.md, 'Integration tests')");
        var ct = TestContext.Current.CancellationToken;
        using var cli = new CliHarness();
        using var http = new HttpClient();
        var client = new Neo4jQueryClient(http, Neo4jOptions.FromEnvironment());

        async Task<(long Version, string Counts)> LoadAndCount()
        {
            var (exit, _, stderr) = await Task.Run(() => cli.Run(null, ["load", .. CliHarness.GuideSeeds, "--to", "neo4j"]), ct);
            Assert.True(exit == ExitCodes.Ok, stderr);
            var rows = (await client.RunAsync(CypherCatalogue.Embedded.Statement(GraphCounts), ct)).Rows
                .Select(r => (Version: r.Get<long>("version"), What: r.Get<string>("what"), Total: r.Get<long>("total"))).ToList();
            var version = Assert.Single(rows.Select(r => r.Version).Distinct()); // the older version is gone
            return (version, string.Join(", ", rows.OrderBy(r => r.What, StringComparer.Ordinal).Select(r => $"{r.What}={r.Total}")));
        }

        var first = await LoadAndCount();
        var second = await LoadAndCount();

        Assert.True(second.Version > first.Version);
        Assert.Contains("Profession=34", first.Counts);
        Assert.Equal(first.Counts, second.Counts);
    }
}
