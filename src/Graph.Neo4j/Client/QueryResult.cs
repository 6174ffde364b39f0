using System.Text.Json;
using System.Text.Json.Nodes;

namespace CareerGraph.Neo4j.Client;

/// <summary>The plain-JSON result of one statement: field names and one row of values per record.</summary>
public sealed class QueryResult
{
    private readonly Dictionary<string, int> _index;

    public QueryResult(IReadOnlyList<string> fields, IReadOnlyList<IReadOnlyList<JsonElement>> values)
    {
        Fields = fields;
        _index = fields.Select((field, i) => (field, i)).ToDictionary(p => p.field, p => p.i, StringComparer.Ordinal);
        Rows = values.Select(v => new ResultRow(this, v)).ToList();
    }

    public IReadOnlyList<string> Fields { get; }
    public IReadOnlyList<ResultRow> Rows { get; }

    /// <summary>Maps every row onto <typeparamref name="T"/> by field name (camelCase, as the Cypher aliases are).</summary>
    public IReadOnlyList<T> As<T>() => Rows.Select(r => r.As<T>()).ToList();

    /// <summary>The single value of a one-row, one-field result (e.g. <c>RETURN count(n) AS n</c>).</summary>
    public T Scalar<T>()
    {
        if (Rows.Count != 1 || Fields.Count != 1)
            throw new InvalidOperationException(
                $"Expected one row with one field, got {Rows.Count} row(s) with fields [{string.Join(", ", Fields)}].");
        return Rows[0].Get<T>(Fields[0]);
    }

    internal int IndexOf(string field) =>
        _index.TryGetValue(field, out var i)
            ? i
            : throw new KeyNotFoundException($"The result has no field '{field}'; fields are [{string.Join(", ", Fields)}].");
}

public sealed class ResultRow
{
    private readonly QueryResult _result;

    internal ResultRow(QueryResult result, IReadOnlyList<JsonElement> values)
    {
        _result = result;
        Values = values;
    }

    public IReadOnlyList<JsonElement> Values { get; }

    public JsonElement this[string field] => Values[_result.IndexOf(field)];

    public T Get<T>(string field)
    {
        var value = this[field];
        try
        {
            return value.Deserialize<T>(QueryApiJson.Options)!;
        }
        catch (JsonException e)
        {
            throw new InvalidCastException($"Field '{field}' holds {value.ValueKind} '{value}', not {typeof(T).Name}.", e);
        }
    }

    public T As<T>()
    {
        var record = new JsonObject();
        for (var i = 0; i < _result.Fields.Count; i++)
            record[_result.Fields[i]] = JsonNode.Parse(Values[i].GetRawText());
        return record.Deserialize<T>(QueryApiJson.Options)
            ?? throw new InvalidCastException($"A row could not be mapped onto {typeof(T).Name}.");
    }
}
