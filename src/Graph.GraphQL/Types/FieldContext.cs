using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Types;

/// <summary>A response path: field names and list indices from the root to a value (spec §7.1.2 "path").</summary>
public sealed record ResponsePath(ResponsePath? Previous, object Key)
{
    public IReadOnlyList<object> ToList()
    {
        var keys = new List<object>();
        for (var p = this; p is not null; p = p.Previous) keys.Add(p.Key);
        keys.Reverse();
        return keys;
    }

    public override string ToString() => string.Join(".", ToList());
}

/// <summary>Everything a resolver gets: parent value, coerced arguments, request context and cancellation.</summary>
public sealed class FieldContext
{
    public required object? Parent { get; init; }
    public required IReadOnlyDictionary<string, object?> Arguments { get; init; }
    /// <summary>The per-request context object passed to ExecuteAsync.</summary>
    public required object? Context { get; init; }
    public required CancellationToken CancellationToken { get; init; }
    public required FieldDefinition Field { get; init; }
    public required ObjectType ParentType { get; init; }
    public required IReadOnlyList<FieldNode> FieldNodes { get; init; }
    public required ResponsePath Path { get; init; }
    public required Schema Schema { get; init; }
    public required OperationDefinitionNode Operation { get; init; }
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    public string FieldName => Field.Name;
    public GraphQLType ReturnType => Field.Type;

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>The coerced argument value converted to T (numbers widen/narrow, null stays default).</summary>
    public T? Argument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null) return default;
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }
}
