using CareerGraph.Careers.Inference;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Skills;

/// <summary>The target's items of one kind, split by what the source already holds.</summary>
public sealed record KindGap(ItemKind Kind, IReadOnlyList<ItemMatch> Have, IReadOnlyList<ItemMatch> Partial, IReadOnlyList<ItemMatch> Missing)
{
    public int Total => Have.Count + Partial.Count + Missing.Count;
}

/// <summary>
/// What moving from one profession to another asks for: the target's labour functions, skills, abilities and
/// knowledge, each have / partial / missing relative to the source, compared in <see cref="Language"/>.
/// </summary>
public sealed record SkillGapResult(string FromId, string ToId, Language? Language, IReadOnlyList<KindGap> Kinds, string Note)
{
    public KindGap Of(ItemKind kind) => Kinds.First(k => k.Kind == kind);

    /// <summary>Skills and abilities the source lacks entirely.</summary>
    public int MissingSkills => Of(ItemKind.Skill).Missing.Count + Of(ItemKind.Ability).Missing.Count;
}

/// <summary>Skill gap between two career nodes.</summary>
public static class SkillGap
{
    /// <summary>
    /// The gap compared in <paramref name="preferred"/> when both professions have a card in it, else in their first
    /// shared language (Kazakh, then Russian), so a client asking in Russian gets Russian items wherever they exist.
    /// </summary>
    public static SkillGapResult Compute(ProfessionGraph graph, int from, int to, OverlapWeights? weights = null, Language? preferred = null)
    {
        var w = weights ?? OverlapWeights.Default;
        var target = graph.Profiles[to];
        var (fromId, toId) = (graph.Nodes[from].Id, graph.Nodes[to].Id);
        if (target.Sides.Count == 0)
            return new SkillGapResult(fromId, toId, null, ItemMatching.Kinds.Select(Empty).ToArray(),
                "the target has no card, so its requirements are unknown");
        var language = preferred is { } p && target.In(p) is not null && graph.Profiles[from].In(p) is not null
            ? p
            : graph.SharedLanguage(from, to);
        var side = language is { } l ? target.In(l)! : target.Sides[0];
        var held = language is { } l2 ? graph.Profiles[from].In(l2) : null;
        var kinds = ItemMatching.Kinds.Select(kind =>
        {
            var heldOfKind = held?.Of(kind) ?? [];
            var index = new StemIndex(graph, heldOfKind);
            var matches = side.Of(kind).Select(r => ItemMatching.Match(graph, r, heldOfKind, index, w)).ToArray();
            return new KindGap(kind,
                matches.Where(m => m.Level == MatchLevel.Have).ToArray(),
                matches.Where(m => m.Level == MatchLevel.Partial).ToArray(),
                matches.Where(m => m.Level == MatchLevel.Missing).ToArray());
        }).ToArray();
        var note = language is null ? $"no language in common: every {side.Language} item of the target counts as missing" : "";
        return new SkillGapResult(fromId, toId, language ?? side.Language, kinds, note);
    }

    private static KindGap Empty(ItemKind kind) => new(kind, [], [], []);
}
