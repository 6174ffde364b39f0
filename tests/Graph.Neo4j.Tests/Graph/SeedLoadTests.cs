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

    /// <summary>Act 137841 (seeds/register/…/2019/1231-…-137841) and the 2025 edition of its standard (kk_employment-assistance_2025.txt).</summary>
    private static (StandardNode Old, StandardNode Current) Employment()
    {
        var editions = Seeds.Value.Standards.Where(s => (s.TitleKk ?? "").StartsWith("Жұмыспен қамтуға жәрдемдесу", StringComparison.Ordinal))
            .OrderBy(s => s.ApprovedOn).ToArray();
        Assert.Equal(2, editions.Length);
        return (editions[0], editions[1]);
    }

    [Fact]
    public async Task Editions_are_written_with_their_evidence_and_read_back_by_the_standards_statement()
    {
        var rows = CareerGraphRows.From(Seeds.Value);
        var emulator = new LoadEmulator();
        await using var server = await FakeQueryApi.StartAsync(emulator.Answer);
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions { Uri = server.Uri, Password = "pw" });

        var result = await new Neo4jGraphWriter(client).WriteAsync(rows, Ct);
        var read = await new Neo4jGraphReader(client).ReadDocumentsAsync(Ct);

        var (old, current) = Employment();
        var relations = Seeds.Value.Standards.Sum(s => s.Relations.Count);
        Assert.Equal(relations, new[] { CypherFiles.Load.Repeals, CypherFiles.Load.RepealedBy, CypherFiles.Load.NewEditionOf }
            .Sum(f => result.RowsWritten.GetValueOrDefault(f)));
        var stored = CareerGraphRows.StoredEditions(read!.Value.Standards);
        Assert.Equal(Seeds.Value.Standards.Select(s => s.Id).Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
        foreach (var standard in Seeds.Value.Standards)
        {
            Assert.Equal(standard.Replaces, stored[standard.Id].Replaces);
            Assert.Equal(standard.Relations, stored[standard.Id].Relations);
        }
        // REPLACES 2025 → 2019 keeps its evidence: the same Kazakh title once 137841's scope note is set aside.
        var replacement = Assert.Single(stored[current.Id].Replaces);
        Assert.Equal(old.Id, replacement.Older);
        Assert.StartsWith("same title «Жұмыспен қамтуға жәрдемдесу", replacement.Evidence);
        // 137841's meta.yaml: «Утратил силу приказом … от 28 июня 2024 года № 228». No loaded text was approved by
        // order № 228, and the repeal is still stored, against an Act node of its own.
        var repeal = Assert.Single(stored[old.Id].Relations, r => r.Kind == ActRelationKind.RepealedBy);
        Assert.Equal(("228", new DateOnly(2024, 6, 28), "meta.yaml"), (repeal.Order, repeal.Date, repeal.Source));
        Assert.DoesNotContain(Seeds.Value.Standards, s => s.Approval?.Contains("№ 228", StringComparison.Ordinal) == true);
        Assert.True(result.RowsWritten[CypherFiles.Load.Acts] >= 2); // order № 228 (2024) and order № 200 (2024), at least
    }

    [Fact]
    public void Every_field_a_load_statement_reads_from_its_rows_is_sent()
    {
        var steps = Neo4jGraphWriter.LoadSteps(CareerGraphRows.From(Seeds.Value), SourceDocumentRows.From(Documents.Value));

        foreach (var (file, rows) in steps)
        {
            var sent = JsonSerializer.SerializeToElement(rows[0], rows[0].GetType(), QueryApiJson.Options)
                .EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            var read = System.Text.RegularExpressions.Regex.Matches(CypherCatalogue.Embedded.Text(file), @"\br\.(\w+)")
                .Select(m => m.Groups[1].Value).Distinct();
            Assert.All(read, field => Assert.True(sent.Contains(field), $"{file} reads r.{field}, which its rows do not hold ({string.Join(", ", sent)})"));
        }
        // Every edition load of the seeds is among them (REPLACES, the acts, and the repeal 137841 prints).
        Assert.Contains(steps, s => s.File == CypherFiles.Load.Editions);
        Assert.Contains(steps, s => s.File == CypherFiles.Load.Acts);
        Assert.Contains(steps, s => s.File == CypherFiles.Load.RepealedBy);
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
