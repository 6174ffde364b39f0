namespace CareerGraph.Api.Graph;

public static class GraphStartup
{
    /// <summary>Registers the graph holder and the source chosen by Graph:Store.</summary>
    public static IServiceCollection AddCareerGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton<GraphHolder>();
        var store = configuration[$"{GraphOptions.Section}:Store"] ?? "embedded";
        if (string.Equals(store, "neo4j", StringComparison.OrdinalIgnoreCase)) return services.AddNeo4jGraphSource(configuration);
        if (string.Equals(store, "embedded", StringComparison.OrdinalIgnoreCase))
            return services.AddSingleton<IGraphSource, EmbeddedGraphSource>();
        // Reported by LoadCareerGraphAsync like every other startup problem: one line, non-zero exit.
        return services.AddSingleton<IGraphSource>(new MisconfiguredSource(
            $"Graph:Store \"{store}\" is not supported (use \"embedded\" or \"neo4j\")"));
    }

    private sealed class MisconfiguredSource(string reason) : IGraphSource
    {
        public Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken) => throw new GraphLoadException(reason);
    }

    /// <summary>
    /// Starts the server and loads the first graph. From seeds or a snapshot (a second or two) the graph is loaded
    /// before listening; from Neo4j, which may take minutes to come up, the server listens first so liveness
    /// probes answer, and GraphQL answers 503 until the graph is in (<see cref="GraphLoadingGate"/>).
    /// </summary>
    public static async Task<bool> StartServingAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value.Store;
        if (!string.Equals(store, "neo4j", StringComparison.OrdinalIgnoreCase))
        {
            if (!await app.LoadCareerGraphAsync()) return false;
            await app.StartAsync();
            return true;
        }
        await app.StartAsync();
        if (await app.LoadCareerGraphAsync()) return true;
        await app.StopAsync();
        return false;
    }

    /// <summary>
    /// Loads the first graph. On failure logs one line and returns false, so
    /// Program can exit non-zero instead of serving nothing.
    /// </summary>
    public static async Task<bool> LoadCareerGraphAsync(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerGraph.Startup");
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var snapshot = await app.Services.GetRequiredService<IGraphSource>().LoadAsync(app.Lifetime.ApplicationStopping);
            app.Services.GetRequiredService<GraphHolder>().Publish(snapshot);
            log.LogInformation("Serving {Professions} professions, {Edges} career edges from {Origin} (version {Version}), loaded in {Ms:F0} ms",
                snapshot.Graph.ProfessionCount, snapshot.Graph.Edges.Count, snapshot.Origin, snapshot.Version,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return true;
        }
        catch (GraphLoadException e)
        {
            log.LogCritical("Cannot start: {Reason}", e.Message);
            return false;
        }
    }
}

public static class GraphLoadingGate
{
    /// <summary>
    /// The host listens before the first graph is loaded (so liveness probes answer during a long Neo4j wait);
    /// until then GraphQL requests get a 503 with Retry-After instead of reaching resolvers with no graph.
    /// </summary>
    public static IApplicationBuilder UseWhileGraphLoads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/health")
            || context.RequestServices.GetRequiredService<GraphHolder>().Current is not null)
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync("{\"errors\":[{\"message\":\"The career graph is still loading; try again shortly.\"}]}");
    });
}
