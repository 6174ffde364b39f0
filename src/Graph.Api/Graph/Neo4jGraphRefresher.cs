using CareerGraph.Neo4j.Client;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Graph;

/// <summary>
/// Polls Neo4j's current graph version every Graph:PollSeconds and swaps the served graph when it changed and passes
/// <see cref="GraphValidation"/>. While Neo4j cannot be read, or its current version is refused, the last good graph
/// stays served and the holder carries the reason (readiness: Degraded); the first good poll clears it. Nothing a poll
/// meets escapes the loop: an exception leaving a background service would stop the host.
/// </summary>
public sealed class Neo4jGraphRefresher(Neo4jGraphSource source, GraphHolder holder, IOptions<GraphOptions> options,
    ILogger<Neo4jGraphRefresher> logger, TimeProvider time) : BackgroundService
{
    /// <summary>The version last refused and why: not read again (and not logged again) until the current one changes.</summary>
    private (long Version, string Reason)? _refused;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await PollOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        long? version = null;
        try
        {
            version = await source.CurrentVersionAsync(cancellationToken);
            if (version is null)
            {
                Report("Neo4j holds no current graph version (was the database reset?)");
                return;
            }
            if (holder.Current?.Version == Neo4jGraphSource.VersionText(version.Value))
            {
                if (holder.Problem is not null) logger.LogInformation("Neo4j answers again; serving graph version {Version}", version);
                holder.ClearProblem();
                return;
            }
            if (_refused is { } refused && refused.Version == version)
            {
                Report(refused.Reason);
                return;
            }
            if (await source.ReadCurrentAsync(cancellationToken) is not { } snapshot)
            {
                Report("Neo4j holds no current graph version (was the database reset?)");
                return;
            }
            holder.Publish(snapshot);
            _refused = null;
            logger.LogInformation("Swapped to graph version {Version}: {Professions} professions, {Edges} career edges",
                snapshot.Version, snapshot.Graph.ProfessionCount, snapshot.Graph.Edges.Count);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (InvalidGraphException e)
        {
            var reason = $"graph version {version} refused: {e.Message}";
            _refused = (version ?? -1, reason);
            Report(reason);
        }
        catch (Exception e)
        {
            Report(Reason(e), Neo4jGraphSource.OneLine(e));
        }
    }

    /// <summary>A failure as /health/ready may show it to anyone: what went wrong, never the server's address.</summary>
    private static string Reason(Exception e) => e switch
    {
        Neo4jUnavailableException u => $"Neo4j is unavailable after {u.Attempts} attempt(s)",
        Neo4jException n => $"Neo4j answered an error ({n.Code})",
        System.Text.Json.JsonException or InvalidDataException => "Neo4j answered data this API cannot read",
        _ => $"the graph could not be read from Neo4j ({e.GetType().Name})",
    };

    /// <summary>Logs once per new problem (with <paramref name="detail"/> for the operator) and marks the holder degraded.</summary>
    private void Report(string problem, string? detail = null)
    {
        if (holder.Problem != problem)
            logger.LogWarning("Serving the last good graph (version {Version}): {Problem}", holder.Current?.Version,
                detail is null ? problem : $"{problem}: {source.Origin}: {detail}");
        holder.ReportProblem(problem);
    }
}
