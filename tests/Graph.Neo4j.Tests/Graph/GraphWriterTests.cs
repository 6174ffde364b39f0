using System.Text.Json;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Graph;

/// <summary>The writer against the fake Query API: which statements it sends, how, and in which transaction.</summary>
public sealed class GraphWriterTests
{
    private const long Version = 5;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;

    /// <summary>Which catalogue file a statement text came from (null for schema statements).</summary>
    private static string? FileOf(string? text) =>
        CypherFiles.All.FirstOrDefault(f => f != CypherFiles.Schema && Cypher.Text(f).Trim() == text);

    /// <summary>A Neo4j stand-in that answers each catalogue statement as the real one would for a consistent graph.</summary>
    private static Func<RecordedRequest, FakeResponse> Neo4j(Func<string, int, int>? written = null, bool switchRefused = false) =>
        request =>
        {
            if (request.Path.EndsWith("/query/v2/tx")) return Data([], [], "tx1");
            if (request.Path.EndsWith("/commit") || request.Method == "DELETE") return Data([], []);
            var file = FileOf(request.StatementText);
            if (request.Path.EndsWith("/tx/tx1"))
            {
                var rows = request.Body!.Value.GetProperty("parameters").GetProperty("rows").GetArrayLength();
                return Data(["written"], [[written?.Invoke(file!, rows) ?? rows]], "tx1");
            }
            return file switch
            {
                CypherFiles.Load.ReserveVersion => Data(["version"], [[Version]]),
                CypherFiles.Load.SwitchVersion => switchRefused ? Data(["version"], []) : Data(["version"], [[Version]]),
                _ => Data([], []),
            };
        };

    private static Neo4jQueryClient Client(Uri server) => new(new HttpClient(), new Neo4jOptions
    {
        Uri = server,
        Password = "pw",
        Resilience = new Neo4jResilienceOptions { MaxRetryAttempts = 1, RetryBaseDelay = TimeSpan.FromMilliseconds(5) },
    });

    [Fact]
    public async Task Loads_everything_in_one_transaction_of_parameterised_batches_then_switches_the_version()
    {
        await using var server = await FakeQueryApi.StartAsync(Neo4j());
        var writer = new Neo4jGraphWriter(Client(server.Uri), batchSize: 2);

        var result = await writer.WriteAsync(SampleGraph.Rows, Ct);

        var requests = server.Requests;
        var schema = Cypher.Statements(CypherFiles.Schema);
        Assert.Equal(schema, requests.Take(schema.Count).Select(r => r.StatementText));
        Assert.All(requests.Take(schema.Count), r => Assert.Equal("/db/neo4j/query/v2", r.Path));

        var rest = requests.Skip(schema.Count).ToList();
        Assert.Equal(CypherFiles.Load.ReserveVersion, FileOf(rest[0].StatementText));
        Assert.Equal("/db/neo4j/query/v2/tx", rest[1].Path);
        var inTransaction = rest.Skip(2).TakeWhile(r => r.Path == "/db/neo4j/query/v2/tx/tx1").ToList();
        var afterwards = rest.Skip(2 + inTransaction.Count).ToList();
        Assert.Equal(
            ["/db/neo4j/query/v2/tx/tx1/commit", "/db/neo4j/query/v2", "/db/neo4j/query/v2"],
            afterwards.Select(r => r.Path));
        Assert.Equal([CypherFiles.Load.SwitchVersion, CypherFiles.Load.DeleteOldVersions],
            afterwards.Skip(1).Select(r => FileOf(r.StatementText)));

        // Every load is a catalogue statement, verbatim, with the version and at most two rows as parameters.
        Assert.All(inTransaction, r =>
        {
            Assert.NotNull(FileOf(r.StatementText));
            var parameters = r.Body!.Value.GetProperty("parameters");
            Assert.Equal(Version, parameters.GetProperty("version").GetInt64());
            Assert.InRange(parameters.GetProperty("rows").GetArrayLength(), 1, 2);
        });
        // Five professions in batches of two: three requests, nodes before the edges that need them.
        var files = inTransaction.Select(r => FileOf(r.StatementText)!).ToList();
        Assert.Equal(3, files.Count(f => f == CypherFiles.Load.Professions));
        Assert.True(files.LastIndexOf(CypherFiles.Load.Skills) < files.IndexOf(CypherFiles.Load.RequiresSkill));
        Assert.True(files.LastIndexOf(CypherFiles.Load.ExternalProfessions) < files.IndexOf(CypherFiles.Load.PrintedLink));

        Assert.Equal(Version, result.Version);
        Assert.Equal(5, result.RowsWritten[CypherFiles.Load.Professions]);
        Assert.Equal(3 + 2, result.RowsWritten[CypherFiles.Load.RequiresSkill]); // drawing-reading by 3 welders, tests by 2 IT roles
        Assert.Equal(3, result.RowsWritten[CypherFiles.Load.OccupationCodes]); // weld/1 and weld/2 share one; weld/3 has none
        Assert.True(result.OldVersionsDeleted);
    }

