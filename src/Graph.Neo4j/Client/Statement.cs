namespace CareerGraph.Neo4j.Client;

/// <summary>
/// One Cypher statement and its parameters. Values always travel as parameters, never inside the text,
/// so the server can cache the plan and no value can change the query.
/// </summary>
public sealed record Statement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public Statement(string text) : this(text, new Dictionary<string, object?>()) { }

    public Statement With(string name, object? value)
    {
        var parameters = new Dictionary<string, object?>(Parameters) { [name] = value };
        return this with { Parameters = parameters };
    }
}
