using System.Diagnostics;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGraph.Api.Tests;

public sealed class HostingTests(ApiFixture api)
{
    [Fact]
    public async Task Health_endpoints_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var live = await api.Client.GetAsync("/health/live", ct);
        Assert.Equal(200, (int)live.StatusCode);
        using var ready = await api.Client.GetAsync("/health/ready", ct);
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Contains("\"Healthy\"", await ready.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Browsers_get_GraphiQL_served_from_the_API_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await api.Client.SendAsync(request, ct);
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("https://", html);                       // no CDN: every asset is local
        using var script = await api.Client.GetAsync("/graphql/graphiql/graphiql.min.js", ct);
        Assert.Equal(200, (int)script.StatusCode);
    }

    [Fact]
    public async Task A_snapshot_serves_the_same_answers_as_the_seeds()
    {
        var snapshot = Path.Combine(Path.GetTempPath(), $"careergraph-snapshot-{Guid.NewGuid():N}.json");
        try
        {
            var extracted = StandardsExtractor.Extract([Path.Combine(ApiFixture.RepoRoot(), "seeds")]);
            await using (var file = File.Create(snapshot)) ExtractWriter.Write(file, extracted.Documents);
            await using var fromSnapshot = new WebApplicationFactory<Program>()
                .WithWebHostBuilder(b => b.UseSetting("Graph:Snapshot", snapshot).UseSetting("Graph:Seeds", "/nonexistent"));
            const string q = """
                { careerPaths(from: { title: "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", level: 4 },
                              to: { title: "Жұмыспен қамту қызметінің басшысы", level: 6 }, first: 3) {
                    newSkills steps { to { id } kind confidence } } }
                """;
            var expected = await api.Post(q);
            var actual = await ApiFixture.Post(fromSnapshot.CreateClient(), q);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
        finally { File.Delete(snapshot); }
    }

    [Theory]
    [InlineData("Graph__Seeds", "/nonexistent/seeds", "seeds folder /nonexistent/seeds does not exist")]
    [InlineData("Graph__Snapshot", "/nonexistent/snapshot.json", "snapshot /nonexistent/snapshot.json: cannot be read")]
    [InlineData("Graph__Store", "mongodb", "Configuration Graph:Store = \"mongodb\" is not valid: use \"embedded\" or \"neo4j\".")]
    [InlineData("RateLimiting__PermitsPerMinute", "abc", "Configuration RateLimiting:PermitsPerMinute = \"abc\" is not valid: use a whole number, 0 or more")]
    [InlineData("Graph__StartupWaitSeconds", "abc", "Configuration Graph:StartupWaitSeconds = \"abc\" is not valid: use a number of seconds, 0 or more.")]
    [InlineData("GraphQL__MaxCost", "-1", "Configuration GraphQL:MaxCost = \"-1\" is not valid: use a whole number, 1 or more.")]
    [InlineData("GraphQL__GraphiQL", "yes", "Configuration GraphQL:GraphiQL = \"yes\" is not valid: use true or false.")]
    [InlineData("NEO4J_URI", "ftp://user:s3cret@host/", "NEO4J_URI has the scheme \"ftp\"")]
    [InlineData("NEO4J_URI", "http://user:s3cret@[bad", "NEO4J_URI is not an absolute URI (value not shown")]
    public async Task A_startup_problem_is_one_log_line_and_a_non_zero_exit(string variable, string value, string reason)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, process.ExitCode);
        var line = Assert.Single(output);
        Assert.Contains("Cannot start: " + reason, line);
        Assert.DoesNotContain("   at ", line);
        Assert.DoesNotContain("s3cret", line); // a URI is never printed with its credentials
    }

    [Theory]
    [InlineData("127.0.0.1", "address already in use (another process listens there; choose another address with --urls)")]
    [InlineData("192.0.2.1", "")] // TEST-NET-1 (RFC 5737): never an address of this machine; the cause is the OS's words
    public async Task An_address_the_api_cannot_listen_on_is_one_log_line_naming_it_and_a_non_zero_exit(string host, string cause)
    {
        using var occupant = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupant.Start();
        var address = $"http://{host}:{((System.Net.IPEndPoint)occupant.LocalEndpoint).Port}";
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", address])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment["Graph__Seeds"] = Path.Combine(ApiFixture.RepoRoot(), "seeds");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);

        var output = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("", await stderr); // no unhandled exception
        var line = Assert.Single(output, l => l.StartsWith("crit:", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal));
        Assert.Contains($"Cannot start: cannot listen on {address}: {cause}", line);
        Assert.All(output, l => Assert.DoesNotContain(" at ", l));
        Assert.All(output, l => Assert.DoesNotContain("Exception", l));
    }

    [Fact]
    public async Task A_store_setting_with_spaces_around_it_is_read_as_the_check_reads_it()
    {
        // ConfigurationCheck accepts « neo4j » (values are trimmed); the store chosen must be the same one.
        await using var neo4j = await Neo4j.FakeNeo4jGraph.StartAsync();
        neo4j.Load(1, Neo4j.FakeNeo4jGraph.Seeds.Value);
        await using var api = Neo4j.Neo4jModeTests.Api(neo4j.Uri).WithWebHostBuilder(b => b.UseSetting("Graph:Store", " Neo4j "));

        var client = await Neo4j.Neo4jModeTests.Serving(api);

        var ready = await Neo4j.Neo4jModeTests.Ready(client);
        Assert.Equal(("Healthy", "neo4j"), (Neo4j.Neo4jModeTests.Status(ready), ready.GetProperty("data").GetProperty("store").GetString()));
    }
}

