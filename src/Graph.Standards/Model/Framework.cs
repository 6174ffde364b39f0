namespace CareerGraph.Standards.Model;

/// <summary>A sectoral qualification framework (СБШ / ОРК): level descriptors per area of activity.</summary>
public sealed record Framework(IReadOnlyList<FrameworkArea> Areas);

public sealed record FrameworkArea(string Number, string Title, IReadOnlyList<LevelDescriptor> Levels, LineRange Lines);

/// <summary>
/// One row of an area's table. <see cref="RawLevel"/> is the printed СБШ cell («61», «62», or null when the row has
/// no level cells); <see cref="Level"/> is the 1–8 level, inferred from row order when not printed.
/// </summary>
public sealed record LevelDescriptor(
    int Level,
    string? RawLevel,
    string? NationalLevel,
    bool LevelInferred,
    string Competencies,
    string Skills,
    string Knowledge,
    LineRange Lines);
