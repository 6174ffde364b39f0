using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Graph;

/// <summary>
/// Polls Neo4j's current graph version every Graph:PollSeconds and swaps the served graph when it changed. While
/// Neo4j cannot be read the last graph stays served and the holder carries the reason (readiness: Degraded); the
/// first good poll clears it.
/// </summary>
public sealed class Neo4jGraphRefresher(Neo4jGraphSource source, GraphHolder holder, IOptions<GraphOptions> options,
    ILogger<Neo4jGraphRefresher> logger, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        while (await timer.WaitForNextTickAsync(stoppingToken)) await PollOnceAsync(stoppingToken);
    }

    public async Task PollOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var version = await source.CurrentVersionAsync(cancellationToken);
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
            if (await source.ReadCurrentAsync(cancellationToken) is not { } snapshot)
            {
                Report("Neo4j holds no current graph version (was the database reset?)");
                return;
            }
            holder.Publish(snapshot);
            logger.LogInformation("Swapped to graph version {Version}: {Professions} professions, {Edges} career edges",
                snapshot.Version, snapshot.Graph.ProfessionCount, snapshot.Graph.Edges.Count);
        }
        catch (Exception e) when (Neo4jGraphSource.IsFailure(e))
        {
            Report($"{source.Origin}: {Neo4jGraphSource.OneLine(e)}");
        }
    }

    private void Report(string problem)
    {
        if (holder.Problem != problem)
            logger.LogWarning("Serving the last good graph (version {Version}): {Problem}", holder.Current?.Version, problem);
        holder.ReportProblem(problem);
    }
}
