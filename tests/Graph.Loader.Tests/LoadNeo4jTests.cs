namespace CareerGraph.Loader.Tests;

using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Tests.Client;
using CareerGraph.Neo4j.Tests.Graph;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

/// <summary>`load seeds --to neo4j` against the in-process fake of Neo4j's Query API.</summary>
public sealed class LoadNeo4jTests : IDisposable
{
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;
    private readonly CliHarness _cli = new();
    // A variable of this test's own: tests run in parallel and the process environment is shared.
    private readonly string _passwordVariable = "CG_TEST_NEO4J_PASSWORD_" + Guid.NewGuid().ToString("N");
    private readonly string _password = "s3cret-" + Guid.NewGuid().ToString("N")[..8];

    public LoadNeo4jTests() => Environment.SetEnvironmentVariable(_passwordVariable, _password);

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_passwordVariable, null);
        _cli.Dispose();
    }

    /// <summary>Runs the CLI off the test's synchronisation context (the command blocks on the HTTP calls).</summary>
    private Task<(int Exit, string Out, string Err)> Load(Uri neo4j, params string[] more) =>
        Task.Run(() => _cli.Run(null, ["load", .. CliHarness.GuideSeeds, "--to", "neo4j", "--uri", neo4j.ToString(),
            "--password-env", _passwordVariable, .. more]));

    private static string? FileOf(RecordedRequest request) =>
        CypherFiles.All.FirstOrDefault(f => Cypher.Text(f).Trim() == request.StatementText);

    private static string[] ErrorLines(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("error:")).ToArray();

    [Fact]
    public async Task Loads_the_seeds_in_batches_inside_one_transaction_and_prints_the_counts()
    {
        var emulator = new LoadEmulator();
        await using var server = await FakeQueryApi.StartAsync(emulator.Answer);

        var (exit, stdout, stderr) = await Load(server.Uri, "--batch-size", "40");

        Assert.True(exit == ExitCodes.Ok, stderr);
        TestContext.Current.TestOutputHelper?.WriteLine(stdout);
        var requests = server.Requests;
        // Every statement is a catalogue file verbatim (values only as parameters) or a line of schema.cypher.
        var schema = Cypher.Statements(CypherFiles.Schema).Select(s => s.Trim()).ToHashSet();
        Assert.All(requests.Where(r => r.StatementText is not null),
            r => Assert.True(FileOf(r) is not null || schema.Contains(r.StatementText!), r.StatementText));
        var loads = requests.Where(r => FileOf(r) is { } f && f.StartsWith("load/") && r.Body!.Value.TryGetProperty("parameters", out var p)
                                        && p.TryGetProperty("rows", out _)).ToList();
        Assert.NotEmpty(loads);
        Assert.All(loads, r => Assert.EndsWith("/query/v2/tx/tx1", r.Path));
        Assert.All(loads, r => Assert.InRange(r.Body!.Value.GetProperty("parameters").GetProperty("rows").GetArrayLength(), 1, 40));
        Assert.Contains(loads, r => r.Body!.Value.GetProperty("parameters").GetProperty("rows").GetArrayLength() == 40);
        Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith("/query/v2/tx"));
        Assert.Single(requests, r => r.Path.EndsWith("/tx/tx1/commit"));
        // The new version becomes visible only after the commit, in its own statement.
        var order = requests.Select(r => r.Path.EndsWith("/commit") ? "commit" : FileOf(r)).ToList();
        Assert.True(order.IndexOf(CypherFiles.Load.ReserveVersion) < order.IndexOf(CypherFiles.Load.Standards));
        Assert.True(order.IndexOf("commit") < order.IndexOf(CypherFiles.Load.SwitchVersion));
        Assert.Equal(CypherFiles.Load.DeleteOldVersions, order[^1]);
        Assert.All(requests, r => Assert.Equal(
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + _password)), r.Authorization));

        // 34 professions after the kk/ru merge and the 7 seed files (guide §0); progress went to stderr.
        Assert.Matches(@"(?m)^\s+:Profession\s+34\s*$", stdout);
        Assert.Matches(@"(?m)^\s+:SourceDocument\s+7\s*$", stdout);
        Assert.Matches(@"(?m)^\s+-\[:IN_STANDARD\]->\s+34\s*$", stdout);
        Assert.Contains("load/professions.cypher: 34/34 rows", stderr);
        Assert.DoesNotContain(_password, stdout + stderr);
    }

    [Fact]
    public async Task Loading_both_editions_prints_the_replacement_and_the_printed_repeal_as_relationships()
    {
        var emulator = new LoadEmulator();
        await using var server = await FakeQueryApi.StartAsync(emulator.Answer);

        var (exit, stdout, stderr) = await Task.Run(() => _cli.Run(null, ["load", CliHarness.Seeds, "--to", "neo4j",
            "--uri", server.Uri.ToString(), "--password-env", _passwordVariable]));

        Assert.True(exit == ExitCodes.Ok, stderr);
        // The 2025 employment-assistance edition replaces act 137841; 137841's meta.yaml prints its repeal by order
        // № 228 of 28.06.2024, an act of its own (Act node) whose text is not among the seeds.
        Assert.Matches(@"(?m)^\s+-\[:REPLACES\]->\s+1\s*$", stdout);
        Assert.Matches(@"(?m)^\s+-\[:REPEALED_BY\]->\s+[1-9][0-9]*\s*$", stdout);
        Assert.Matches(@"(?m)^\s+:Act\s+[1-9][0-9]*\s*$", stdout);
    }

    [Fact]
    public async Task Loading_the_same_documents_twice_writes_the_same_counts()
    {
        await using var first = await FakeQueryApi.StartAsync(new LoadEmulator().Answer);
        await using var second = await FakeQueryApi.StartAsync(new LoadEmulator().Answer);

        var one = await Load(first.Uri);
        var two = await Load(second.Uri);

        Assert.Equal((ExitCodes.Ok, ExitCodes.Ok), (one.Exit, two.Exit));
        static string Counts(string stdout) => string.Join('\n', stdout.Split('\n').Where(l => l.StartsWith("  ")));
        Assert.NotEmpty(Counts(one.Out));
        Assert.Equal(Counts(one.Out), Counts(two.Out));
        // The documents go along whole, in the public extract format, one node each.
        var documents = first.Requests.Where(r => FileOf(r) == CypherFiles.Load.SourceDocuments)
            .SelectMany(r => r.Body!.Value.GetProperty("parameters").GetProperty("rows").EnumerateArray()).ToList();
        Assert.Equal(7, documents.Count);
        Assert.All(documents, d => Assert.Equal("careergraph-extract/1",
            JsonDocument.Parse(d.GetProperty("extract").GetString()!).RootElement.GetProperty("format").GetString()));
    }

    [Fact]
    public async Task Rejected_credentials_are_one_error_line_without_the_password_and_exit_3()
    {
        await using var server = await FakeQueryApi.StartAsync(Unauthorized);

        var (exit, stdout, stderr) = await Load(server.Uri);

        Assert.Equal(ExitCodes.Failed, exit);
        var error = Assert.Single(ErrorLines(stderr));
        Assert.Contains("rejected the credentials of user 'neo4j'", error);
        Assert.Contains("Neo.ClientError.Security.Unauthorized", error);
        Assert.DoesNotContain(_password, stdout + stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.Single(server.Requests); // an authentication failure is not retried
    }

    [Fact]
    public async Task Unreachable_neo4j_is_retried_as_configured_then_one_error_line_and_exit_3()
    {
        var (exit, _, stderr) = await Load(new Uri($"http://127.0.0.1:{FreePort()}"), "--retries", "2");

        Assert.Equal(ExitCodes.Failed, exit);
        var error = Assert.Single(ErrorLines(stderr));
        Assert.Contains("unavailable after 3 attempt(s)", error);
        Assert.Equal(2, stderr.Split('\n').Count(l => l.StartsWith("neo4j: ") && l.Contains("retrying")));
        Assert.DoesNotContain(_password, stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public async Task A_failed_input_writes_nothing_and_exits_2()
    {
        await using var server = await FakeQueryApi.StartAsync(new LoadEmulator().Answer);
        var bad = _cli.Write("notes.txt", "not a professional standard\n");

        var (exit, _, stderr) = await Task.Run(() => _cli.Run(null, "load", CliHarness.Seeds, bad, "--to", "neo4j",
            "--uri", server.Uri.ToString(), "--password-env", _passwordVariable), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Contains("nothing written to Neo4j", stderr);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_address_that_is_not_a_uri_is_a_usage_error_before_anything_is_extracted()
    {
        var extracted = false;
        var (exit, _, stderr) = await Task.Run(() => _cli.Run((_, _) => { extracted = true; return new([], []); },
            "load", CliHarness.Seeds, "--to", "neo4j", "--uri", "localhost 7474"), TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is not an absolute URI: 'localhost 7474'", Assert.Single(ErrorLines(stderr)));
        Assert.False(extracted);
    }

    private static int FreePort()
    {
        // Bound and released: nothing listens there afterwards, so connecting is refused.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
