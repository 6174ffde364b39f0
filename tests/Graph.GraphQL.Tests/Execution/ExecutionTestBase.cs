using System.Text.Json;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Tests.TestSchema;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Execution;

public abstract class ExecutionTestBase
{
    protected TestData Data { get; } = new();

    protected virtual GraphQLExecutor CreateExecutor() => new(Data.BuildSchema());

    private GraphQLExecutor? _executor;
    protected GraphQLExecutor Executor => _executor ??= CreateExecutor();

    protected async Task<string> Run(string query, string? variablesJson = null, string? operationName = null)
    {
        IReadOnlyDictionary<string, object?>? variables = variablesJson is null
            ? null
            : JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(variablesJson)!
                .ToDictionary(kv => kv.Key, kv => (object?)kv.Value);
        var result = await Executor.ExecuteAsync(new GraphQLRequest(query, operationName, variables),
            cancellationToken: TestContext.Current.CancellationToken);
        return result.ToJson();
    }

    /// <summary>Compares JSON structurally (key order included), so expectations can be written readably.</summary>
    protected static void AssertJson(string expected, string actual)
    {
        static string Canonical(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement,
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Equal(Canonical(expected), Canonical(actual));
    }
}
