using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;

namespace CareerGraph.Careers.Paths;

/// <summary>What "best" means for a career path.</summary>
public enum PathOptimization
{
    /// <summary>Fewest steps; ties by higher confidence (least Σ(1−confidence)), then fewer new skills.</summary>
    Steps,
    /// <summary>Fewest new skills to acquire (Σ over steps); ties by fewer steps, then higher confidence.</summary>
    Learning,
}

/// <summary>
/// Parameters of <see cref="CareerPaths.Find"/>: <see cref="K"/> paths of at most <see cref="MaxSteps"/> steps;
/// <see cref="Inferred"/> false restricts steps to PRINTED_LINK and LEVEL_LADDER edges.
/// <see cref="LatestOnly"/> (the default) keeps steps out of professions of a replaced edition of a standard.
/// <see cref="IncludeSkillGaps"/> adds the item-by-item gap of each step. A <see cref="PathOptimization.Learning"/>
/// search first considers paths at most <see cref="ExtraSteps"/> steps longer than the shortest one and widens one
/// step at a time (up to <see cref="MaxSteps"/>) only while it has fewer than <see cref="K"/> paths — so a path that
/// saves skills by being longer still is found only in that case. <see cref="PathOptimization.Steps"/> is exact.
/// </summary>
public sealed record PathQuery(
    int K = 3,
    int MaxSteps = 8,
    bool Inferred = true,
    PathOptimization Optimize = PathOptimization.Steps,
    bool IncludeSkillGaps = true,
    int ExtraSteps = 1,
    bool LatestOnly = true);

/// <summary>One step of a career path, with the edge it follows.</summary>
public sealed record PathStep(
    string FromId,
    string ToId,
    EdgeKind Kind,
    bool Inferred,
    double Confidence,
    string Evidence,
    int NewSkills,
    SkillGapResult? Gap);

/// <summary>
/// A loopless career path. <see cref="NewSkills"/> sums the steps' new-skill counts (skills of each step's target
/// the step's source does not hold with identical wording); <see cref="Confidence"/> is the product over steps.
/// </summary>
public sealed record CareerPath(
    IReadOnlyList<string> NodeIds,
    IReadOnlyList<PathStep> Steps,
    int LevelGain,
    int NewSkills,
    double Confidence)
{
    public int Length => Steps.Count;
}
