using System.Text.Json;
using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>The real seeds, parsed and built into the career graph, through the Neo4j row mapping and writer.</summary>
public sealed class SeedLoadTests
{
    private static readonly Lazy<IReadOnlyList<StandardDocument>> Documents = new(() =>
    {
        // Every seed, the register's act folders included: the two editions of employment assistance are among them.
        var extraction = StandardsExtractor.Extract([RepositoryRoot.Combine("seeds")]);
        Assert.Empty(extraction.Errors);
        return extraction.Documents;
    });

    private static readonly Lazy<ProfessionGraph> Seeds = new(() => CareerGraphBuilder.Build(Documents.Value));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_row_of_the_seed_graph_lands_and_references_only_loaded_nodes()
    {
        var rows = CareerGraphRows.From(Seeds.Value);
        var emulator = new LoadEmulator();
        await using var server = await FakeQueryApi.StartAsync(emulator.Answer);
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions { Uri = server.Uri, Password = "pw" });

        var result = await new Neo4jGraphWriter(client, batchSize: 500).WriteAsync(rows, Ct);

        // One row per profession after the kk/ru merge (the loose seeds' 34 of guide §0, plus the register seeds').
        Assert.Equal(Seeds.Value.ProfessionCount, result.RowsWritten[CypherFiles.Load.Professions]);
        // One REPLACES: the 2025 employment-assistance edition (kk_employment L2) replaces act 137841 (2019).
        Assert.Equal(1, result.RowsWritten[CypherFiles.Load.Editions]);
        Assert.Equal(rows.Professions.Count, result.RowsWritten[CypherFiles.Load.InStandard]);
        Assert.Equal(rows.Professions.Count, result.RowsWritten[CypherFiles.Load.AtLevel]);
        Assert.Equal(rows.Skills.Sum(s => s.ProfessionIds.Count), result.RowsWritten[CypherFiles.Load.RequiresSkill]);
        Assert.Equal(rows.CareerEdges.Count,
            new[] { CypherFiles.Load.PrintedLink, CypherFiles.Load.LevelLadder, CypherFiles.Load.SameOccupation, CypherFiles.Load.SkillOverlap }
                .Sum(f => result.RowsWritten.GetValueOrDefault(f)));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"seed graph: {string.Join(", ", result.RowsWritten.Select(p => $"{p.Key}={p.Value}"))}; {emulator.LoadRequests} load requests");
    }

    [Fact]
    public void The_seed_graph_survives_a_trip_through_the_rows_unchanged()
    {
        var rows = CareerGraphRows.From(Seeds.Value);

        var again = CareerGraphRows.From(CareerGraphRows.ToGraph(rows));

        Assert.Equal(JsonSerializer.Serialize(rows), JsonSerializer.Serialize(again));
    }

    [Fact]
    public void The_stored_source_documents_rebuild_the_same_graph_labour_functions_included()
    {
        var rows = SourceDocumentRows.From(Documents.Value);

        var rebuilt = CareerGraphBuilder.Build(SourceDocumentRows.ToDocuments(rows.Reverse()));

        Assert.Equal(Documents.Value.Select(d => d.Source), rows.Select(r => r.Source));
        Assert.Equal(JsonSerializer.Serialize(CareerGraphRows.From(Seeds.Value)), JsonSerializer.Serialize(CareerGraphRows.From(rebuilt)));
        Assert.Equal(Seeds.Value.Items.Count(i => i.Kind == ItemKind.LaborFunction), rebuilt.Items.Count(i => i.Kind == ItemKind.LaborFunction));
        Assert.Contains(rebuilt.Items, i => i.Kind == ItemKind.LaborFunction);
    }

    [Fact]
    public void A_graph_read_back_keeps_paths_and_skills_but_not_labour_functions()
    {
        var original = Seeds.Value;

        var back = CareerGraphRows.ToGraph(CareerGraphRows.From(original));

        Assert.Equal(original.Nodes.Select(n => n.Id), back.Nodes.Select(n => n.Id));
        Assert.Equal(original.Edges.Select(e => (e.From, e.To, e.Kind, e.Confidence)), back.Edges.Select(e => (e.From, e.To, e.Kind, e.Confidence)));
        for (var p = 0; p < original.ProfessionCount; p++)
            for (var q = 0; q < original.ProfessionCount; q++)
                Assert.Equal(original.NewSkillCount(p, q), back.NewSkillCount(p, q));
        Assert.Contains(original.Items, i => i.Kind == ItemKind.LaborFunction);
        Assert.DoesNotContain(back.Items, i => i.Kind == ItemKind.LaborFunction);
    }
}
