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
    /// Loads the first graph before the server accepts requests. On failure logs one line and returns false, so
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
