using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Neo4j.Graph;

/// <summary>
/// Between the in-memory career graph and the rows of the Neo4j statements. Everything of the contract model
/// goes both ways; labour functions are not part of it (no label in Neo4j), so a graph read back from Neo4j has
/// none: its edges, skills, abilities and knowledge are complete.
/// </summary>
public static class CareerGraphRows
{
    public static GraphRows From(ProfessionGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var requiredBy = RequiredBy(graph);
        ItemRow Item(int index)
        {
            var item = graph.Items[index];
            return new ItemRow(item.Id, item.Text, item.Kind.ToString().ToLowerInvariant(), Code(item.Language),
                item.Sources.Select(s => s.CardId).ToList(),
                item.Sources.Select(s => s.Source).ToList(),
                item.Sources.SelectMany(s => new[] { s.Lines.First, s.Lines.Last }).ToList(),
                requiredBy.TryGetValue(index, out var professions) ? professions : []);
        }
        var itemIndexes = Enumerable.Range(0, graph.Items.Count).ToList();

        return new GraphRows(
            graph.Standards.Select(s => new StandardRow(s.Id, s.Code, s.TitleKk, s.TitleRu, s.Oked, s.Version, s.Approval,
                s.Repealed, s.Sources, DateText(s.ApprovedOn),
                s.Replaces.Select(r => new ReplacementRow(r.Older, r.Evidence, r.Source, r.Line)).ToList(),
                s.Relations.Select((r, i) => new ActRelationRow(RelationType(r.Kind), r.Order, DateText(r.Date), r.Source, r.Line, i)).ToList()))
                .ToList(),
            graph.Professions.Select(p => new ProfessionRow(p.Id, p.TitleKk, p.TitleRu, p.Level, p.GroupCode,
                p.OccupationCode, p.StandardId, p.Aliases, p.CardIds)).ToList(),
            graph.ExternalProfessions.Select(e => new ExternalProfessionRow(e.Id, e.Name, e.Level, Code(e.Language))).ToList(),
            graph.Levels.Select(l => new QualificationLevelRow(l.Level,
                l.Descriptors.Select(d => d.Source).ToList(),
                l.Descriptors.Select(d => d.Area).ToList(),
                l.Descriptors.Select(d => d.RawLevel ?? "").ToList(),
                l.Descriptors.Select(d => d.LevelInferred).ToList(),
                l.Descriptors.Select(d => d.Repealed).ToList(),
                l.Descriptors.Select(d => d.Competencies).ToList(),
                l.Descriptors.Select(d => d.Skills).ToList(),
                l.Descriptors.Select(d => d.Knowledge).ToList())).ToList(),
            itemIndexes.Where(i => graph.Items[i].Kind is ItemKind.Skill or ItemKind.Ability).Select(Item).ToList(),
            itemIndexes.Where(i => graph.Items[i].Kind == ItemKind.Knowledge).Select(Item).ToList(),
            graph.Edges.Select(e => new CareerEdgeRow(EdgeKinds.Name(e.Kind), graph.Nodes[e.From].Id, graph.Nodes[e.To].Id,
                KindName(e.Kind), e.Evidence, e.Confidence, e.Inferred)).ToList());
    }

    /// <summary>Rebuilds the career graph from rows read out of Neo4j.</summary>
    public static ProfessionGraph ToGraph(GraphRows rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var nodes = rows.Professions
            .Select(p => (CareerNode)new Profession(p.Id, p.TitleKk, p.TitleRu, p.Level, p.GroupCode, p.OccupationCode,
                p.StandardId, p.Aliases, p.CardIds))
            .Concat(rows.ExternalProfessions.Select(e => new ExternalProfession(e.Id, e.Name, e.Level, LanguageOf(e.Language))))
            .ToList();
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        int IndexOf(string id, string what) => index.TryGetValue(id, out var i)
            ? i
            : throw new InvalidDataException($"{what} names '{id}', which is neither a profession nor an external profession.");

        var itemRows = rows.Skills.Concat(rows.Knowledge).ToList();
        var items = itemRows.Select(i => new RequirementItem(i.Id, KindOf(i.Kind), LanguageOf(i.Language), i.Text,
            i.SourceCardIds.Select((card, k) => new ItemSource(card, i.SourceFiles[k],
                new LineRange(i.SourceLines[2 * k], i.SourceLines[2 * k + 1]))).ToList())).ToList();

        var requirements = new Dictionary<(int Profession, Language Language), Dictionary<ItemKind, SortedSet<int>>>();
        for (var item = 0; item < items.Count; item++)
            foreach (var professionId in itemRows[item].ProfessionIds)
            {
                var key = (IndexOf(professionId, $"item {items[item].Id}"), items[item].Language);
                if (!requirements.TryGetValue(key, out var lists)) requirements[key] = lists = [];
                if (!lists.TryGetValue(items[item].Kind, out var set)) lists[items[item].Kind] = set = [];
                set.Add(item);
            }
        IReadOnlyList<int> Of(Dictionary<ItemKind, SortedSet<int>> lists, ItemKind kind) =>
            lists.TryGetValue(kind, out var set) ? [.. set] : [];
        var profiles = nodes.Select((_, n) => new RequirementProfile(requirements
                .Where(r => r.Key.Profession == n)
                .OrderBy(r => r.Key.Language)
                .Select(r => new RequirementSide(r.Key.Language, [], Of(r.Value, ItemKind.Skill), Of(r.Value, ItemKind.Ability),
                    Of(r.Value, ItemKind.Knowledge)))
                .ToList()))
            .ToList();

        var edges = rows.CareerEdges.Select(e => new CareerEdge(IndexOf(e.From, $"{e.Type} edge"), IndexOf(e.To, $"{e.Type} edge"),
            EdgeKindOf(e.Type), e.Confidence, e.Inferred, e.Evidence)).ToList();
        var levels = rows.QualificationLevels.Select(l => new QualificationLevel(l.Level,
            l.Sources.Select((source, k) => new LevelDescription(source, l.Areas[k], l.RawLevels[k] is "" ? null : l.RawLevels[k],
                l.LevelsInferred[k], l.Repealed[k], l.Competencies[k], l.Skills[k], l.Knowledge[k])).ToList())).ToList();
        var standards = Editions.Apply(
            rows.Standards.Select(s => new StandardNode(s.Id, s.Code, s.TitleKk, s.TitleRu, s.Oked, s.Version,
                s.Approval, s.Repealed, s.Sources) { ApprovedOn = DateOf(s.ApprovedOn) }).ToList(),
            StoredEditions(rows.Standards));

        return ProfessionGraph.Create(standards, nodes, items, profiles, edges, levels);
    }

