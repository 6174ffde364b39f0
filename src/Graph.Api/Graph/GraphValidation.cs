using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Api.Graph;

/// <summary>A version of the graph that breaks an invariant the API relies on; the message is one line, no paths.</summary>
public sealed class InvalidGraphException(string reason) : Exception(reason);

/// <summary>
/// The checks a version of the graph must pass before it is served. A snapshot file or a Neo4j version is written by
/// another program (or by hand), so nothing about it is trusted: two cards with one id would make card lookups
/// ambiguous, a level outside 1–8 breaks the level ladder and every path cost, an edge to a missing node or a NaN
/// weight breaks path search. The first problem found is the reason; it names ids, never file paths.
/// </summary>
public static class GraphValidation
{
    public const int MinLevel = 1;
    public const int MaxLevel = 8;

    /// <summary>Documents checked, graph built and checked; throws <see cref="InvalidGraphException"/>.</summary>
    public static ProfessionGraph Build(IReadOnlyList<StandardDocument> documents, CareerGraphOptions? options = null,
        IReadOnlyList<CareerEdge>? inferred = null)
    {
        if (DocumentProblem(documents) is { } documentProblem) throw new InvalidGraphException(documentProblem);
        ProfessionGraph graph;
        try
        {
            graph = CareerGraphBuilder.Build(documents, options, inferred);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new InvalidGraphException($"the career graph cannot be built: {OneLine(e.Message)}");
        }
        if (GraphProblem(graph) is { } graphProblem) throw new InvalidGraphException(graphProblem);
        return graph;
    }

    public static string? DocumentProblem(IReadOnlyList<StandardDocument> documents)
    {
        if (documents.Count == 0) return "it holds no documents";
        var sources = new HashSet<string>(StringComparer.Ordinal);
        var cards = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var name = document.Source;
            if (!sources.Add(name)) return $"document {name} appears twice";
            foreach (var card in document.Cards)
            {
                if (!cards.Add(card.Id)) return $"card id {card.Id} appears twice";
                if (card.Level is { } level && !InRange(level))
                    return $"card {card.Id} has qualification level {level}; levels are {MinLevel}–{MaxLevel}";
                foreach (var link in card.Links)
                    if (link.Level is { } linkLevel && !InRange(linkLevel))
                        return $"card {card.Id} links to level {link.Level} ({link.Lines}); levels are {MinLevel}–{MaxLevel}";
            }
            foreach (var area in document.Framework?.Areas ?? [])
                foreach (var level in area.Levels)
                    if (!InRange(level.Level))
                        return $"framework {name} area {area.Number} has level {level.Level}; levels are {MinLevel}–{MaxLevel}";
        }
        return null;
    }

    public static string? GraphProblem(ProfessionGraph graph)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            if (!ids.Add(node.Id)) return $"node id {node.Id} appears twice";
            // Level 0 is the builder's mark for a card that printed no level (reported as a warning), not a level.
            if (node.Level != 0 && !InRange(node.Level))
                return $"profession {node.Id} has level {node.Level}; levels are {MinLevel}–{MaxLevel}";
        }
        var standards = new HashSet<string>(StringComparer.Ordinal);
        foreach (var standard in graph.Standards)
            if (!standards.Add(standard.Id)) return $"standard id {standard.Id} appears twice";
        foreach (var edge in graph.Edges)
        {
            if ((uint)edge.From >= (uint)graph.Nodes.Count || (uint)edge.To >= (uint)graph.Nodes.Count)
                return $"a {edge.Kind} edge {edge.From}→{edge.To} has an end that is not a node ({graph.Nodes.Count} nodes)";
            if (!double.IsFinite(edge.Confidence) || edge.Confidence is < 0 or > 1)
                return $"the {edge.Kind} edge {graph.Nodes[edge.From].Id}→{graph.Nodes[edge.To].Id} has weight {edge.Confidence}; weights are 0–1";
        }
        return null;
    }

    private static bool InRange(int level) => level is >= MinLevel and <= MaxLevel;

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
