namespace CareerGraph.Standards.Model;

/// <summary>A piece of printed text with the lines it came from.</summary>
public sealed record TextItem(string Text, LineRange Lines)
{
    public override string ToString() => Text;
}

/// <summary>
/// One profession card: a profession at one qualification level. <see cref="Id"/> is
/// "{source file name without extension}/{Seq}", stable across runs and independent of the
/// printed paragraph number (which has gaps and duplicates in some sources).
/// </summary>
public sealed record Card(
    string Id,
    int Seq,
    int? Paragraph,
    string Title,
    string? NameField,
    string? GroupCode,
    string? OccupationCode,
    int? Level,
    string? Sublevel,
    string? TypicalQualification,
    string Education,
    string? Experience,
    IReadOnlyList<OtherName> OtherNames,
    string Purpose,
    IReadOnlyList<LaborFunction> LaborFunctions,
    IReadOnlyList<CategoryBlock> Categories,
    IReadOnlyList<TextItem> PersonalCompetencies,
    IReadOnlyList<TextItem> StandardsRefs,
    IReadOnlyList<ProfessionLink> Links,
    LineRange Lines,
    IReadOnlyList<Repair> Repairs)
{
    /// <summary>
    /// Every level the card prints when it prints more than one («5 уровень / 6 уровень», 2019–2022 template), in print
    /// order, <see cref="Level"/> first; empty when the card is at one level.
    /// </summary>
    public IReadOnlyList<int> Levels { get; init; } = [];

    /// <summary>2019–2022 template: the «Связь с КС» row as printed (handbook job names, then the handbook).</summary>
    public string? Handbook { get; init; }
}

public sealed record OtherName(string? Code, string Name, LineRange Lines);

public enum LaborFunctionKind { Mandatory, Additional }

public sealed record LaborFunction(
    LaborFunctionKind Kind,
    int N,
    string Title,
    IReadOnlyList<Skill> Skills,
    LineRange Lines);

public sealed record Skill(
    int N,
    string Title,
    IReadOnlyList<TextItem> Abilities,
    IReadOnlyList<TextItem> Knowledge,
    LineRange Lines);

/// <summary>
/// Requirements that apply only to one qualification category inside a card
/// (employment: «Мансаптық кеңесші», «Кейс-менеджер», «Тәлімгер»), kept apart from the plain abilities.
/// </summary>
public sealed record CategoryBlock(
    string Name,
    string? Requirements,
    IReadOnlyList<TextItem> Abilities,
    LineRange Lines);

/// <summary>A row of the card's "links with other professions" table, as printed.</summary>
public sealed record ProfessionLink(int Level, string? Code, string Name, LineRange Lines);
