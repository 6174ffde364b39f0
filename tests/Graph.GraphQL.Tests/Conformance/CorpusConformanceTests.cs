using System.Text.Json;
using System.Text.Json.Nodes;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Tests.TestSchema;
using CareerGraph.GraphQL.Tests.Validation;
using CareerGraph.GraphQL.Validation;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Conformance;

/// <summary>
/// tests/conformance/corpus/corpus.json (made by corpus/generate.mjs) run through graphql-js 16.15.0 (run-corpus.mjs)
/// and through our engine: the same verdict and the same errors (message and locations, in order) for every document,
/// and for every valid document over the test schema the same response as JSON text: data in the same field order,
/// numbers printed alike (1.0 is not 1), and each error's message, path and locations.
/// </summary>
public class CorpusConformanceTests
{
    private sealed record Case(string Name, string Schema, string Query, JsonObject? Variables, string? OperationName);

    [Fact]
    public async Task Our_verdicts_and_responses_equal_graphql_js_for_the_whole_corpus()
    {
        var corpusPath = Path.Combine(NodeTool.ConformanceFolder, "corpus", "corpus.json");
        var resultsPath = Path.Combine(Path.GetTempPath(), $"careergraph-graphqljs-{Guid.NewGuid():N}.json");
        var (exit, output) = await NodeTool.RunScriptAsync("run-corpus.mjs", corpusPath, resultsPath);
        Assert.True(exit == 0, output);
        var theirs = JsonNode.Parse(await File.ReadAllTextAsync(resultsPath, TestContext.Current.CancellationToken))!["results"]!.AsArray()
            .ToDictionary(r => (string)r!["name"]!, r => r!.AsObject());
        File.Delete(resultsPath);

        var cases = JsonNode.Parse(await File.ReadAllTextAsync(corpusPath, TestContext.Current.CancellationToken))!.AsArray()
            .Select(c => new Case((string)c!["name"]!, (string)c["schema"]!, (string)c["query"]!, c["variables"]?.AsObject(), (string?)c["operationName"]))
            .ToList();
        Assert.True(cases.Count >= 500, $"corpus has only {cases.Count} documents");

        var verdictMismatches = new List<string>();
        var executionMismatches = new List<string>();
        var executed = 0;
        foreach (var c in cases)
        {
            var expected = theirs[c.Name];
            var (verdict, errors) = Judge(c);
            var expectedErrors = expected["errors"]!.AsArray().Select(e => Shape((string)e!["message"]!,
                e["locations"]!.AsArray().Select(l => ((int)l!["line"]!, (int)l["column"]!)))).ToList();
            string? verdictMismatch = verdict != (string)expected["verdict"]! || !errors.SequenceEqual(expectedErrors)
                ? $"{c.Name}: ours {verdict} ({string.Join(" | ", errors)}), graphql-js {expected["verdict"]} ({string.Join(" | ", expectedErrors)})"
                : null;
            string? executionMismatch = null;
            if (verdictMismatch is null && expected["response"] is JsonValue expectedText)
            {
                executed++;
                var ours = JsonNode.Parse((await Execute(c)).ToJson())!.AsObject();
                var theirsResponse = JsonNode.Parse((string)expectedText!)!.AsObject();
                if (FirstDifference(Normalize(ours), Normalize(theirsResponse), "$") is { } difference)
                    executionMismatch = $"{c.Name}: {difference}";
            }
            if (verdictMismatch is not null) verdictMismatches.Add(verdictMismatch);
            if (executionMismatch is not null) executionMismatches.Add(executionMismatch);
        }

        var summary = $"{cases.Count} documents ({cases.Count(c => (string)theirs[c.Name]["verdict"]! == "valid")} valid, " +
            $"{cases.Count(c => (string)theirs[c.Name]["verdict"]! == "invalid")} invalid, {cases.Count(c => (string)theirs[c.Name]["verdict"]! == "parse")} parse errors): " +
            $"{verdictMismatches.Count} verdict or error (message, locations) mismatches; {executed} executed, {executionMismatches.Count} response mismatches";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        CiReport.Append("GraphQL conformance 2+3: corpus verdicts and execution parity with graphql-js 16.15.0", summary);
        foreach (var m in verdictMismatches.Concat(executionMismatches)) TestContext.Current.TestOutputHelper?.WriteLine(m);
        Assert.True(verdictMismatches.Count + executionMismatches.Count == 0,
            summary + "\n" + string.Join("\n", verdictMismatches.Concat(executionMismatches).Take(40)));
    }

