using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Graph;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Graph;

/// <summary>
/// The graph the loader put in Neo4j. Each graph version stores the extracted source documents it was built from
/// (SourceDocument nodes), and the snapshot is built from them exactly as the embedded mode builds it from files,
/// so both modes answer alike. At startup it waits, within Graph:StartupWaitSeconds, for a Neo4j that is down or
/// holds no graph yet; anything else (credentials, a broken graph) fails at once.
/// </summary>
public sealed class Neo4jGraphSource(Neo4jGraphStore store, string database, IOptions<GraphOptions> options,
    ILogger<Neo4jGraphSource> logger, TimeProvider time) : IGraphSource
{
    /// <summary>"neo4j http://host:7474/ database neo4j": where the served graph came from.</summary>
    public string Origin { get; } = $"neo4j {store.Client.Endpoint.BaseUri} database {database}";

    public async Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        // Checked here, before the server starts, so a bad value is the one startup line and not a crashed poller later.
        if (!(o.PollSeconds > 0)) throw new GraphLoadException($"Graph:PollSeconds must be a positive number of seconds (is {o.PollSeconds})");
        var wait = TimeSpan.FromSeconds(o.StartupWaitSeconds);
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            string reason;
            try
            {
                if (await ReadCurrentAsync(cancellationToken) is { } snapshot) return snapshot;
                reason = "it holds no graph yet (run `Graph.Loader load <seeds> --to neo4j`)";
            }
            catch (Neo4jUnavailableException e)
            {
                reason = e.Message;
            }
            catch (InvalidGraphException e)
            {
                throw new GraphLoadException($"{Origin}: the current graph version is refused: {e.Message}");
            }
            catch (Exception e) when (IsFailure(e))
            {
                throw new GraphLoadException($"{Origin}: {OneLine(e)}");
            }

            if (time.GetElapsedTime(started) >= wait)
                throw new GraphLoadException($"{Origin}: no graph after {attempt} attempt(s) in {wait.TotalSeconds:0} s " +
                                             $"(Graph:StartupWaitSeconds): {OneLine(reason)}");
            logger.LogWarning("Waiting for Neo4j (attempt {Attempt}): {Reason}", attempt, OneLine(reason));
            await Task.Delay(TimeSpan.FromSeconds(o.StartupRetrySeconds), time, cancellationToken);
        }
    }

    /// <summary>The version readers should see now, or null when nothing is loaded; one small query.</summary>
    public Task<long?> CurrentVersionAsync(CancellationToken cancellationToken) => store.CurrentVersionAsync(cancellationToken);

    /// <summary>
    /// The current graph version as a snapshot, or null when nothing is loaded; <see cref="InvalidGraphException"/>
    /// when the version fails <see cref="GraphValidation"/>.
    /// </summary>
    public async Task<GraphSnapshot?> ReadCurrentAsync(CancellationToken cancellationToken)
    {
        if (await store.LoadDocumentsAsync(cancellationToken) is not { } loaded) return null;
        if (loaded.Documents.Count == 0)
            throw new InvalidDataException($"graph version {loaded.Version} holds no source documents; reload it with this loader version");
        // The editions served are the ones Neo4j holds (what Browser queries see), not worked out again from the texts.
        return GraphSnapshot.Build(loaded.Documents, "neo4j", Origin, VersionText(loaded.Version),
            new CareerGraph.Careers.Building.CareerGraphOptions { StoredEditions = loaded.Editions });
    }

    public static string VersionText(long version) => version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Failures of the store itself (as opposed to cancellation or bugs), reported as one line.</summary>
    public static bool IsFailure(Exception e) =>
        e is Neo4jException or Neo4jUnavailableException or InvalidDataException or InvalidOperationException
            or System.Text.Json.JsonException;

    public static string OneLine(Exception e) => OneLine(e.Message);

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public static class Neo4jGraphSourceRegistration
{
    /// <summary>Graph:Store=neo4j: the Neo4j source for startup and the poller that keeps the graph current.</summary>
    public static IServiceCollection AddNeo4jGraphSource(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ =>
        {
            try
            {
                return Neo4jOptions.FromConfiguration(configuration);
            }
            catch (InvalidOperationException e)
            {
                throw new GraphLoadException($"Graph:Store is neo4j, but {e.Message}");
            }
        });
        services.AddSingleton(sp => new Neo4jGraphStore(sp.GetRequiredService<Neo4jOptions>(), sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new Neo4jGraphSource(sp.GetRequiredService<Neo4jGraphStore>(),
            sp.GetRequiredService<Neo4jOptions>().Database, sp.GetRequiredService<IOptions<GraphOptions>>(),
            sp.GetRequiredService<ILogger<Neo4jGraphSource>>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IGraphSource>(sp => sp.GetRequiredService<Neo4jGraphSource>());
        services.AddHostedService<Neo4jGraphRefresher>();
        return services;
    }
}