    /// <summary>
    /// Each standard's editions as the rows hold them (REPLACES with evidence, printed relations in printed order),
    /// for <see cref="Editions.Apply"/>.
    /// </summary>
    public static IReadOnlyDictionary<string, StoredEdition> StoredEditions(IEnumerable<StandardRow> standards) =>
        standards.ToDictionary(s => s.Id, s => new StoredEdition(
            (s.Replaces ?? []).OrderBy(r => r.Older, StringComparer.Ordinal).Select(r => new Replacement(r.Older,
                r.Evidence ?? throw new InvalidDataException($"REPLACES from standard {s.Id} to {r.Older} holds no evidence; reload the graph with this loader version"),
                r.Source, r.Line)).ToList(),
            (s.Relations ?? []).OrderBy(r => r.Position)
                .Select(r => new ActRelation(RelationKindOf(r.Kind), r.Order, DateOf(r.Date), r.Source, r.Line)).ToList()),
            StringComparer.Ordinal);

    private static string? DateText(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly? DateOf(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The relationship type of a printed relation (REPEALS, REPEALED_BY, NEW_EDITION_OF).</summary>
    public static string RelationType(ActRelationKind kind) => kind switch
    {
        ActRelationKind.Repeals => "REPEALS",
        ActRelationKind.RepealedBy => "REPEALED_BY",
        ActRelationKind.NewEditionOf => "NEW_EDITION_OF",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static ActRelationKind RelationKindOf(string type) =>
        Enum.GetValues<ActRelationKind>().FirstOrDefault(k => RelationType(k) == type) is var kind && RelationType(kind) == type
            ? kind
            : throw new InvalidDataException($"Unknown act relationship type '{type}'.");

    private static Language LanguageOf(string code) => code switch
    {
        "kk" => Language.Kk,
        "ru" => Language.Ru,
        _ => throw new InvalidDataException($"Unknown language '{code}' (expected kk or ru)."),
    };

    private static ItemKind KindOf(string kind) => kind switch
    {
        "skill" => ItemKind.Skill,
        "ability" => ItemKind.Ability,
        "knowledge" => ItemKind.Knowledge,
        _ => throw new InvalidDataException($"Unknown item kind '{kind}' (expected skill, ability or knowledge)."),
    };

    private static EdgeKind EdgeKindOf(string type) =>
        Enum.GetValues<EdgeKind>().FirstOrDefault(k => EdgeKinds.Name(k) == type) is var kind && EdgeKinds.Name(kind) == type
            ? kind
            : throw new InvalidDataException($"Unknown career relationship type '{type}'.");

    /// <summary>Item index → ids of the professions whose skills, abilities or knowledge (any language) list it.</summary>
    private static Dictionary<int, List<string>> RequiredBy(ProfessionGraph graph)
    {
        var requiredBy = new Dictionary<int, List<string>>();
        for (var p = 0; p < graph.ProfessionCount; p++)
        {
            var id = graph.Nodes[p].Id;
            var items = graph.Profiles[p].Sides.SelectMany(s => s.Skills.Concat(s.Abilities).Concat(s.Knowledge)).Distinct();
            foreach (var item in items)
            {
                if (!requiredBy.TryGetValue(item, out var list)) requiredBy[item] = list = [];
                list.Add(id);
            }
        }
        return requiredBy;
    }

    private static string Code(Language language) => language == Language.Kk ? "kk" : "ru";

    /// <summary>The edge's kind as a property: the contract name in lower case ("printed_link").</summary>
    private static string KindName(EdgeKind kind) => EdgeKinds.Name(kind).ToLowerInvariant();
}
