using System.Diagnostics;
using System.Text.Json;
using CareerGraph.Api.Graph;
using CareerGraph.Api.Tests.Neo4j;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

using static CareerGraph.Api.Tests.Neo4j.Neo4jModeTests;

namespace CareerGraph.Api.Tests;

/// <summary>
/// Issue 12 item 4: a graph version that breaks an invariant is never served. A snapshot is refused at startup in one
/// line (exit 1); a Neo4j version is refused while running, readiness says why, and the last good graph keeps serving.
/// </summary>
public sealed class GraphValidationTests(ApiFixture embedded)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<StandardDocument> Seeds => FakeNeo4jGraph.Seeds.Value;

    private static IReadOnlyList<StandardDocument> Insurance =>
        Seeds.Where(d => d.Source.Contains("insurance", StringComparison.Ordinal)).ToList();

    /// <summary>The insurance pair with the first kk card's level replaced (as a hand-edited snapshot would carry it).</summary>
    private static IReadOnlyList<StandardDocument> WithLevel(int level) => Insurance
        .Select(d => d.Language == Language.Kk ? d with { Cards = [d.Cards[0] with { Level = level }, .. d.Cards.Skip(1)] } : d)
        .ToList();

    /// <summary>The case: kk_insurance_2024.md copied to kk_insurance_2024.txt and loaded beside it.</summary>
    private static IReadOnlyList<StandardDocument> Twice => [.. Insurance, Insurance[0] with { Source = "kk_insurance_2024.txt" }];

    public static TheoryData<string, string> RefusedSnapshots => new()
    {
        { "level-5", "refused, card kk_insurance_2024/1 has qualification level -5; levels are 1–8" },
        { "level999999", "refused, card kk_insurance_2024/1 has qualification level 999999; levels are 1–8" },
        { "twice", "refused, card id kk_insurance_2024/1 appears twice" },
    };

    private static IReadOnlyList<StandardDocument> Case(string name) => name switch
    {
        "level-5" => WithLevel(-5),
        "level999999" => WithLevel(999999),
        "twice" => Twice,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(RefusedSnapshots))]
    public async Task A_snapshot_that_breaks_an_invariant_is_one_line_and_exit_1(string name, string reason)
    {
        var snapshot = Path.Combine(Path.GetTempPath(), $"careergraph-bad-{name}-{Guid.NewGuid():N}.json");
        try
        {
            await using (var file = File.Create(snapshot)) ExtractWriter.Write(file, Case(name));
            var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
            var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetTempPath(),
            };
            start.Environment["Graph__Snapshot"] = snapshot;
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(Ct);
            var stderr = process.StandardError.ReadToEndAsync(Ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            await process.WaitForExitAsync(timeout.Token);
            var output = (await stdout + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);

            Assert.Equal(1, process.ExitCode);
            var line = Assert.Single(output);
            Assert.Contains($"Cannot start: snapshot {snapshot}: {reason}", line);
            Assert.DoesNotContain("   at ", line);
        }
        finally { File.Delete(snapshot); }
    }

    [Fact]
    public void A_graph_with_a_nan_weight_or_a_dangling_edge_is_refused()
    {
        var graph = Api.Graph.GraphValidation.Build(Insurance);
        Assert.Null(GraphValidation.GraphProblem(graph));
        var nodes = graph.Nodes;
        var profiles = graph.Profiles;
        var edge = graph.Edges[0];
        var nan = Careers.Model.ProfessionGraph.Create(graph.Standards, nodes, graph.Items, profiles,
            [edge with { Confidence = double.NaN }]);
        Assert.Equal($"the {edge.Kind} edge {nodes[edge.From].Id}→{nodes[edge.To].Id} has weight NaN; weights are 0–1",
            GraphValidation.GraphProblem(nan));
    }

    [Fact]
    public async Task A_neo4j_version_that_breaks_an_invariant_is_refused_and_the_last_good_graph_keeps_serving()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, Seeds);
        await using var api = Neo4jModeTests.Api(neo4j.Uri);
        var client = await Neo4jModeTests.Serving(api);
        var query = Neo4jModeTests.CareerPathQueries.First().Data;
        var answer = (await ApiFixture.Post(client, query)).ToString();

        neo4j.Load(2, [.. Seeds.Where(d => !d.Source.Contains("insurance", StringComparison.Ordinal)), .. WithLevel(999999)]);
        var degraded = await ReadyWhen(client, c => Status(c) == "Degraded");

        Assert.Equal("serving the last good graph: graph version 2 refused: card kk_insurance_2024/1 has qualification level 999999; levels are 1–8",
            degraded.GetProperty("description").GetString());
        Assert.Equal("1", Version(degraded));
        Assert.Equal(answer, (await ApiFixture.Post(client, query)).ToString());
        Assert.False(Lifetime(api).ApplicationStopping.IsCancellationRequested);

        neo4j.Load(3, Seeds);
        var healthy = await ReadyWhen(client, c => Status(c) == "Healthy");
        Assert.Equal("3", Version(healthy));
    }

    [Fact]
    public async Task A_version_neo4j_answers_in_a_form_the_api_cannot_read_never_stops_the_host()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, Seeds);
        await using var api = Neo4jModeTests.Api(neo4j.Uri);
        var client = await Neo4jModeTests.Serving(api);

        neo4j.VersionOverride = "not-a-number";
        var degraded = await ReadyWhen(client, c => Status(c) == "Degraded");
        var polls = neo4j.Requests.Count;
        while (neo4j.Requests.Count < polls + 3) await Task.Delay(50, Ct); // the refresher keeps polling

        Assert.Equal("serving the last good graph: the graph could not be read from Neo4j (InvalidCastException)",
            degraded.GetProperty("description").GetString());
        Assert.False(Lifetime(api).ApplicationStopping.IsCancellationRequested);
        Assert.NotEqual(0, (await ApiFixture.Post(client, Neo4jModeTests.CareerPathQueries.First().Data))
            .GetProperty("data").GetProperty("careerPaths").GetArrayLength());

        neo4j.VersionOverride = null;
        Assert.Equal("1", Version(await ReadyWhen(client, c => Status(c) == "Healthy")));
    }

    [Fact]
    public async Task A_neo4j_version_that_breaks_an_invariant_fails_startup_in_one_line()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, WithLevel(-5));
        using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = neo4j.Uri, Password = "do-not-print-me" });
        var source = new Neo4jGraphSource(store, "neo4j", Options.Create(new GraphOptions { StartupWaitSeconds = 600 }),
            NullLogger<Neo4jGraphSource>.Instance, TimeProvider.System);

        var error = await Assert.ThrowsAsync<GraphLoadException>(() => source.LoadAsync(Ct));

        Assert.EndsWith("the current graph version is refused: card kk_insurance_2024/1 has qualification level -5; levels are 1–8", error.Message);
        Assert.DoesNotContain("do-not-print-me", error.Message);
    }

    [Fact]
    public async Task Readiness_shows_the_store_and_version_but_no_path()
    {
        var ready = await Ready(embedded.Client);
        Assert.Equal("seeds", ready.GetProperty("data").GetProperty("store").GetString());
        Assert.DoesNotContain(ApiFixture.RepoRoot(), ready.ToString());
        Assert.DoesNotContain("/", ready.GetProperty("description").GetString());
    }

    private static IHostApplicationLifetime Lifetime(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> api) =>
        (IHostApplicationLifetime)api.Services.GetService(typeof(IHostApplicationLifetime))!;
}
