namespace CareerGraph.Careers.Model;

/// <summary>The kinds of career edge between professions.</summary>
public enum EdgeKind
{
    /// <summary>A row of a card's "links with other professions" table, in the printed direction.</summary>
    PrintedLink,
    /// <summary>The same profession (same title or occupation code) at the next level up within a standard.</summary>
    LevelLadder,
    /// <summary>Professions in different standards sharing an occupation code or a group code.</summary>
    SameOccupation,
    /// <summary>Inferred from overlapping labour functions, skills, abilities and knowledge.</summary>
    SkillOverlap,
}

/// <summary>
/// A directed career edge between career-node indexes of a <see cref="CareerGraph"/>. <see cref="Evidence"/> says
/// where it comes from (document and lines, or the rule and its inputs); <see cref="Confidence"/> is in [0,1].
/// </summary>
public sealed record CareerEdge(int From, int To, EdgeKind Kind, double Confidence, bool Inferred, string Evidence);

/// <summary>Contract name of an edge kind (as used for Neo4j relationship types and the API).</summary>
public static class EdgeKinds
{
    public static string Name(EdgeKind kind) => kind switch
    {
        EdgeKind.PrintedLink => "PRINTED_LINK",
        EdgeKind.LevelLadder => "LEVEL_LADDER",
        EdgeKind.SameOccupation => "SAME_OCCUPATION",
        _ => "SKILL_OVERLAP",
    };

    /// <summary>Edges allowed when a query asks for printed evidence only.</summary>
    public static bool IsPrinted(EdgeKind kind) => kind is EdgeKind.PrintedLink or EdgeKind.LevelLadder;
}
