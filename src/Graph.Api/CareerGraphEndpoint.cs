using System.Text.Json;
using CareerGraph.Api.Graph;
using CareerGraph.GraphQL;
using CareerGraph.GraphQL.Execution;

namespace CareerGraph.Api;

/// <summary>
/// Temporary POST/GET handler until Graph.GraphQL's HTTP endpoint lands: every request executes against the graph
/// snapshot current when it arrived.
/// </summary>
public static class CareerGraphEndpoint
{
    public static void MapCareerGraphQL(this IEndpointRouteBuilder endpoints, string path)
    {
        endpoints.MapPost(path, async (HttpContext http, GraphQLExecutor executor, GraphHolder holder) =>
        {
            GraphQLRequest request;
            try
            {
                using var doc = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
                var root = doc.RootElement;
                request = new GraphQLRequest(
                    root.TryGetProperty("query", out var q) && q.ValueKind == JsonValueKind.String ? q.GetString()! : "",
                    root.TryGetProperty("operationName", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null,
                    root.TryGetProperty("variables", out var v) && v.ValueKind == JsonValueKind.Object
                        ? (IReadOnlyDictionary<string, object?>?)JsonInput.ToPlain(v.Clone()) : null,
                    null);
            }
            catch (JsonException e)
            {
                return Results.Json(new { errors = new[] { new { message = "Body is not valid JSON: " + e.Message } } }, statusCode: 400);
            }
            var result = await executor.ExecuteAsync(request, holder.Current, http.RequestAborted);
            return Results.Text(result.ToJson(), "application/json; charset=utf-8");
        }).RequireRateLimiting(RateLimiting.Policy);
    }
}
