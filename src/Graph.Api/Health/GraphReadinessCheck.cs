using CareerGraph.Api.Graph;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CareerGraph.Api.Health;

/// <summary>
/// Ready when a graph is served; degraded when the source failed since (the last good graph is still served). What it
/// says is public: the kind of store, the version and the reason, never a file path or a server address.
/// </summary>
public sealed class GraphReadinessCheck(GraphHolder holder) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var current = holder.Current;
        var data = new Dictionary<string, object>();
        if (current is not null)
        {
            data["store"] = current.Store;
            data["version"] = current.Version;
            data["professions"] = current.Graph.ProfessionCount;
        }
        var result = current is null ? HealthCheckResult.Unhealthy("no graph loaded yet", data: data)
            : holder.Problem is { } problem ? HealthCheckResult.Degraded($"serving the last good graph: {problem}", data: data)
            : HealthCheckResult.Healthy($"serving graph version {current.Version} from {current.Store}", data);
        return Task.FromResult(result);
    }
}
