using CareerGraph.Careers.Building;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using CareerGraph.Standards.Extraction;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>The real seeds, parsed and built into the career graph, loaded through the writer into <see cref="LoadEmulator"/>.</summary>
public sealed class SeedLoadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_row_of_the_seed_graph_lands_and_references_only_loaded_nodes()
    {
        var extraction = StandardsExtractor.Extract([RepositoryRoot.Combine("seeds")]);
        Assert.Empty(extraction.Errors);
        var rows = CareerGraphRows.From(CareerGraphBuilder.Build(extraction.Documents));
        var emulator = new LoadEmulator();
        await using var server = await FakeQueryApi.StartAsync(emulator.Answer);
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions { Uri = server.Uri, Password = "pw" });

        var result = await new Neo4jGraphWriter(client, batchSize: 500).WriteAsync(rows, Ct);

        // 34 professions after the kk/ru merge (guide §0, as in Graph.Careers' seed tests).
        Assert.Equal(34, result.RowsWritten[CypherFiles.Load.Professions]);
        Assert.Equal(rows.Professions.Count, result.RowsWritten[CypherFiles.Load.InStandard]);
        Assert.Equal(rows.Professions.Count, result.RowsWritten[CypherFiles.Load.AtLevel]);
        Assert.Equal(rows.Skills.Sum(s => s.ProfessionIds.Count), result.RowsWritten[CypherFiles.Load.RequiresSkill]);
        Assert.Equal(rows.CareerEdges.Count,
            new[] { CypherFiles.Load.PrintedLink, CypherFiles.Load.LevelLadder, CypherFiles.Load.SameOccupation, CypherFiles.Load.SkillOverlap }
                .Sum(f => result.RowsWritten.GetValueOrDefault(f)));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"seed graph: {string.Join(", ", result.RowsWritten.Select(p => $"{p.Key}={p.Value}"))}; {emulator.LoadRequests} load requests");
    }
}