    [Theory]
    [InlineData("""{"data":{"a":1}}""", """{"data":{"a":1.0}}""", "$.data.a: ours 1, graphql-js 1.0")]
    [InlineData("""{"data":{"a":1,"b":2}}""", """{"data":{"b":2,"a":1}}""", "$.data: keys ours [a, b], graphql-js [b, a]")]
    [InlineData("""{"data":{"a":[1,2]}}""", """{"data":{"a":[1,2]}}""", null)]
    public void Responses_differ_by_field_order_and_number_text(string ours, string theirs, string? difference) =>
        Assert.Equal(difference, FirstDifference(JsonNode.Parse(ours), JsonNode.Parse(theirs), "$"));

    /// <summary>An error as both sides print it for comparison: message, then its locations in order.</summary>
    private static string Shape(string message, IEnumerable<(int Line, int Column)> locations) =>
        $"{message} @{string.Join(",", locations.Select(l => $"{l.Line}:{l.Column}"))}";

    private static string Shape(GraphQLError e) => Shape(e.Message, (e.Locations ?? []).Select(l => (l.Line, l.Column)));

    private static (string Verdict, IReadOnlyList<string> Errors) Judge(Case c)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(c.Query);
        }
        catch (GraphQLSyntaxException e)
        {
            return ("parse", [Shape(e.Error)]);
        }
        var schema = c.Schema == "spec" ? ValidationTestSchema.Schema : TestSchemaInstance;
        var errors = Validator.Validate(schema, document);
        return errors.Count > 0 ? ("invalid", errors.Select(Shape).ToList()) : ("valid", []);
    }

    private static readonly Types.Schema TestSchemaInstance = new TestData().BuildSchema();

    private static Task<ExecutionResult> Execute(Case c)
    {
        // Fresh data per document (mutations change it), unmasked messages (graphql-js reports resolver messages),
        // no depth/size limits (graphql-js has none).
        var executor = new GraphQLExecutor(new TestData().BuildSchema(), new ExecutionOptions
        {
            MaskExceptions = false, MaxDepth = null, MaxAliases = null, MaxFields = null, MaxCost = null, MaxTokens = null,
        });
        var variables = c.Variables?.ToDictionary(kv => kv.Key, kv => (object?)JsonSerializer.SerializeToElement(kv.Value));
        return executor.ExecuteAsync(new GraphQLRequest(c.Query, c.OperationName, variables), null, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// JSON path and both texts of the first place where the responses differ, null when equal. Objects are compared
    /// key by key in order; scalars by their JSON text as printed, so 1.0 and 1 differ.
    /// </summary>
    private static string? FirstDifference(JsonNode? ours, JsonNode? theirs, string path)
    {
        switch (ours, theirs)
        {
            case (JsonObject o, JsonObject t):
                var ourKeys = o.Select(p => p.Key).ToList();
                var theirKeys = t.Select(p => p.Key).ToList();
                if (!ourKeys.SequenceEqual(theirKeys))
                    return $"{path}: keys ours [{string.Join(", ", ourKeys)}], graphql-js [{string.Join(", ", theirKeys)}]";
                foreach (var key in ourKeys)
                    if (FirstDifference(o[key], t[key], $"{path}.{key}") is { } inner) return inner;
                return null;
            case (JsonArray o, JsonArray t):
                for (var i = 0; i < Math.Min(o.Count, t.Count); i++)
                    if (FirstDifference(o[i], t[i], $"{path}[{i}]") is { } inner) return inner;
                return o.Count == t.Count ? null : $"{path}: {o.Count} items in ours, {t.Count} in graphql-js";
            default:
                var (a, b) = (ours?.ToJsonString() ?? "null", theirs?.ToJsonString() ?? "null");
                return a == b ? null : $"{path}: ours {a}, graphql-js {b}";
        }
    }

    /// <summary>The parts both engines must agree on: data, and each error's message, path and locations.</summary>
    private static JsonObject Normalize(JsonObject response)
    {
        var normalized = new JsonObject();
        if (response["errors"] is JsonArray errors)
            normalized["errors"] = new JsonArray(errors.Select(e => (JsonNode)new JsonObject
            {
                ["message"] = e!["message"]?.DeepClone(),
                ["path"] = e["path"]?.DeepClone(),
                ["locations"] = e["locations"]?.DeepClone(),
            }).ToArray());
        if (response.ContainsKey("data")) normalized["data"] = response["data"]?.DeepClone();
        return normalized;
    }
}
