using CareerGraph.Neo4j.Client;
using CareerGraph.Standards.Model;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Graph;

public sealed class GraphReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;

    private static string? FileOf(string? text) => CypherFiles.All.FirstOrDefault(f => Cypher.Text(f).Trim() == text);

    /// <summary>Answers the read statements with the rows the Cypher RETURN clauses produce.</summary>
    private static FakeResponse Answer(RecordedRequest request, Func<long?> currentVersion) =>
        FileOf(request.StatementText) switch
        {
            CypherFiles.Read.CurrentVersion => Data(["version"], [[currentVersion()]]),
            CypherFiles.Read.Standards => Data(
                ["id", "code", "titleKk", "titleRu", "oked", "version", "approval", "approvedOn", "repealed", "sources", "replaces", "relations"],
                [["std-weld", "ПС-1", "Дәнекерлеу", "Сварка", new[] { "25.11" }, "2023", null, "2024-05-02", false, new[] { "ru_weld.md" },
                  new object[] { new { older = "std-weld-2019", evidence = "ru_weld.md L4: repeals order № 7", source = "ru_weld.md", line = 4 } },
                  // Pattern comprehensions return no particular order: position is the printed order.
                  new object[]
                  {
                      new { kind = "REPEALED_BY", order = "9", date = (string?)null, source = "meta.yaml", line = 3, position = 1 },
                      new { kind = "REPEALS", order = "7", date = (string?)"2019-01-31", source = "ru_weld.md", line = 4, position = 0 },
                  }],
                 ["std-weld-2019", null, null, "Сварка (старая)", Array.Empty<string>(), null, "Приказ № 7", null, true, new[] { "ru_weld_2019.md" },
                  Array.Empty<object>(), Array.Empty<object>()]]),
            CypherFiles.Read.Professions => Data(
                ["id", "titleKk", "titleRu", "level", "groupCode", "occupationCode", "standardId", "aliases", "cardIds"],
                [["weld/1", "Дәнекерлеуші", "Сварщик", 3, "7212", "7212-1-001", "std-weld", new[] { "Электросварщик" }, new[] { "ru_weld/1" }]]),
            CypherFiles.Read.ExternalProfessions => Data(["id", "name", "level", "language"], [["ext:x", "Инженер", 6, "ru"]]),
            CypherFiles.Read.QualificationLevels => Data(
                ["level", "sources", "areas", "rawLevels", "levelsInferred", "repealed", "competencies", "skills", "knowledge"],
                [[3, new[] { "ru_sbsh.md" }, new[] { "Строительство" }, new[] { "" }, new[] { true }, new[] { false },
                  new[] { "c" }, new[] { "s" }, new[] { "k" }]]),
            CypherFiles.Read.Items => Data(
                ["label", "id", "text", "kind", "language", "sourceCardIds", "sourceFiles", "sourceLines", "professionIds"],
                [["Knowledge", "knowledge:a", "Охрана труда", "knowledge", "ru", new[] { "ru_weld/1" }, new[] { "ru_weld.md" }, new[] { 50, 50 }, new[] { "weld/1" }],
                 ["Skill", "ability:b", "Читать чертежи", "ability", "kk", new[] { "kk_weld/1" }, new[] { "kk_weld.md" }, new[] { 7, 9 }, new[] { "weld/1" }]]),
            CypherFiles.Read.CareerEdges => Data(["fromId", "toId", "type", "kind", "evidence", "confidence", "inferred"],
                [["weld/1", "ext:x", "PRINTED_LINK", "printed", "ru_weld L410", 1.0, false]]),
            var other => Error("Neo.ClientError.Statement.SyntaxError", $"unexpected statement {other}"),
        };

    private static Neo4jQueryClient Client(Uri server) => new(new HttpClient(), new Neo4jOptions { Uri = server, Password = "pw" });

    [Fact]
    public async Task Reads_every_part_of_the_current_version_into_rows()
    {
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, () => 7));

        var snapshot = await new Neo4jGraphReader(Client(server.Uri)).ReadAsync(Ct);

        Assert.NotNull(snapshot);
        Assert.Equal(7, snapshot.Version);
        var rows = snapshot.Rows;
        Assert.Equal(["Сварка", "Сварка (старая)"], rows.Standards.Select(s => s.TitleRu));
        var weld = rows.Standards[0];
        Assert.Equal(new ReplacementRow("std-weld-2019", "ru_weld.md L4: repeals order № 7", "ru_weld.md", 4), Assert.Single(weld.Replaces!));
        var editions = CareerGraphRows.StoredEditions(rows.Standards);
        Assert.Equal(
            [new ActRelation(ActRelationKind.Repeals, "7", new DateOnly(2019, 1, 31), "ru_weld.md", 4), new ActRelation(ActRelationKind.RepealedBy, "9", null, "meta.yaml", 3)],
            editions["std-weld"].Relations);
        Assert.Empty(editions["std-weld-2019"].Replaces);
        var welder = Assert.Single(rows.Professions);
        Assert.Equal(("weld/1", 3, "std-weld"), (welder.Id, welder.Level, welder.StandardId));
        Assert.Equal(["Электросварщик"], welder.Aliases);
        Assert.Equal("Инженер", Assert.Single(rows.ExternalProfessions).Name);
        var level = Assert.Single(rows.QualificationLevels);
        Assert.Equal(["Строительство"], level.Areas);
        Assert.Equal([true], level.LevelsInferred);
        Assert.Equal(("Читать чертежи", "ability", "kk"), (rows.Skills[0].Text, rows.Skills[0].Kind, rows.Skills[0].Language));
        Assert.Equal([7, 9], Assert.Single(rows.Skills).SourceLines);
        Assert.Equal(["weld/1"], Assert.Single(rows.Knowledge).ProfessionIds);
        Assert.Equal(new CareerEdgeRow("PRINTED_LINK", "weld/1", "ext:x", "printed", "ru_weld L410", 1.0, false),
            Assert.Single(rows.CareerEdges));
        Assert.All(server.Requests.Where(r => FileOf(r.StatementText) != CypherFiles.Read.CurrentVersion),
            r => Assert.Equal(7, r.Body!.Value.GetProperty("parameters").GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task Nothing_loaded_yet_reads_as_null()
    {
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, () => null));

        Assert.Null(await new Neo4jGraphReader(Client(server.Uri)).ReadAsync(Ct));
    }

    [Fact]
    public async Task A_version_switch_during_the_read_makes_it_start_over_on_the_new_version()
    {
        var versionChecks = 0;
        // The load switches from 7 to 8 between the first read's start and its final check.
        await using var server = await FakeQueryApi.StartAsync(r => Answer(r, () => ++versionChecks == 1 ? 7 : 8));

        var snapshot = await new Neo4jGraphReader(Client(server.Uri)).ReadAsync(Ct);

        Assert.Equal(8, snapshot!.Version);
        Assert.Equal(4, versionChecks); // 7 at the start, 8 at the end: read again, 8 at both ends
    }
}
