using System.Text.Json;
using CareerGraph.GraphQL.Validation;

namespace CareerGraph.GraphQL.Execution;

/// <summary>One GraphQL request as the transport received it. Variables may hold JsonElement or plain values.</summary>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);

/// <summary>
/// Protection limits and behaviour switches. A null limit means "no limit". Every violation becomes a
/// spec-shaped error in the response, never an exception.
/// </summary>
public sealed record ExecutionOptions
{
    public int? MaxDocumentLength { get; init; } = 100_000;
    public int? MaxTokens { get; init; } = 15_000;
    public int? MaxDepth { get; init; } = 15;
    public int? MaxAliases { get; init; } = 50;
    public int? MaxFields { get; init; } = 1_000;
    /// <summary>Budget for the operation's cost, lists multiplied by their sizes (see <see cref="OperationLimits"/>).</summary>
    public int? MaxCost { get; init; } = 5_000;
    /// <summary>Size assumed for a list field that declares neither a slicing argument nor @listSize(assumedSize:).</summary>
    public int DefaultListSize { get; init; } = 10;
    public TimeSpan? Timeout { get; init; } = TimeSpan.FromSeconds(30);
    public int DocumentCacheSize { get; init; } = 1_000;
    public int MaxVariableErrors { get; init; } = 50;
    /// <summary>Rules run on each new document; defaults to the spec's rules.</summary>
    public IReadOnlyList<IValidationRule>? ValidationRules { get; init; }
    /// <summary>The parent value of root fields (graphql-js rootValue); default resolvers read it like any parent.</summary>
    public object? RootValue { get; init; }
    /// <summary>Called with exceptions that escaped the engine itself (bugs), before they become a generic error.</summary>
    public Action<Exception>? OnUnexpectedError { get; init; }
    /// <summary>Replace messages of unexpected resolver exceptions (not GraphQLException) with "Unexpected error.".</summary>
    public bool MaskExceptions { get; init; }
}

/// <summary>Converts JSON input (JsonElement) to the plain values input coercion works on.</summary>
public static class JsonInput
{
    public static object? ToPlain(object? value) => value is JsonElement e ? ToPlain(e) : value switch
    {
        IReadOnlyDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        IDictionary<string, object?> d => d.ToDictionary(kv => kv.Key, kv => ToPlain(kv.Value)),
        _ => value,
    };

    public static object? ToPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(new Dictionary<string, object?>(), (d, p) =>
        {
            d[p.Name] = ToPlain(p.Value);
            return d;
        }),
        JsonValueKind.Array => element.EnumerateArray().Select(ToPlain).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? (l is >= int.MinValue and <= int.MaxValue ? (int)l : l) : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
