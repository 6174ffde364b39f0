using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Neo4j.Graph;

/// <summary>Flattens the in-memory career graph into the rows the Neo4j load statements take.</summary>
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
                requiredBy.TryGetValue(index, out var professions) ? professions : []);
        }
        var itemIndexes = Enumerable.Range(0, graph.Items.Count).ToList();

        return new GraphRows(
            graph.Standards.Select(s => new StandardRow(s.Id, s.Code, s.TitleKk, s.TitleRu, s.Oked, s.Version, s.Approval,
                s.Repealed, s.Sources)).ToList(),
            graph.Professions.Select(p => new ProfessionRow(p.Id, p.TitleKk, p.TitleRu, p.Level, p.GroupCode,
                p.OccupationCode, p.StandardId, p.Aliases, p.CardIds)).ToList(),
            graph.ExternalProfessions.Select(e => new ExternalProfessionRow(e.Id, e.Name, e.Level, Code(e.Language))).ToList(),
            graph.Levels.Select(l => new QualificationLevelRow(l.Level,
                l.Descriptors.Select(d => d.Source).ToList(),
                l.Descriptors.Select(d => d.Area).ToList(),
                l.Descriptors.Select(d => d.Competencies).ToList(),
                l.Descriptors.Select(d => d.Skills).ToList(),
                l.Descriptors.Select(d => d.Knowledge).ToList())).ToList(),
            itemIndexes.Where(i => graph.Items[i].Kind is ItemKind.Skill or ItemKind.Ability).Select(Item).ToList(),
            itemIndexes.Where(i => graph.Items[i].Kind == ItemKind.Knowledge).Select(Item).ToList(),
            graph.Edges.Select(e => new CareerEdgeRow(EdgeKinds.Name(e.Kind), graph.Nodes[e.From].Id, graph.Nodes[e.To].Id,
                KindName(e.Kind), e.Evidence, e.Confidence, e.Inferred)).ToList());
    }

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
