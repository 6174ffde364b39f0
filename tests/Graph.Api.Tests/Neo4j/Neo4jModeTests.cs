using System.Net.Http.Json;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using CareerGraph.Api.Graph;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Tests.Neo4j;

/// <summary>Graph:Store=neo4j against the fake Query API: startup, version swaps, outages and recovery.</summary>
public sealed class Neo4jModeTests(ApiFixture embedded)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The three career-path cases: kk call centre 3→7 printed, the same in ru titles, employment 4→6 inferred.</summary>
    public static TheoryData<string> CareerPathQueries => new(
        """{ careerPaths(from: { title: "Call-орталық қызметкері", level: 3 }, to: { title: "Call-орталықтың басшысы (басқарушысы)", level: 7 }, inferred: false) { length levelGain newSkills steps { from { id } to { id title level } kind inferred confidence evidence newSkills gap { missingSkills missing { text } } } } }""",
        """{ careerPaths(from: { title: "Оператор Call-центра", level: 3 }, to: { title: "Руководитель (управляющий) Call-центра", level: 7 }, inferred: false) { length steps { to { id title } kind evidence } } }""",
        """{ careerPaths(from: { title: "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", level: 4 }, to: { title: "Жұмыспен қамту қызметінің басшысы", level: 6 }, inferred: true) { length newSkills steps { to { id level } kind inferred confidence evidence } } }""");

    internal static WebApplicationFactory<Program> Api(Uri neo4j) => new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
        .UseSetting("Graph:Store", "neo4j")
        .UseSetting("NEO4J_URI", neo4j.ToString())
        .UseSetting("Neo4j:Uri", neo4j.ToString())
        .UseSetting("NEO4J_PASSWORD", "test-password")
        .UseSetting("Graph:PollSeconds", "0.2")
        .UseSetting("Graph:StartupRetrySeconds", "0.2")
        .UseSetting("Neo4j:Resilience:MaxRetryAttempts", "0")
        .UseSetting("Neo4j:Resilience:CircuitBreakDuration", "00:00:00.5")
        .UseSetting("RateLimiting:PermitsPerMinute", "0"));

    internal static async Task<JsonElement> Ready(HttpClient client)
    {
        using var response = await client.GetAsync("/health/ready", Ct);
        var check = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("checks")[0].Clone();
        return check;
    }

    /// <summary>Polls /health/ready until <paramref name="condition"/> holds (the refresher runs on its own timer).</summary>
    internal static async Task<JsonElement> ReadyWhen(HttpClient client, Func<JsonElement, bool> condition)
    {
        var last = default(JsonElement);
        for (var deadline = Stopwatch.StartNew(); deadline.Elapsed < TimeSpan.FromSeconds(60);)
        {
            last = await Ready(client);
            if (condition(last)) return last;
            await Task.Delay(100, Ct);
        }
        Assert.Fail($"readiness never reached the expected state; last: {last}");
        return last;
    }

    /// <summary>A client once the API serves its first graph (it listens before the Neo4j graph is loaded).</summary>
    internal static async Task<HttpClient> Serving(WebApplicationFactory<Program> api)
    {
        var client = api.CreateClient();
        await ReadyWhen(client, check => Status(check) != "Unhealthy");
        return client;
    }

    internal static string Status(JsonElement check) => check.GetProperty("status").GetString()!;
    internal static string Version(JsonElement check) => check.GetProperty("data").GetProperty("version").ToString();

    [Theory]
    [MemberData(nameof(CareerPathQueries))]
    public async Task Answers_career_path_questions_exactly_as_embedded_mode(string query)
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, FakeNeo4jGraph.Seeds.Value);
        await using var api = Api(neo4j.Uri);
        var client = await Serving(api);

        var expected = await embedded.Post(query);
        var actual = await ApiFixture.Post(client, query);

        Assert.NotEqual(0, expected.GetProperty("data").GetProperty("careerPaths").GetArrayLength());
        Assert.Equal(expected.ToString(), actual.ToString());
        var ready = await Ready(client);
        Assert.Equal(("Healthy", "1"), (Status(ready), Version(ready)));
        Assert.Equal("neo4j", ready.GetProperty("data").GetProperty("store").GetString());
        Assert.DoesNotContain(neo4j.Uri.Authority, ready.ToString()); // the server's address is not public
    }

    [Fact]
    public async Task A_new_graph_version_is_swapped_in_while_serving()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        var seeds = FakeNeo4jGraph.Seeds.Value;
        neo4j.Load(1, seeds.Where(d => !d.Source.Contains("insurance", StringComparison.Ordinal)).ToList());
        await using var api = Api(neo4j.Uri);
        var client = await Serving(api);
        var before = (await Ready(client)).GetProperty("data").GetProperty("professions").GetInt32();
        const string insurance = """{ professions(search: "страх", lang: RU, first: 100) { totalCount } }""";

        neo4j.Load(2, seeds);
        var after = await ReadyWhen(client, c => Version(c) == "2");

        var all = (await Ready(embedded.Client)).GetProperty("data").GetProperty("professions").GetInt32();
        Assert.Equal("Healthy", Status(after));
        Assert.True(before < all, $"{before} professions without the insurance standard, {all} with it");
        Assert.Equal(all, after.GetProperty("data").GetProperty("professions").GetInt32());
        var expected = await embedded.Post(insurance);
        Assert.NotEqual(0, expected.GetProperty("data").GetProperty("professions").GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.ToString(), (await ApiFixture.Post(client, insurance)).ToString());
    }

    [Fact]
    public async Task An_outage_degrades_readiness_with_the_reason_keeps_answering_and_recovers()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, FakeNeo4jGraph.Seeds.Value);
        await using var api = Api(neo4j.Uri);
        var client = await Serving(api);
        var query = CareerPathQueries.First().Data;
        var answer = (await ApiFixture.Post(client, query)).ToString();

        neo4j.Down = true;
        var degraded = await ReadyWhen(client, c => Status(c) == "Degraded");

        Assert.Contains("unavailable", degraded.GetProperty("description").GetString());
        Assert.Equal("1", Version(degraded));
        Assert.Equal(answer, (await ApiFixture.Post(client, query)).ToString());

        neo4j.Down = false;
        var healthy = await ReadyWhen(client, c => Status(c) == "Healthy");
        Assert.Equal("1", Version(healthy));
    }

    [Fact]
    public async Task A_database_that_lost_its_graph_degrades_readiness_and_the_last_graph_stays_served()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, FakeNeo4jGraph.Seeds.Value);
        await using var api = Api(neo4j.Uri);
        var client = await Serving(api);

        neo4j.Current = null;
        var degraded = await ReadyWhen(client, c => Status(c) == "Degraded");

        Assert.Contains("no current graph version", degraded.GetProperty("description").GetString());
        Assert.Equal("1", Version(degraded));
        Assert.NotEqual(0, (await ApiFixture.Post(client, CareerPathQueries.First().Data))
            .GetProperty("data").GetProperty("careerPaths").GetArrayLength());
    }

    [Fact]
    public async Task Rejected_credentials_fail_startup_at_once_in_one_line_without_the_password()
    {
        await using var server = await FakeQueryApi.StartAsync(QueryApiAnswers.Unauthorized);
        using var store = new Neo4jGraphStore(new Neo4jOptions { Uri = server.Uri, Password = "do-not-print-me" });
        var source = new Neo4jGraphSource(store, "neo4j", Options.Create(new GraphOptions { StartupWaitSeconds = 600 }),
            NullLogger<Neo4jGraphSource>.Instance, TimeProvider.System);

        var error = await Assert.ThrowsAsync<GraphLoadException>(() => source.LoadAsync(Ct));

        Assert.Contains("Neo.ClientError.Security.Unauthorized", error.Message);
        Assert.DoesNotContain("do-not-print-me", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Single(server.Requests); // not retried for the 600 s the wait would allow
    }

    [Fact]
    public async Task Startup_waits_for_a_neo4j_that_is_down_then_serves()
    {
        await using var neo4j = await FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, FakeNeo4jGraph.Seeds.Value);
        neo4j.Down = true;
        await using var api = Api(neo4j.Uri);

        var client = api.CreateClient();
        while (neo4j.Requests.Count < 3) await Task.Delay(50, Ct);   // three refused attempts
        // Meanwhile the API already listens: alive, not ready, GraphQL refused with a retry hint.
        using (var live = await client.GetAsync("/health/live", Ct)) Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Unhealthy", Status(await Ready(client)));
        using (var early = await client.PostAsJsonAsync("/graphql", new { query = "{ standards { id } }" }, Ct))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, early.StatusCode);
            Assert.NotNull(early.Headers.RetryAfter);
        }
        neo4j.Down = false;

        var ready = await ReadyWhen(client, check => Status(check) != "Unhealthy");
        Assert.Equal(("Healthy", "1"), (Status(ready), Version(ready)));
    }

    [Fact]
    public async Task Startup_gives_up_after_the_configured_wait_with_one_line_and_a_non_zero_exit()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["Graph__Store"] = "neo4j";
        start.Environment["NEO4J_URI"] = $"http://127.0.0.1:{FreePort()}";
        start.Environment["NEO4J_PASSWORD"] = "do-not-print-me";
        start.Environment["Graph__StartupWaitSeconds"] = "1";
        start.Environment["Graph__StartupRetrySeconds"] = "0.2";
        start.Environment["Neo4j__Resilience__MaxRetryAttempts"] = "0";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = await stdout + await stderr;

        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("Cannot start:"));
        Assert.Contains("unavailable", line);
        Assert.Contains("Graph:StartupWaitSeconds", line);
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("do-not-print-me", output);
    }

    internal static int FreePort()
    {
        // Bound and released: nothing listens there afterwards, so connecting is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
