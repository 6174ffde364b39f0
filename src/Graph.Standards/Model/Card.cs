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

    /// <summary>
    /// Sub-item ids the card numbers, as printed: in its level cell («8.3.-1 руководитель … республиканского
    /// значения;») and in its row of the passport list («… – 8-3-1 (высшее образование и опыт) уровень ОРК»).
    /// Link rows of that template name their targets by these ids; empty for a card that numbers none.
    /// </summary>
    public IReadOnlyList<string> Items { get; init; } = [];
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

/// <summary>Which way a link row points when the table prints a direction instead of a level («Уровень выше»).</summary>
public enum LinkDirection { Up, Down }

/// <summary>
/// A row of the card's "links with other professions" table, as printed. <see cref="Level"/> is null for a row
/// under a direction heading («Уровень выше» / «Деңгейі төмен»), which prints no level, and for a row whose level
/// cell cannot be read (<see cref="LevelPrinted"/>).
/// </summary>
public sealed record ProfessionLink(int? Level, string? Code, string Name, LineRange Lines)
{
    /// <summary>The direction heading the row is printed under, if any.</summary>
    public LinkDirection? Direction { get; init; }

    /// <summary>
    /// Sub-item ids the row names its target by, as printed, the first one first and then those in brackets
    /// («8.3.-1», «(8.3.-2, 8.3.-1, 8.3.-4)»); empty for a row that prints none.
    /// </summary>
    public IReadOnlyList<string> Items { get; init; } = [];

    /// <summary>
    /// The row's level cell as printed when it cannot be read as a level («7 де4гей», 183438 kaz.md L1256); null
    /// otherwise. The level is then null: a misprint is reported, never corrected.
    /// </summary>
    public string? LevelPrinted { get; init; }
}
