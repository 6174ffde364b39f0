namespace CareerGraph.Api.Graph;

public static class GraphStartup
{
    /// <summary>
    /// Registers the graph holder and the source chosen by Graph:Store. ConfigurationCheck has refused every value but
    /// "embedded" and "neo4j" (any case, spaces around), so the store is one or the other.
    /// </summary>
    public static IServiceCollection AddCareerGraph(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GraphOptions>(configuration.GetSection(GraphOptions.Section));
        services.AddSingleton<GraphHolder>();
        return GraphOptions.UsesNeo4j(configuration[$"{GraphOptions.Section}:Store"])
            ? services.AddNeo4jGraphSource(configuration)
            : services.AddSingleton<IGraphSource, EmbeddedGraphSource>();
    }

    /// <summary>
    /// Starts the server and loads the first graph. From seeds or a snapshot (a second or two) the graph is loaded
    /// before listening; from Neo4j, which may take minutes to come up, the server listens first so liveness
    /// probes answer, and GraphQL answers 503 until the graph is in (<see cref="GraphLoadingGate"/>).
    /// </summary>
    public static async Task<bool> StartServingAsync(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphOptions>>().Value.Store;
        if (!GraphOptions.UsesNeo4j(store)) return await app.LoadCareerGraphAsync() && await app.ListenAsync();
        if (!await app.ListenAsync()) return false;
        if (await app.LoadCareerGraphAsync()) return true;
        await app.StopAsync();
        return false;
    }

    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";
    private static volatile bool _listening;

    /// <summary>
    /// While <see cref="ListenAsync"/> starts the server, the host's own «Hosting failed to start» error (the whole
    /// stack trace) is dropped: ListenAsync reports the failure itself, in one line. Nothing else of that category is.
    /// </summary>
    public static ILoggingBuilder ReportListenFailuresInOneLine(this ILoggingBuilder logging)
    {
        logging.Services.Configure<LoggerFilterOptions>(o => o.Rules.Add(new LoggerFilterRule(null, HostCategory, LogLevel.Information,
            (_, _, level) => !(_listening && level == LogLevel.Error))));
        return logging;
    }

    /// <summary>
    /// Starts the server. An address it cannot listen on (a port in use, an address not on this machine, a port it may
    /// not open) is one log line naming the address and the cause, and false, so Program exits non-zero.
    /// </summary>
    private static async Task<bool> ListenAsync(this WebApplication app)
    {
        _listening = true;
        try
        {
            await app.StartAsync();
            return true;
        }
        catch (Exception e) when (e is IOException or System.Net.Sockets.SocketException)
        {
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CareerGraph.Startup");
            // Before the server is up, app.Urls may still be empty: the configured --urls / ASPNETCORE_URLS say where.
            var configured = app.Urls.Count > 0 ? app.Urls : (app.Configuration[WebHostDefaults.ServerUrlsKey] ?? "http://localhost:5000").Split(';');
            log.LogCritical("Cannot start: {Reason}", ListenFailure(e, configured));
            return false;
        }
        finally
        {
            _listening = false;
        }
    }

    /// <summary>«cannot listen on http://127.0.0.1:5000: address already in use (…)»: Kestrel's address, the innermost cause.</summary>
    public static string ListenFailure(Exception e, IEnumerable<string> configured)
    {
        // Kestrel: «Failed to bind to address http://127.0.0.1:5000: address already in use.»
        var kestrel = System.Text.RegularExpressions.Regex.Match(e.Message, @"^Failed to bind to address (\S+?):? ");
        var address = kestrel.Success ? kestrel.Groups[1].Value : string.Join(", ", configured);
        var cause = e.GetBaseException().Message.TrimEnd('.');
        var inUse = e is Microsoft.AspNetCore.Connections.AddressInUseException
            || e.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException;
        return $"cannot listen on {address}: {(inUse ? "address already in use (another process listens there; choose another address with --urls)" : cause)}";
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
