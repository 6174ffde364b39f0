using CareerGraph.GraphQL.Execution;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

/// <summary>Protection hooks: each limit yields a spec-shaped request error instead of running the operation.</summary>
public class LimitsTests : ExecutionTestBase
{
    private async Task<string> RunWith(ExecutionOptions options, string query, CancellationToken? token = null)
    {
        var executor = new GraphQLExecutor(Data.BuildSchema(), options);
        var result = await executor.ExecuteAsync(new GraphQLRequest(query), cancellationToken: token ?? TestContext.Current.CancellationToken);
        return result.ToJson();
    }

    [Fact]
    public async Task Document_size_limit()
    {
        AssertJson("""{"errors":[{"message":"Document is 13 characters long, which exceeds the limit of 10."}]}""",
            await RunWith(new ExecutionOptions { MaxDocumentLength = 10 }, "{ failing   }"));
    }

    [Fact]
    public async Task Token_limit()
    {
        AssertJson("""{"errors":[{"message":"Syntax Error: Document contains more than 3 tokens. Parsing aborted.","locations":[{"line":1,"column":19}]}]}""",
            await RunWith(new ExecutionOptions { MaxTokens = 3 }, "{ failing failing }"));
    }

    [Fact]
    public async Task Depth_limit_counts_through_fragments_and_points_at_the_deepest_field()
    {
        const string query = """
            { profession(id: "p1") { ...R } }
            fragment R on Profession { related { related { id } } }
            """;
        AssertJson("""{"errors":[{"message":"Operation depth 4 exceeds the maximum allowed depth of 3.","locations":[{"line":2,"column":48}],"extensions":{"code":"MAX_DEPTH","value":4,"limit":3}}]}""",
            await RunWith(new ExecutionOptions { MaxDepth = 3 }, query));
        Assert.Contains("\"data\"", await RunWith(new ExecutionOptions { MaxDepth = 4 }, query));
    }

    [Fact]
    public async Task Alias_field_and_cost_limits()
    {
        const string query = "{ a: failing b: failing c: failing profession(id: \"p1\") { id } }";
        AssertJson("""{"errors":[{"message":"Operation uses 3 aliases, which exceeds the limit of 2.","extensions":{"code":"MAX_ALIASES","value":3,"limit":2}}]}""",
            await RunWith(new ExecutionOptions { MaxAliases = 2 }, query));
        AssertJson("""{"errors":[{"message":"Operation selects 5 fields, which exceeds the limit of 4.","extensions":{"code":"MAX_FIELDS","value":5,"limit":4}}]}""",
            await RunWith(new ExecutionOptions { MaxFields = 4 }, query));
        // Leaves weigh 0; profession: its weight 10 + one object (1) = 11.
        var costly = new GraphQLExecutor(Data.Builder().Cost("Query.profession", 10).Build(), new ExecutionOptions { MaxCost = 10 });
        var result = await costly.ExecuteAsync(new GraphQLRequest(query), cancellationToken: TestContext.Current.CancellationToken);
        AssertJson("""{"errors":[{"message":"Operation cost 11 exceeds the budget of 10.","extensions":{"code":"COST_LIMIT_EXCEEDED","value":11,"limit":10}}]}""", result.ToJson());
    }

    [Fact]
    public async Task Fragment_spread_bombs_are_measured_without_expanding()
    {
        // Each level doubles the fields: 2^30 selections if expanded naively.
        var fragments = string.Join("\n", Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 }\n" + fragments + "\nfragment F30 on Query { failing }";
        var json = await RunWith(new ExecutionOptions { ValidationRules = [] }, query);
        AssertJson("""{"errors":[{"message":"Operation selects 1073741824 fields, which exceeds the limit of 1000.","extensions":{"code":"MAX_FIELDS","value":1073741824,"limit":1000}}]}""", json);
    }

    [Fact]
    public async Task Totals_past_the_range_of_a_long_saturate_instead_of_wrapping()
    {
        // 2^64 aliased selections: an int or long counter wraps to 0 here and the operation would run.
        var fragments = string.Join("\n", Enumerable.Range(0, 64).Select(i => $"fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 }\n" + fragments + "\nfragment F64 on Query { a: failing }";
        var json = await RunWith(new ExecutionOptions { ValidationRules = [] }, query);
        Assert.Contains("Operation uses more than 9223372036854775806 aliases", json);
        Assert.Contains("Operation selects more than 9223372036854775806 fields", json);
        Assert.DoesNotContain("\"data\"", json);
    }

    [Fact]
    public async Task Execution_timeout_returns_an_error_instead_of_hanging()
    {
        var json = await RunWith(new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) }, "{ slow(ms: 10000) }");
        AssertJson("""{"errors":[{"message":"Execution timed out after 50 ms."}],"data":null}""", json);
    }

    [Fact]
    public async Task Caller_cancellation_is_not_swallowed()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RunWith(new ExecutionOptions(), "{ slow(ms: 10000) }", cts.Token));
    }

    [Fact]
    public async Task A_field_repeated_800_times_is_refused_with_a_reason_and_a_remedy()
    {
        var query = "{ " + string.Join(" ", Enumerable.Repeat("profession(id: \"p1\") { id }", 800)) + " }";
        var json = await RunWith(new ExecutionOptions(), query);
        Assert.Contains("Validation aborted. Checking that same-named fields can be merged needs more than", json);
        Assert.Contains("select each field once", json);
    }
}
