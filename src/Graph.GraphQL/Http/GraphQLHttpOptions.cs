using CareerGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace CareerGraph.GraphQL.Http;

/// <summary>Transport settings of one GraphQL endpoint. Execution limits live in the executor's <see cref="ExecutionOptions"/>.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The executor to run requests on; when null the endpoint takes the one registered by AddGraphQL.</summary>
    public GraphQLExecutor? Executor { get; set; }

    /// <summary>Per-request context handed to resolvers (e.g. the graph snapshot current at request start).</summary>
    public Func<HttpContext, object?>? ContextFactory { get; set; }

    /// <summary>Serve the offline GraphiQL page to browsers (GET with Accept: text/html).</summary>
    public bool EnableGraphiQL { get; set; } = true;

    /// <summary>Largest request body read, in bytes; larger bodies get 413 without being buffered.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_000_000;

    /// <summary>Largest response body, in bytes; a larger answer is replaced by one error (code RESPONSE_TOO_LARGE).</summary>
    public long MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Deadline for a whole request: execution (bounded again by the executor's timeout) and serialisation.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
