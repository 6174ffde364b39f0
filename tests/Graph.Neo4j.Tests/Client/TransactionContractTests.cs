using CareerGraph.Neo4j.Client;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Client;

public sealed class TransactionContractTests
{
    private const string Affinity = "MTAuOC41Ljc6MTc0NzQ=";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Neo4jQueryClient Client(Uri server) =>
        new(new HttpClient(), new Neo4jOptions
        {
            Uri = server,
            Password = "pw",
            Resilience = new Neo4jResilienceOptions
            {
                MaxRetryAttempts = 2,
                RetryBaseDelay = TimeSpan.FromMilliseconds(5),
                CircuitMinimumThroughput = 100,
            },
        });

    /// <summary>A server holding transaction "lyU" open until it is committed or rolled back.</summary>
    private static Func<RecordedRequest, FakeResponse> OneTransaction()
    {
        var open = false;
        return request => (request.Method, request.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => Begin(ref open),
            ("POST", "/db/neo4j/query/v2/tx/lyU") when open => Data(["n"], [[1]], "lyU", Affinity),
            ("POST", "/db/neo4j/query/v2/tx/lyU/commit") when open => Close(ref open, Data([], [])),
            ("DELETE", "/db/neo4j/query/v2/tx/lyU") when open => Close(ref open, Data([], [])),
            _ => Expired("lyU"),
        };

        static FakeResponse Begin(ref bool open)
        {
            open = true;
            return Data([], [], "lyU", Affinity);
        }

        static FakeResponse Close(ref bool open, FakeResponse answer)
        {
            open = false;
            return answer with { Affinity = Affinity };
        }
    }

    [Fact]
    public async Task Begin_run_commit_use_the_documented_endpoints_and_replay_the_affinity_header()
    {
        await using var server = await FakeQueryApi.StartAsync(OneTransaction());
        var client = Client(server.Uri);

        await using (var tx = await client.BeginTransactionAsync(Ct))
        {
            Assert.Equal("lyU", tx.Id);
            Assert.Equal(DateTimeOffset.Parse("2024-10-22T15:48:29Z"), tx.Expires);
            var result = await tx.RunAsync(new Statement("MERGE (n:Person {name: $name}) RETURN 1 AS n").With("name", "Bob"), Ct);
            Assert.Equal(1, result.Scalar<int>());
            await tx.CommitAsync(Ct);
            Assert.False(tx.IsOpen);
        }

        var requests = server.Requests;
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/lyU", "POST /db/neo4j/query/v2/tx/lyU/commit"],
            requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.Null(requests[0].Affinity);
        Assert.All(requests.Skip(1), r => Assert.Equal(Affinity, r.Affinity));
        Assert.Equal("Bob", requests[1].Body!.Value.GetProperty("parameters").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back_with_delete()
    {
        await using var server = await FakeQueryApi.StartAsync(OneTransaction());
        var client = Client(server.Uri);

        await using (var tx = await client.BeginTransactionAsync(Ct))
            await tx.RunAsync(new Statement("CREATE (n:Temp) RETURN 1 AS n"), Ct);

        Assert.Equal("DELETE /db/neo4j/query/v2/tx/lyU", server.Requests.Select(r => $"{r.Method} {r.Path}").Last());
    }

    [Fact]
    public async Task Expired_transaction_gives_a_clear_error_naming_it()
    {
        await using var server = await FakeQueryApi.StartAsync(
            Data([], [], "lyU", Affinity), Expired("lyU"));
        var client = Client(server.Uri);
        await using var tx = await client.BeginTransactionAsync(Ct);

        var error = await Assert.ThrowsAsync<Neo4jTransactionExpiredException>(
            () => tx.RunAsync(new Statement("RETURN 1 AS n"), Ct));

        Assert.Equal("lyU", error.TransactionId);
        Assert.Equal("Neo.ClientError.Request.Invalid", error.Code);
        Assert.Contains("expired", error.Message);
        Assert.False(tx.IsOpen);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync(Ct));
    }

    [Fact]
    public async Task Transaction_function_reruns_the_whole_unit_after_a_transient_error()
    {
        var runs = 0;
        await using var server = await FakeQueryApi.StartAsync(request => (request.Method, request.Path) switch
        {
            ("POST", "/db/neo4j/query/v2/tx") => Data([], [], "tx" + (runs + 1), Affinity),
            ("POST", var p) when p.EndsWith("/commit") => Data([], []),
            ("POST", _) => ++runs == 1 ? Deadlock : Data(["n"], [[runs]], "tx" + runs, Affinity),
            _ => Expired("?"),
        });
        var client = Client(server.Uri);

        var seen = await client.ExecuteInTransactionAsync(
            async (tx, token) => (await tx.RunAsync(new Statement("MERGE (n:X {id: $id}) RETURN 1 AS n").With("id", 1), token)).Scalar<int>(),
            Ct);

        Assert.Equal(2, seen);
        Assert.Equal(
            ["POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx1",
             "POST /db/neo4j/query/v2/tx", "POST /db/neo4j/query/v2/tx/tx2", "POST /db/neo4j/query/v2/tx/tx2/commit"],
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }
}