    [Fact]
    public async Task Rows_are_sent_as_camel_case_json_matching_the_load_statements()
    {
        await using var server = await FakeQueryApi.StartAsync(Neo4j());
        await new Neo4jGraphWriter(Client(server.Uri)).WriteAsync(SampleGraph.Rows, Ct);

        JsonElement RowsOf(string file) => server.Requests.Single(r => FileOf(r.StatementText) == file)
            .Body!.Value.GetProperty("parameters").GetProperty("rows");

        var welder = RowsOf(CypherFiles.Load.Professions)[0];
        Assert.Equal("weld/1", welder.GetProperty("id").GetString());
        Assert.Equal("Дәнекерлеуші", welder.GetProperty("titleKk").GetString());
        Assert.Equal(3, welder.GetProperty("level").GetInt32());
        Assert.Equal("std-weld", welder.GetProperty("standardId").GetString());
        Assert.Equal(["kk_weld/1", "ru_weld/1"], welder.GetProperty("cardIds").EnumerateArray().Select(e => e.GetString()));

        var overlap = RowsOf(CypherFiles.Load.SkillOverlap)[0];
        Assert.Equal(("it/2", "it/1", 0.5, true),
            (overlap.GetProperty("from").GetString(), overlap.GetProperty("to").GetString(),
             overlap.GetProperty("confidence").GetDouble(), overlap.GetProperty("inferred").GetBoolean()));

        Assert.Equal(
            [("weld/1", "knowledge:ru:охрана труда"), ("it/2", "knowledge:ru:охрана труда")],
            RowsOf(CypherFiles.Load.RequiresKnowledge).EnumerateArray()
                .Select(r => (r.GetProperty("from").GetString(), r.GetProperty("to").GetString())));
    }

    [Fact]
    public async Task A_row_naming_a_missing_node_aborts_the_load_before_any_switch()
    {
        await using var server = await FakeQueryApi.StartAsync(
            Neo4j(written: (file, rows) => file == CypherFiles.Load.PrintedLink ? rows - 1 : rows));
        var writer = new Neo4jGraphWriter(Client(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jLoadException>(() => writer.WriteAsync(SampleGraph.Rows, Ct));

        Assert.Equal(CypherFiles.Load.PrintedLink, error.File);
        Assert.Contains("0 of 1 rows written", error.Message);
        var requests = server.Requests;
        Assert.Equal("DELETE", requests[^1].Method); // rolled back
        Assert.DoesNotContain(requests, r => r.Path.EndsWith("/commit"));
        Assert.DoesNotContain(requests, r => FileOf(r.StatementText) == CypherFiles.Load.SwitchVersion);
    }

    [Fact]
    public async Task A_version_overtaken_by_a_newer_load_is_deleted_instead_of_switched_to()
    {
        await using var server = await FakeQueryApi.StartAsync(Neo4j(switchRefused: true));
        var writer = new Neo4jGraphWriter(Client(server.Uri));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(SampleGraph.Rows, Ct));

        Assert.Contains("newer version is already current", error.Message);
        var last = server.Requests[^1];
        Assert.Equal(CypherFiles.Load.DeleteVersion, FileOf(last.StatementText));
        Assert.Equal(Version, last.Body!.Value.GetProperty("parameters").GetProperty("version").GetInt64());
    }
}
