namespace CareerGraph.Api.Graph;

/// <summary>
/// The graph currently served. Swapped atomically as a whole; readers take <see cref="Current"/> once per request.
/// Also remembers why the last refresh failed, for the readiness check.
/// </summary>
public sealed class GraphHolder
{
    private volatile GraphSnapshot? _current;
    private volatile string? _problem;

    public GraphSnapshot? Current => _current;

    /// <summary>Why the source could not be refreshed (the last good graph is still served), or null.</summary>
    public string? Problem => _problem;

    public void Publish(GraphSnapshot snapshot)
    {
        _current = snapshot;
        _problem = null;
    }

    public void ReportProblem(string problem) => _problem = problem;

    /// <summary>The source answers again and the served graph is its current one.</summary>
    public void ClearProblem() => _problem = null;
}
