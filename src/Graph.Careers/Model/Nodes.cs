using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Model;

/// <summary>A published professional standard; the kk and ru editions of one act are one node.</summary>
public sealed record StandardNode(
    string Id,
    string? Code,
    string? TitleKk,
    string? TitleRu,
    IReadOnlyList<string> Oked,
    string? Version,
    string? Approval,
    bool Repealed,
    IReadOnlyList<string> Sources)
{
    /// <summary>The date of the order that approved this edition (see <see cref="StandardDocument.ApprovedOn"/>).</summary>
    public DateOnly? ApprovedOn { get; init; }

    /// <summary>What the texts print about other acts (repeals, repealed by, new edition of).</summary>
    public IReadOnlyList<ActRelation> Relations { get; init; } = [];

    /// <summary>Loaded earlier editions of the same standard that this one replaces, each with why.</summary>
    public IReadOnlyList<Replacement> Replaces { get; init; } = [];

    /// <summary>Loaded later editions of the same standard that replace this one (ids); empty for the newest.</summary>
    public IReadOnlyList<string> ReplacedBy { get; init; } = [];

    public bool IsLatest => ReplacedBy.Count == 0;
}

/// <summary>
/// An edition replaces the loaded edition <see cref="Older"/>. <see cref="Evidence"/> says what the texts print that
/// makes the two editions of one standard (the same code, the same title, or an order one of them names that approved
/// the other); <see cref="Source"/> and <see cref="Line"/> cite the printed line when the evidence is one line.
/// </summary>
public sealed record Replacement(string Older, string Evidence, string? Source = null, int? Line = null);

/// <summary>A node a career path can pass through: a profession with a card, or an external link target.</summary>
public abstract record CareerNode(string Id, int Level)
{
    /// <summary>The title to show: Kazakh first, then Russian, then the printed name.</summary>
    public abstract string Title { get; }
}

/// <summary>
/// One profession card, merged over languages: the kk and ru cards of the same standard are one profession.
/// <see cref="Aliases"/> holds every other printed name that safely denotes this card (name fields, other names
/// with no code or with the card's own code, the handbook job name, link names that resolved to it by code).
/// </summary>
public sealed record Profession(
    string Id,
    string? TitleKk,
    string? TitleRu,
    int Level,
    string? GroupCode,
    string? OccupationCode,
    string StandardId,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CardIds) : CareerNode(Id, Level)
{
    public override string Title => TitleKk ?? TitleRu ?? Id;
}

/// <summary>A printed link target with no card in any loaded standard (kept so paths and gaps stay visible).</summary>
public sealed record ExternalProfession(string Id, string Name, int Level, Language Language) : CareerNode(Id, Level)
{
    public override string Title => Name;
}

/// <summary>A qualification level 1–8 with the framework descriptors that describe it, if any were loaded.</summary>
public sealed record QualificationLevel(int Level, IReadOnlyList<LevelDescription> Descriptors)
{
    public string Id => $"level:{Level}";
}

/// <summary>One framework row describing a level (sectoral frameworks only; the 2013 ICT one is repealed).</summary>
public sealed record LevelDescription(
    string Source,
    string Area,
    string? RawLevel,
    bool LevelInferred,
    bool Repealed,
    string Competencies,
    string Skills,
    string Knowledge);

/// <summary>A national classifier occupation code (dddd-d-ddd).</summary>
public sealed record OccupationCodeNode(string Code)
{
    public string Id => $"occupation:{Code}";
}

/// <summary>What a requirement item is inside a card.</summary>
public enum ItemKind { LaborFunction, Skill, Ability, Knowledge }

/// <summary>Where an item was printed.</summary>
public sealed record ItemSource(string CardId, string Source, LineRange Lines)
{
    public override string ToString() => $"{Source} {Lines}";
}

/// <summary>
/// A labour function, skill, ability or knowledge item. Identity is (kind, language, normalised text): the same
/// wording in several cards is one item. Skill and ability items are the graph's Skill nodes, knowledge items its
/// Knowledge nodes; labour functions are kept for overlap scoring and explanations.
/// </summary>
public sealed record RequirementItem(string Id, ItemKind Kind, Language Language, string Text, IReadOnlyList<ItemSource> Sources)
{
    /// <summary>Sorted stem ids (graph-local) used for near-identical wording.</summary>
    internal int[] Stems { get; init; } = [];
}

/// <summary>The requirement items of one profession in one language, as sorted distinct item indexes.</summary>
public sealed record RequirementSide(
    Language Language,
    IReadOnlyList<int> LaborFunctions,
    IReadOnlyList<int> Skills,
    IReadOnlyList<int> Abilities,
    IReadOnlyList<int> Knowledge)
{
    public IReadOnlyList<int> Of(ItemKind kind) => kind switch
    {
        ItemKind.LaborFunction => LaborFunctions,
        ItemKind.Skill => Skills,
        ItemKind.Ability => Abilities,
        _ => Knowledge,
    };
}

/// <summary>A profession's requirements per language (a bilingual profession has two sides).</summary>
public sealed record RequirementProfile(IReadOnlyList<RequirementSide> Sides)
{
    public static RequirementProfile Empty { get; } = new([]);

    public RequirementSide? In(Language language)
    {
        foreach (var s in Sides) if (s.Language == language) return s;
        return null;
    }
}
