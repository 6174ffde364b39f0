namespace CareerGraph.Careers.Inference;

/// <summary>
/// Weights of the transfer score (docs/career-graph.md §Overlap). Labour functions play the part of Career
/// Causeways' work activities; skills and abilities its essential skills; knowledge its knowledge items.
/// <see cref="Threshold"/> is the least directional score that makes a SKILL_OVERLAP edge;
/// <see cref="HaveSimilarity"/> and <see cref="PartialSimilarity"/> are the stem Dice cut-offs for "same item"
/// and "partly the same item"; a partial match earns <see cref="PartialCredit"/>.
/// </summary>
public sealed record OverlapWeights(
    double LaborFunctions,
    double Skills,
    double Abilities,
    double Knowledge,
    double Threshold,
    double HaveSimilarity,
    double PartialSimilarity,
    double PartialCredit,
    int MaxEdgesPerProfession)
{
    public static OverlapWeights Default { get; } = new(
        LaborFunctions: 0.30, Skills: 0.30, Abilities: 0.20, Knowledge: 0.20,
        Threshold: 0.35, HaveSimilarity: 0.8, PartialSimilarity: 0.5, PartialCredit: 0.5,
        MaxEdgesPerProfession: 8);

    public double Weight(Model.ItemKind kind) => kind switch
    {
        Model.ItemKind.LaborFunction => LaborFunctions,
        Model.ItemKind.Skill => Skills,
        Model.ItemKind.Ability => Abilities,
        _ => Knowledge,
    };
}
