using System.Text;
using System.Text.Json;
using CareerGraph.GraphQL.Execution;

namespace CareerGraph.GraphQL.Http;

/// <summary>A request the transport could not turn into GraphQL parameters: the status and the one-line reason.</summary>
public sealed record RequestProblem(int StatusCode, string Message);

/// <summary>Turns a JSON body or a query string into GraphQL request parameters (GraphQL over HTTP §"Request Parameters").</summary>
public static class RequestReader
{
    public static (GraphQLRequest? Request, RequestProblem? Problem) FromJsonBody(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty) return (null, new RequestProblem(400, "Request body is empty; expected a JSON object with a \"query\"."));
        if (InvalidUtf8At(body.Span) is { } offset)
            return Invalid($"Request body is not valid UTF-8: invalid byte sequence at byte offset {offset}.");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return (null, new RequestProblem(400, $"Request body is not valid JSON: {e.Message}"));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return (null, new RequestProblem(400, "Request body must be a JSON object."));
            string? query = null, operationName = null;
            IReadOnlyDictionary<string, object?>? variables = null, extensions = null;
            foreach (var property in root.EnumerateObject())
            {
                var value = property.Value;
                if (LoneSurrogateIn(property) is { } where)
                    return Invalid($"Request body has an unpaired surrogate escape (\\uD800–\\uDFFF alone) in {where}; text must be valid Unicode.");
                switch (property.Name)
                {
                    case "query":
                        if (value.ValueKind != JsonValueKind.String) return Invalid("\"query\" must be a string.");
                        query = value.GetString();
                        break;
                    case "operationName":
                        if (value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null)) return Invalid("\"operationName\" must be a string or null.");
                        operationName = value.GetString();
                        break;
                    case "variables":
                        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return Invalid("\"variables\" must be an object or null.");
                        variables = ToMap(value);
                        break;
                    case "extensions":
                        if (value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null)) return Invalid("\"extensions\" must be an object or null.");
                        extensions = ToMap(value);
                        break;
                }
            }
            if (query is null) return Invalid("Missing \"query\": a GraphQL request needs a document.");
            return (new GraphQLRequest(query, operationName, variables, extensions), null);
        }
    }

    /// <summary>GET parameters: query, operationName, and JSON-encoded variables/extensions.</summary>
    public static (GraphQLRequest? Request, RequestProblem? Problem) FromQueryString(Func<string, string?> parameter)
    {
        var query = parameter("query");
        if (string.IsNullOrEmpty(query)) return Invalid("Missing \"query\" parameter.");
        var operationName = parameter("operationName");
        var (variables, variablesProblem) = JsonMapParameter("variables", parameter("variables"));
        if (variablesProblem is not null) return (null, variablesProblem);
        var (extensions, extensionsProblem) = JsonMapParameter("extensions", parameter("extensions"));
        if (extensionsProblem is not null) return (null, extensionsProblem);
        return (new GraphQLRequest(query, string.IsNullOrEmpty(operationName) ? null : operationName, variables, extensions), null);
    }

    private static (IReadOnlyDictionary<string, object?>?, RequestProblem?) JsonMapParameter(string name, string? text)
    {
        if (string.IsNullOrEmpty(text)) return (null, null);
        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.ValueKind switch
            {
                JsonValueKind.Object => (ToMap(json.RootElement), null),
                JsonValueKind.Null => (null, null),
                _ => (null, new RequestProblem(400, $"\"{name}\" must be a JSON-encoded object.")),
            };
        }
        catch (JsonException)
        {
            return (null, new RequestProblem(400, $"\"{name}\" is not valid JSON."));
        }
        catch (InvalidOperationException)
        {
            return (null, new RequestProblem(400, $"\"{name}\" has an unpaired surrogate escape; text must be valid Unicode."));
        }
    }

    private static long? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true);
        try
        {
            decoder.GetCharCount(bytes);
            return null;
        }
        catch (DecoderFallbackException e)
        {
            return e.Index;
        }
    }

    /// <summary>
    /// JSON may escape half of a surrogate pair (\uDFFF); such text is not Unicode and cannot become a .NET string
    /// safely, so it is refused up front with the member that holds it, rather than failing deep in execution.
    /// </summary>
    private static string? LoneSurrogateIn(JsonProperty property)
    {
        if (Printable(property) is not { } name) return "a member name";
        return HasLoneSurrogate(property.Value) ? $"\"{Echo.Cut(name)}\"" : null;

        static string? Printable(JsonProperty p)
        {
            try { return p.Name; }
            catch (InvalidOperationException) { return null; }
        }
    }

    private static bool HasLoneSurrogate(JsonElement element)
    {
        try
        {
            Visit(element);
            return false;
        }
        catch (InvalidOperationException)
        {
            return true;
        }

        static void Visit(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.String: _ = e.GetString(); break;
                case JsonValueKind.Array: foreach (var item in e.EnumerateArray()) Visit(item); break;
                case JsonValueKind.Object:
                    foreach (var p in e.EnumerateObject())
                    {
                        _ = p.Name;
                        Visit(p.Value);
                    }
                    break;
            }
        }
    }

    private static IReadOnlyDictionary<string, object?>? ToMap(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object ? (Dictionary<string, object?>)JsonInput.ToPlain(value)! : null;

    private static (GraphQLRequest?, RequestProblem?) Invalid(string message) => (null, new RequestProblem(400, message));
}
