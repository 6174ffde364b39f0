using CareerGraph.Careers.Inference;

namespace CareerGraph.Careers.Building;

/// <summary>Knobs of the graph build; the defaults are the documented ones (docs/career-graph.md).</summary>
public sealed record CareerGraphOptions
{
    public static CareerGraphOptions Default { get; } = new();

    /// <summary>Weights and threshold of the inferred SKILL_OVERLAP edges.</summary>
    public OverlapWeights Overlap { get; init; } = OverlapWeights.Default;

    /// <summary>
    /// Explicit alias groups for external link targets: printed names in one group (compared by normalised key) at
    /// the same level become one external node. Empty by default: stubs merge only on identical normalised name.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> ExternalAliases { get; init; } = [];

    /// <summary>
    /// Editions as a store holds them, by standard id (the API's Neo4j source passes what Neo4j stores), used instead
    /// of working them out from the texts: the graph then serves the stored replacements and printed relations. Null:
    /// worked out (<see cref="Editions.Link"/>).
    /// </summary>
    public IReadOnlyDictionary<string, StoredEdition>? StoredEditions { get; init; }
}
