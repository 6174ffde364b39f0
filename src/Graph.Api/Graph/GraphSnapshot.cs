using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Careers.Skills;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;

namespace CareerGraph.Api.Graph;

/// <summary>
/// One immutable version of everything the API serves: the documents, the career graph built from them and a card
/// index. A request reads one snapshot from start to end, so a swap never mixes two versions in one answer.
/// </summary>
public sealed class GraphSnapshot
{
    private readonly Dictionary<string, (Card Card, StandardDocument Document)> _cards;
    private readonly Lazy<string[][]> _nameKeys;
    private readonly AnswerMemo<(int, int, PathQuery), IReadOnlyList<CareerPath>> _paths = new(4_096);
    private readonly AnswerMemo<(int, int, bool, bool), IReadOnlyList<NextStep>> _nextSteps = new(4_096);
    private readonly AnswerMemo<(int, int, bool, bool), IReadOnlyList<NextStep>> _feeders = new(4_096);
    private readonly AnswerMemo<(int, int, Language?), SkillGapResult> _gaps = new(16_384);
    private readonly AnswerMemo<(int, int), double> _coverage = new(16_384);

    private GraphSnapshot(IReadOnlyList<StandardDocument> documents, ProfessionGraph graph, string store, string origin, string version)
    {
        Documents = documents;
        Graph = graph;
        Store = store;
        Origin = origin;
        Version = version;
        _cards = new(StringComparer.Ordinal);
        foreach (var d in documents)
            foreach (var c in d.Cards)
                if (!_cards.TryAdd(c.Id, (c, d))) throw new InvalidGraphException($"card id {c.Id} appears twice");
        _nameKeys = new(() => Enumerable.Range(0, graph.Nodes.Count)
            .Select(i => graph.Names(i).Select(MatchText.SearchKey).Distinct().ToArray()).ToArray());
    }

    /// <summary>
    /// The only way to a snapshot: the documents and the graph built from them pass <see cref="GraphValidation"/>
    /// first, or <see cref="InvalidGraphException"/> says why not.
    /// </summary>
    public static GraphSnapshot Build(IReadOnlyList<StandardDocument> documents, string store, string origin, string version,
        CareerGraphOptions? options = null, IReadOnlyList<CareerEdge>? inferred = null) =>
        new(documents, GraphValidation.Build(documents, options, inferred), store, origin, version);

    public IReadOnlyList<StandardDocument> Documents { get; }

    public ProfessionGraph Graph { get; }

    /// <summary>The kind of source («seeds», «snapshot», «neo4j»): what /health/ready may tell anyone.</summary>
    public string Store { get; }

    /// <summary>Where the data came from (seeds folder, snapshot file, Neo4j address), for the operator's log only.</summary>
    public string Origin { get; }

    /// <summary>The graph version (a content hash for files, the store's version for Neo4j).</summary>
    public string Version { get; }

    /// <summary>Search keys (<see cref="MatchText.SearchKey"/>) of every name of a node, computed once per snapshot for search.</summary>
    public IReadOnlyList<string> NameKeys(int index) => _nameKeys.Value[index];

    /// <summary>k best paths (memoised: the snapshot is immutable, so an answer never goes stale).</summary>
    public IReadOnlyList<CareerPath> Paths(int from, int to, PathQuery query) =>
        _paths.GetOrAdd((from, to, query), key => CareerPaths.Find(Graph, key.Item1, key.Item2, key.Item3));

    public IReadOnlyList<NextStep> NextSteps(int from, int k, bool inferred, bool latestOnly = true) =>
        _nextSteps.GetOrAdd((from, k, inferred, latestOnly), key => Careers.Paths.NextSteps.Rank(Graph, key.Item1, key.Item2, key.Item3, latestOnly: key.Item4));

    public IReadOnlyList<NextStep> Feeders(int to, int k, bool inferred, bool latestOnly = true) =>
        _feeders.GetOrAdd((to, k, inferred, latestOnly), key => Careers.Paths.NextSteps.Feeders(Graph, key.Item1, key.Item2, key.Item3, latestOnly: key.Item4));

    public SkillGapResult Gap(int from, int to, Language? preferred) =>
        _gaps.GetOrAdd((from, to, preferred), key => SkillGap.Compute(Graph, key.Item1, key.Item2, preferred: key.Item3));

    /// <summary>Weighted share of <paramref name="to"/>'s requirements that <paramref name="from"/> meets, 0–1.</summary>
    public double Coverage(int from, int to) =>
        _coverage.GetOrAdd((from, to), key => SkillOverlap.Transfer(Graph, key.Item1, key.Item2).Score);

    public (Card Card, StandardDocument Document)? Card(string cardId) =>
        _cards.TryGetValue(cardId, out var found) ? found : null;

    /// <summary>The profession's cards, the requested language first.</summary>
    public IEnumerable<(Card Card, StandardDocument Document)> CardsOf(CareerNode node, Language? preferred)
    {
        if (node is not Profession p) return [];
        var cards = p.CardIds.Select(Card).OfType<(Card, StandardDocument)>().ToList();
        return preferred is { } lang ? cards.OrderBy(c => c.Item2.Language == lang ? 0 : 1) : cards;
    }
}