public sealed class ProductionPostureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Introspection_and_GraphiQL_can_be_switched_off_by_configuration()
    {
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("GraphQL:Introspection", "false").UseSetting("GraphQL:GraphiQL", "false"));
        var client = api.CreateClient();
        var refused = await ApiFixture.Post(client, "{ __schema { types { name } } }");
        Assert.Contains("introspection has been disabled", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        var typename = await ApiFixture.Post(client, "{ __typename standards { id } }");
        Assert.False(typename.TryGetProperty("errors", out _));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await client.SendAsync(request, Ct);
        Assert.NotEqual("text/html", page.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Rate_limited_clients_are_told_the_real_time_left()
    {
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "2"));
        var client = api.CreateClient();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last?.Dispose();
            last = await client.PostAsync("/graphql", new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        }
        using var limited = last!;
        Assert.Equal(429, (int)limited.StatusCode);
        var seconds = limited.Headers.RetryAfter?.Delta?.TotalSeconds;
        Assert.NotNull(seconds);
        Assert.InRange(seconds!.Value, 1, 60);
    }

    [Fact]
    public async Task The_cost_of_a_query_is_reported_when_asked_and_nested_lists_are_refused()
    {
        await using var api = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "0"));
        var client = api.CreateClient();
        using var asked = await client.PostAsync("/graphql", new StringContent(
            """{"query":"{ careerPaths(from: {title: \"Оператор Call-центра\", level: 3}, to: {title: \"Руководитель (управляющий) Call-центра\", level: 7}, first: 3) { steps { to { id } } } }","extensions":{"cost":true}}""",
            System.Text.Encoding.UTF8, "application/json"), Ct);
        var body = System.Text.Json.JsonDocument.Parse(await asked.Content.ReadAsStringAsync(Ct)).RootElement;
        // careerPaths weighs 50; 3 paths × (1 + 8 assumed steps × (1 + 1 for `to`)) = 51 → 101
        Assert.Equal(101, body.GetProperty("extensions").GetProperty("cost").GetProperty("requestedQueryCost").GetInt64());
        // Like the 217-character query (depth 14, answered 1.63 GB before list sizes were priced).
        var nested = "{ profession(id: \"N78100_2025/1\") { " + string.Concat(Enumerable.Repeat("careerSteps { to { ", 6))
            + "id" + new string('}', 12) + " } }";
        var refused = await ApiFixture.Post(client, nested);
        var error = refused.GetProperty("errors")[0];
        Assert.Equal("COST_LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(refused.TryGetProperty("data", out _));
    }
}
