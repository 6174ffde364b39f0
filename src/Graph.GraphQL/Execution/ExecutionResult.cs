using System.Collections;
using System.Text;
using System.Text.Json;

namespace CareerGraph.GraphQL.Execution;

/// <summary>An object in the response: keys in the order the fields were selected (spec §7.1 "Serialization").</summary>
public sealed class ResultMap : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly string?[] _keys;
    private readonly object?[] _values;

    internal ResultMap(int capacity)
    {
        _keys = new string?[capacity];
        _values = new object?[capacity];
    }

    internal void Set(int index, string key, object? value)
    {
        _keys[index] = key;
        _values[index] = value;
    }

    internal void Omit(int index) => _keys[index] = null;

    public object? this[string key]
    {
        get
        {
            for (var i = 0; i < _keys.Length; i++)
                if (_keys[i] == key) return _values[i];
            throw new KeyNotFoundException(key);
        }
    }

    public KeyValuePair<string, object?> this[int index] => new(_keys[index]!, _values[index]);

    public int Count => _keys.Count(k => k is not null);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
            if (_keys[i] is { } key) yield return new(key, _values[i]);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>A resolver exception that was not a GraphQL error, with the response path of its field.</summary>
public sealed record UnexpectedError(Exception Exception, IReadOnlyList<object> Path);

/// <summary>The response of one request: errors (first, as graphql-js orders them), data, extensions.</summary>
public sealed class ExecutionResult
{
    public ResultMap? Data { get; init; }
    /// <summary>False when the request failed before execution started: then "data" is absent (spec §7.1.1).</summary>
    public bool HasData { get; init; }
    public IReadOnlyList<GraphQLError> Errors { get; init; } = [];
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }
    /// <summary>Exceptions behind masked field errors: for the server log, never for the response.</summary>
    public IReadOnlyList<UnexpectedError> UnexpectedErrors { get; init; } = [];

    public static ExecutionResult RequestError(params IReadOnlyList<GraphQLError> errors) => new() { Errors = errors };

    public ExecutionResult WithExtension(string key, object? value) => new()
    {
        Data = Data,
        HasData = HasData,
        Errors = Errors,
        UnexpectedErrors = UnexpectedErrors,
        Extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>()) { [key] = value },
    };

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Errors.Count > 0)
        {
            writer.WritePropertyName("errors");
            writer.WriteStartArray();
            foreach (var error in Errors) WriteError(writer, error);
            writer.WriteEndArray();
        }
        if (HasData)
        {
            writer.WritePropertyName("data");
            WriteValue(writer, Data);
        }
        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, Extensions);
        }
        writer.WriteEndObject();
    }

    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            WriteTo(writer);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void WriteError(Utf8JsonWriter writer, GraphQLError error)
    {
        writer.WriteStartObject();
        writer.WriteString("message", error.Message);
        if (error.Locations is { Count: > 0 })
        {
            writer.WritePropertyName("locations");
            writer.WriteStartArray();
            foreach (var location in error.Locations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", location.Line);
                writer.WriteNumber("column", location.Column);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (error.Path is { Count: > 0 })
        {
            writer.WritePropertyName("path");
            writer.WriteStartArray();
            foreach (var key in error.Path)
            {
                if (key is int index) writer.WriteNumberValue(index);
                else writer.WriteStringValue(key.ToString());
            }
            writer.WriteEndArray();
        }
        if (error.Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            WriteValue(writer, error.Extensions);
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f: writer.WriteNumberValue(f); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case JsonElement e: e.WriteTo(writer); break;
            case ResultMap map:
                writer.WriteStartObject();
                foreach (var (key, item) in map)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object?>> dictionary:
                writer.WriteStartObject();
                foreach (var (key, item) in dictionary)
                {
                    writer.WritePropertyName(key);
                    WriteValue(writer, item);
                }
                writer.WriteEndObject();
                break;
            case IEnumerable list:
                writer.WriteStartArray();
                foreach (var item in list) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }
}
