using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Tests;

/// <summary>Hand-made documents shaped like the parser's output, for tests that must not depend on the parser.</summary>
internal sealed class DocBuilder(string source, Language language, string? code = null)
{
    private readonly List<Card> _cards = [];
    private string? _version;
    private string? _approval;

    /// <summary>The version and approving order as the document prints them: what pairs editions and names a standard.</summary>
    public DocBuilder Printed(string? version, string? approval = null)
    {
        (_version, _approval) = (version, approval);
        return this;
    }

    public DocBuilder Card(int paragraph, string title, int? level, string? group, string? occupation, Action<CardSpec>? spec = null)
    {
        var s = new CardSpec();
        spec?.Invoke(s);
        var seq = _cards.Count + 1;
        var line = s.Line ?? 100 * seq;
        _cards.Add(new Card($"{Path.ChangeExtension(source, null)}/{seq}", seq, paragraph, title, s.NameField, group, occupation,
            level, null, s.Typical, "", null, s.OtherNames, "", s.Functions, s.Categories, [], [], s.Links,
            new LineRange(line, line + 50), []));
        return this;
    }

    public StandardDocument Build() => new(source, language, DocumentKind.ProfessionalStandard, Path.GetFileNameWithoutExtension(source),
        code, [], _version, _approval, false, _cards, null, [], []);
}

internal sealed class CardSpec
{
    private int _next = 1000;
    public List<ProfessionLink> Links { get; } = [];
    public List<LaborFunction> Functions { get; } = [];
    public List<OtherName> OtherNames { get; } = [];
    public List<CategoryBlock> Categories { get; } = [];
    public string? NameField { get; set; }
    public string? Typical { get; set; }
    public int? Line { get; set; }

    public CardSpec Link(int level, string? code, string name, int line)
    {
        Links.Add(new ProfessionLink(level, code, name, LineRange.Single(line)));
        return this;
    }

    public CardSpec Other(string? code, string name)
    {
        OtherNames.Add(new OtherName(code, name, LineRange.Single(_next++)));
        return this;
    }

    /// <summary>A labour function; each skill is "title" with abilities and knowledge.</summary>
    public CardSpec Function(string title, params (string Skill, string[] Abilities, string[] Knowledge)[] skills)
    {
        var kind = LaborFunctionKind.Mandatory;
        Functions.Add(new LaborFunction(kind, Functions.Count + 1, title,
            skills.Select((s, i) => new Skill(i + 1, s.Skill, s.Abilities.Select(Item).ToArray(), s.Knowledge.Select(Item).ToArray(),
                LineRange.Single(_next++))).ToArray(), LineRange.Single(_next++)));
        return this;
    }

    private TextItem Item(string text) => new(text, LineRange.Single(_next++));
}
