using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CareerGraph.Neo4j.Client;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Client;

/// <summary>The client against a fake Query API speaking the documented JSON over a real local socket.</summary>
public sealed class ClientContractTests
{
    private const string Password = "s3cret-pa55";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jQueryClient Client(Uri server, Neo4jResilienceOptions? resilience = null, string? token = null) =>
        new(new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, new Neo4jOptions
        {
            Uri = server,
            Database = "careers",
            User = "neo4j",
            Password = Password,
            Token = token,
            Resilience = resilience ?? Fast(),
        });

    private static Neo4jResilienceOptions Fast(int retries = 3) => new()
    {
        MaxRetryAttempts = retries,
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
        RetryMaxDelay = TimeSpan.FromMilliseconds(20),
        AttemptTimeout = TimeSpan.FromSeconds(10),
        CircuitMinimumThroughput = 100,
    };

    private sealed record TitleRow(string Id, string TitleRu, int Level, List<string> Aliases);

    [Fact]
    public async Task Statement_and_parameters_are_posted_as_json_and_rows_map_onto_records()
    {
        await using var server = await FakeQueryApi.StartAsync(Data(
            ["id", "titleRu", "level", "aliases"],
            [["p1", "Сварщик", 3, new[] { "Электросварщик" }], ["p2", "Оператор", 4, Array.Empty<string>()]]));
        var client = Client(server.Uri);
        var statement = new Statement("MATCH (p:Profession) WHERE p.level = $level AND p.id IN $ids RETURN p")
            .With("level", 3)
            .With("ids", new[] { "p1", "p2" })
            .With("rows", new[] { new { id = "x", titleKk = "Дәнекерлеуші" } });

        var result = await client.RunAsync(statement, Ct);

        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/careers/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password)), request.Authorization);
        Assert.Equal(statement.Text, request.StatementText);
        var parameters = request.Body!.Value.GetProperty("parameters");
        Assert.Equal(3, parameters.GetProperty("level").GetInt32());
        Assert.Equal(["p1", "p2"], parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Дәнекерлеуші", parameters.GetProperty("rows")[0].GetProperty("titleKk").GetString());

        Assert.Equal(["id", "titleRu", "level", "aliases"], result.Fields);
        var rows = result.As<TitleRow>();
        Assert.Equal(("p1", "Сварщик", 3), (rows[0].Id, rows[0].TitleRu, rows[0].Level));
        Assert.Equal(["Электросварщик"], rows[0].Aliases);
        Assert.Equal(4, result.Rows[1].Get<int>("level"));
    }

    [Fact]
    public async Task Syntax_error_surfaces_its_code_and_message_without_retry()
    {
        await using var server = await FakeQueryApi.StartAsync(SyntaxError);
        var client = Client(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Statement("MATC (n) RETURN n"), Ct));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MATC'", error.Message);
        Assert.Equal(1, error.Attempts);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Unauthorized_is_not_retried_and_never_shows_the_password()
    {
        await using var server = await FakeQueryApi.StartAsync(Unauthorized);
        var client = Client(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(401, error.HttpStatus);
        Assert.Single(server.Requests);
        Assert.DoesNotContain(Password, error.ToString());
    }

    [Theory]
    [InlineData(403, null, "Neo.ClientError.Security.Forbidden")]
    [InlineData(400, "Neo.ClientError.Statement.ParameterMissing", "Neo.ClientError.Statement.ParameterMissing")]
    [InlineData(500, "Neo.DatabaseError.General.UnknownError", "Neo.DatabaseError.General.UnknownError")]
    public async Task Errors_that_a_retry_cannot_fix_surface_after_one_attempt(int status, string? code, string expected)
    {
        await using var server = await FakeQueryApi.StartAsync(
            code is null ? new FakeResponse(status, null) : Error(code, "as the server said", status));
        var client = Client(server.Uri);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Statement("RETURN $x AS x"), Ct));

        Assert.Equal(expected, error.Code);
        Assert.Equal(status, error.HttpStatus);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Bearer_token_is_sent_base64_encoded_as_documented()
    {
        await using var server = await FakeQueryApi.StartAsync(Data(["one"], [[1]]));
        var client = Client(server.Uri, token: "xbhkjnlvianztghqwawxqfe");

        Assert.Equal(1, (await client.RunAsync(new Statement("RETURN 1 AS one"), Ct)).Scalar<int>());

        Assert.Equal("Bearer eGJoa2pubHZpYW56dGdocXdhd3hxZmU=", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task Transient_failures_are_retried_until_the_statement_succeeds()
    {
        await using var server = await FakeQueryApi.StartAsync(
            ServiceUnavailable, Deadlock, TooManyRequests, Data(["n"], [[7]]));
        var client = Client(server.Uri);

        var result = await client.RunAsync(new Statement("MATCH (n) RETURN count(n) AS n"), Ct);

        Assert.Equal(7, result.Scalar<long>());
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Transient_neo4j_error_that_persists_ends_with_its_code_after_every_attempt()
    {
        await using var server = await FakeQueryApi.StartAsync(Deadlock);
        var client = Client(server.Uri, Fast(retries: 2));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Connection_refused_is_retried_then_reported_once_clearly()
    {
        var closedPort = FreePort();
        var server = new Uri($"http://127.0.0.1:{closedPort}");
        var client = Client(server, Fast(retries: 3));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));

        Assert.Equal(4, error.Attempts);
        Assert.Contains("ConnectionRefused", error.Message);
        Assert.Contains($"127.0.0.1:{closedPort}", error.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }

    [Fact]
    public async Task Retries_are_logged_without_credentials()
    {
        await using var server = await FakeQueryApi.StartAsync(ServiceUnavailable, Deadlock, Data(["one"], [[1]]));
        var logger = new CapturingLogger<Neo4jQueryClient>();
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions
        {
            Uri = server.Uri, Password = Password, Resilience = Fast(),
        }, logger);

        await client.RunAsync(new Statement("RETURN 1 AS one"), Ct);

        Assert.Equal(2, logger.Lines.Count(l => l.StartsWith("Warning: Neo4j attempt", StringComparison.Ordinal)));
        Assert.Contains(logger.Lines, l => l.Contains("HTTP 503"));
        Assert.Contains(logger.Lines, l => l.Contains("Neo.TransientError.Transaction.DeadlockDetected"));
        Assert.DoesNotContain(logger.Lines, l => l.Contains(Password) || l.Contains(Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password))));
    }

    [Fact]
    public async Task Retry_after_from_the_server_replaces_the_backoff_up_to_the_maximum_delay()
    {
        await using var server = await FakeQueryApi.StartAsync(
            TooManyRequests with { RetryAfter = "1" }, TooManyRequests with { RetryAfter = "3600" }, Data(["one"], [[1]]));
        var logger = new CapturingLogger<Neo4jQueryClient>();
        var client = new Neo4jQueryClient(new HttpClient(), new Neo4jOptions
        {
            Uri = server.Uri, Password = Password, Resilience = Fast() with { RetryMaxDelay = TimeSpan.FromMilliseconds(1500) },
        }, logger);

        Assert.Equal(1, (await client.RunAsync(new Statement("RETURN 1 AS one"), Ct)).Scalar<int>());

        var retries = logger.Lines.Where(l => l.StartsWith("Warning: Neo4j attempt", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, retries.Count);
        Assert.Contains("retry after 1 s", retries[0]);
        Assert.EndsWith("retrying in 1000 ms ", retries[0]);
        Assert.EndsWith("retrying in 1500 ms ", retries[1]); // an hour asked for, capped at RetryMaxDelay
    }

    [Fact]
    public async Task Attempt_that_hangs_times_out_and_is_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(
            new FakeResponse(202, null, Delay: TimeSpan.FromSeconds(30)), Data(["one"], [[1]]));
        var client = Client(server.Uri, Fast() with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });

        var result = await client.RunAsync(new Statement("RETURN 1 AS one"), Ct);

        Assert.Equal(1, result.Scalar<int>());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Circuit_opens_after_repeated_failures_and_stops_calling_the_server()
    {
        await using var server = await FakeQueryApi.StartAsync(new FakeResponse(500, null));
        var client = Client(server.Uri, Fast(retries: 0) with
        {
            CircuitMinimumThroughput = 3,
            CircuitFailureRatio = 0.5,
            CircuitBreakDuration = TimeSpan.FromMinutes(5),
        });

        for (var i = 0; i < 3; i++)
        {
            var failure = await Assert.ThrowsAsync<Neo4jUnavailableException>(
                () => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));
            Assert.False(failure.CircuitOpen);
        }
        var sentBeforeOpen = server.Requests.Count;

        var open = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));

        Assert.True(open.CircuitOpen);
        Assert.Contains("circuit open", open.Message);
        Assert.Equal(3, sentBeforeOpen);
        Assert.Equal(sentBeforeOpen, server.Requests.Count);
    }

    [Fact]
    public async Task Open_circuit_is_not_retried()
    {
        await using var server = await FakeQueryApi.StartAsync(new FakeResponse(500, null));
        var client = Client(server.Uri, Fast(retries: 5) with
        {
            CircuitMinimumThroughput = 2,
            CircuitFailureRatio = 1,
            CircuitBreakDuration = TimeSpan.FromMinutes(5),
        });

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(
            () => client.RunAsync(new Statement("RETURN 1 AS one"), Ct));

        Assert.True(error.CircuitOpen);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(2, server.Requests.Count);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
