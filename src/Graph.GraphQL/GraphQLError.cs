using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL;

/// <summary>A 1-based line/column pair, as in the spec's error "locations".</summary>
public readonly record struct SourceLocation(int Line, int Column);

/// <summary>
/// An error in the shape of GraphQL spec §7.1.2: message, optional locations, optional path, optional extensions.
/// Used for syntax, validation, coercion and field errors alike.
/// </summary>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<SourceLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public static GraphQLError At(string message, params IEnumerable<Node?> nodes)
    {
        var locations = nodes.Where(n => n?.Location is not null)
            .Select(n => new SourceLocation(n!.Location!.Line, n.Location.Column)).ToArray();
        return new GraphQLError(message, locations.Length == 0 ? null : locations);
    }

    public GraphQLError WithPath(IReadOnlyList<object> path) => this with { Path = path };

    public override string ToString()
    {
        var where = Locations is { Count: > 0 } ? $" ({string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"))})" : "";
        return Message + where;
    }
}

/// <summary>Thrown when a GraphQL document cannot be parsed; carries the spec-shaped error.</summary>
public sealed class GraphQLSyntaxException(GraphQLError error) : Exception(error.ToString())
{
    public GraphQLError Error { get; } = error;
}

/// <summary>Thrown to abort an operation (or a field) with one or more spec-shaped errors.</summary>
public sealed class GraphQLException : Exception
{
    public GraphQLException(string message, IReadOnlyList<SourceLocation>? locations = null, Exception? inner = null)
        : base(message, inner) => Errors = [new GraphQLError(message, locations)];

    public GraphQLException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n", errors.Select(e => e.ToString()))) => Errors = errors;

    public IReadOnlyList<GraphQLError> Errors { get; }
}
