using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerGraph.Neo4j.Client;

/// <summary>The JSON of the Query API (plain JSON format): request bodies and the interpretation of responses.</summary>
internal static class QueryApiJson
{
    /// <summary>camelCase property names, so row records map straight onto Cypher's <c>r.titleKk</c> and back.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static HttpContent Body(Statement statement)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(
            new Dictionary<string, object?> { ["statement"] = statement.Text, ["parameters"] = statement.Parameters },
            Options);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }

    /// <summary>
    /// Turns one HTTP answer into a result or the matching exception. The Query API answers 202 whether or not the
    /// statement succeeded and lists failures under "errors"; only authentication failures change the status (401).
    /// Anything else (5xx, 429, an HTML error page) comes from the server or a proxy in front of it.
    /// </summary>
    /// <param name="transactionId">The explicit transaction the request belonged to, if any (to recognise expiry).</param>
    /// <param name="retryAfter">The server's Retry-After, if it sent one.</param>
    public static QueryApiResponse Interpret(int status, string body, string? transactionId, TimeSpan? retryAfter = null)
    {
        using var json = TryParse(body);
        var root = json?.RootElement;

        if (root is { ValueKind: JsonValueKind.Object } r && r.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "Neo.Unknown" : "Neo.Unknown";
            var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
            if (transactionId is not null && IsTransactionGone(code, message))
                throw new Neo4jTransactionExpiredException(transactionId, code, message, status);
            throw new Neo4jException(code, message, status);
        }

        switch (status)
        {
            case 401:
                throw new Neo4jException("Neo.ClientError.Security.Unauthorized", "authentication failed (HTTP 401)", status);
            case 403:
                throw new Neo4jException("Neo.ClientError.Security.Forbidden", "access denied (HTTP 403)", status);
            case 429 or >= 500:
                throw new TransientHttpFailure(status, retryAfter);
            case 404:
                throw new Neo4jException("Http.NotFound",
                    "no Query API at this address (HTTP 404): it needs Neo4j 5.25 or later, or Aura", status);
            case < 200 or >= 300:
                throw new Neo4jException($"Http.{status}", $"unexpected HTTP status {status}", status);
        }

        if (root is not { ValueKind: JsonValueKind.Object } ok)
        {
            if (string.IsNullOrWhiteSpace(body)) return QueryApiResponse.Empty;
            throw new Neo4jException("Http.InvalidResponse", $"HTTP {status} answer is not a JSON object", status);
        }
        return Success(ok);
    }

    private static QueryApiResponse Success(JsonElement root)
    {
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<JsonElement>>();
        if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f))
                fields.AddRange(f.EnumerateArray().Select(e => e.GetString() ?? ""));
            if (data.TryGetProperty("values", out var v))
                rows.AddRange(v.EnumerateArray().Select(row => (IReadOnlyList<JsonElement>)row.EnumerateArray().Select(e => e.Clone()).ToList()));
        }

        string? id = null;
        DateTimeOffset? expires = null;
        if (root.TryGetProperty("transaction", out var tx) && tx.ValueKind == JsonValueKind.Object)
        {
            id = tx.TryGetProperty("id", out var i) ? i.GetString() : null;
            if (tx.TryGetProperty("expires", out var e) && DateTimeOffset.TryParse(e.GetString(), out var at)) expires = at;
        }

        var bookmarks = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        return new QueryApiResponse(new QueryResult(fields, rows), id, expires, bookmarks);
    }

    // Documented answer for an expired transaction: Neo.ClientError.Request.Invalid,
    // "Transaction with Id: \"lyU\" was not found. It may have timed out and therefore rolled back ...".
    private static bool IsTransactionGone(string code, string message) =>
        code is "Neo.ClientError.Request.Invalid" or "Neo.ClientError.Transaction.TransactionNotFound"
        && message.Contains("not found", StringComparison.OrdinalIgnoreCase);

    private static JsonDocument? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try { return JsonDocument.Parse(body); }
        catch (JsonException) { return null; }
    }
}

internal sealed record QueryApiResponse(
    QueryResult Result, string? TransactionId, DateTimeOffset? Expires, IReadOnlyList<string> Bookmarks)
{
    public static readonly QueryApiResponse Empty = new(new QueryResult([], []), null, null, []);

    /// <summary>The neo4j-cluster-affinity header, replayed on every later request of the same transaction.</summary>
    public string? Affinity { get; init; }
}

/// <summary>An HTTP status that says "try again later" (5xx, 429) without a Neo4j error in the body.</summary>
internal sealed class TransientHttpFailure(int status, TimeSpan? retryAfter)
    : Exception(retryAfter is { } wait ? $"HTTP {status} from the server, retry after {wait.TotalSeconds:0.#} s" : $"HTTP {status} from the server")
{
    public int Status { get; } = status;

    /// <summary>How long the server asked us to wait (Retry-After), if it said.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
