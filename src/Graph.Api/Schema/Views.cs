using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Careers.Skills;
using CareerGraph.Standards.Model;

namespace CareerGraph.Api.Schema;

// What the GraphQL object types resolve from. Each view carries the language the client asked for, so nested
// `title` fields without an argument answer in that language (falling back to the other).

public sealed record ProfessionView(CareerNode Node, Language? Lang);

public sealed record StandardView(StandardNode Standard, Language? Lang);

public sealed record LevelView(QualificationLevel Level);

public sealed record LinkRowView(LinkResolution Row, Language? Lang);

/// <summary>A step between two graph nodes; the gap and transfer score are computed only when asked for.</summary>
public sealed record StepView(
    int From,
    int To,
    EdgeKind Kind,
    bool Inferred,
    double Confidence,
    string Evidence,
    Language? Lang,
    SkillGapResult? Gap = null,
    double? Transferability = null);

public sealed record PathView(CareerPath Path, IReadOnlyList<StepView> Steps);

public sealed record GapView(SkillGapResult Gap, Language? Lang);

public sealed record GapItemView(ItemMatch Match, ItemKind Kind);

public sealed record OverlapView(OverlapResult Overlap, Language? Lang);

public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public sealed record Edge<T>(string Cursor, T Node);

public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);
}

/// <summary>The `editions` argument: only the newest loaded edition of each standard, or all of them.</summary>
public enum EditionScope { Latest, All }
