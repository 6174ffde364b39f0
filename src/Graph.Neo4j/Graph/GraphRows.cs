namespace CareerGraph.Neo4j.Graph;

/// <summary>
/// The career graph as flat rows, in the shape the load statements UNWIND and the read statements return
/// (camelCase JSON, see cypher/README.md). Both the writer and the reader speak it; mapping to and from the
/// in-memory career graph is a separate step.
/// </summary>
public sealed record GraphRows(
    IReadOnlyList<StandardRow> Standards,
    IReadOnlyList<ProfessionRow> Professions,
    IReadOnlyList<ExternalProfessionRow> ExternalProfessions,
    IReadOnlyList<QualificationLevelRow> QualificationLevels,
    IReadOnlyList<ItemRow> Skills,
    IReadOnlyList<ItemRow> Knowledge,
    IReadOnlyList<CareerEdgeRow> CareerEdges)
{
    /// <summary>The occupation codes the professions carry, once each.</summary>
    public IReadOnlyList<string> OccupationCodes =>
        Professions.Select(p => p.OccupationCode).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}

public sealed record StandardRow(
    string Id,
    string? Code,
    string? TitleKk,
    string? TitleRu,
    IReadOnlyList<string> Oked,
    string? Version,
    string? Approval,
    bool Repealed,
    IReadOnlyList<string> Sources,
    string? ApprovedOn = null,
    IReadOnlyList<ReplacementRow>? Replaces = null,
    IReadOnlyList<ActRelationRow>? Relations = null);

/// <summary>
/// A REPLACES relationship from its standard to the older edition <see cref="Older"/>: the evidence, and the file and
/// line that print it when it is one printed line.
/// </summary>
public sealed record ReplacementRow(string Older, string? Evidence, string? Source, int? Line);

/// <summary>
/// A printed relation of a standard to an order (an Act node): <see cref="Kind"/> is the relationship type (REPEALS,
/// REPEALED_BY, NEW_EDITION_OF), <see cref="Order"/> and <see cref="Date"/> (yyyy-mm-dd or null) the order as printed,
/// <see cref="Source"/> and <see cref="Line"/> where; <see cref="Position"/> is its place among the standard's relations.
/// </summary>
public sealed record ActRelationRow(string Kind, string Order, string? Date, string Source, int Line, int Position)
{
    /// <summary>The Act node's key: one node per order number and printed date.</summary>
    public string ActId => $"{Order}@{Date ?? "undated"}";
}

public sealed record ProfessionRow(
    string Id,
    string? TitleKk,
    string? TitleRu,
    int Level,
    string? GroupCode,
    string? OccupationCode,
    string StandardId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CardIds);

/// <summary>A link target with no card. <see cref="Language"/> is "kk" or "ru".</summary>
public sealed record ExternalProfessionRow(string Id, string Name, int Level, string Language);

/// <summary>
/// A level 1–8; the descriptor lists are parallel, one entry per framework row describing the level
/// (<see cref="RawLevels"/> holds "" where the row printed no level cell: Neo4j lists cannot hold nulls).
/// </summary>
public sealed record QualificationLevelRow(
    int Level,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Areas,
    IReadOnlyList<string> RawLevels,
    IReadOnlyList<bool> LevelsInferred,
    IReadOnlyList<bool> Repealed,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> Knowledge);

/// <summary>
/// A Skill or Knowledge node and the professions that require it. <see cref="Kind"/> is "skill" or "ability" for
/// Skill nodes and "knowledge" for Knowledge nodes; <see cref="Language"/> is "kk" or "ru". Each printing of the
/// item is one entry of <see cref="SourceCardIds"/> and <see cref="SourceFiles"/> and two of <see cref="SourceLines"/>
/// (first and last line).
/// </summary>
public sealed record ItemRow(
    string Id,
    string Text,
    string Kind,
    string Language,
    IReadOnlyList<string> SourceCardIds,
    IReadOnlyList<string> SourceFiles,
    IReadOnlyList<int> SourceLines,
    IReadOnlyList<string> ProfessionIds);

/// <summary>
/// A career edge. <see cref="Type"/> is the relationship type (PRINTED_LINK, LEVEL_LADDER, SAME_OCCUPATION,
/// SKILL_OVERLAP); <see cref="To"/> is a profession or an external profession id.
/// </summary>
public sealed record CareerEdgeRow(
    string Type, string From, string To, string Kind, string Evidence, double Confidence, bool Inferred);

/// <summary>A graph read back from Neo4j, with the version it was read from.</summary>
public sealed record GraphSnapshot(long Version, GraphRows Rows);

/// <summary>
/// One extracted source document as stored on a SourceDocument node: <see cref="Extract"/> is a careergraph-extract/1
/// file holding just this document; <see cref="Position"/> keeps the extraction order, which the graph builder's
/// numbering follows.
/// </summary>
public sealed record SourceDocumentRow(string Source, int Position, string Language, string Kind, string Extract);
