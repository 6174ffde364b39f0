namespace CareerGraph.Api.Graph;

/// <summary>Configuration section "Graph": where the served graph comes from.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"embedded" (seeds folder or snapshot file, the default) or "neo4j".</summary>
    public string Store { get; set; } = "embedded";

    /// <summary>Whether a Graph:Store value names Neo4j, read as ConfigurationCheck reads it (any case, spaces around).</summary>
    public static bool UsesNeo4j(string? store) => string.Equals(store?.Trim(), "neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>Folder of standards to extract. Default: the nearest "seeds" folder above the content root or current directory.</summary>
    public string? Seeds { get; set; }

    /// <summary>
    /// Folder of the seeds cache (<see cref="SeedsCache"/>: extracted documents and inferred edges keyed by the seeds'
    /// content), or "off". Default: "careergraph" in the user's cache folder.
    /// </summary>
    public string? Cache { get; set; }

    /// <summary>A careergraph-extract/1 file written by `Graph.Loader load … --to snapshot`; wins over Seeds.</summary>
    public string? Snapshot { get; set; }

    /// <summary>Neo4j store: how often to ask for the current graph version (a small query) and swap when it changed.</summary>
    public double PollSeconds { get; set; } = 30;

    /// <summary>Neo4j store: how long startup keeps retrying while Neo4j is unreachable or holds no graph yet.</summary>
    public double StartupWaitSeconds { get; set; } = 120;

    /// <summary>Neo4j store: pause between startup attempts (each attempt has the client's own retries too).</summary>
    public double StartupRetrySeconds { get; set; } = 3;
}
