using CareerGraph.Careers.Building;
using CareerGraph.Careers.Text;
using CareerGraph.Standards.Model;

namespace CareerGraph.Careers.Model;

/// <summary>
/// The immutable career graph. Career nodes (professions first, then external link targets) are addressed by dense
/// int indexes; ids are stable strings derived from the sources. Adjacency is stored twice in CSR form — printed
/// evidence only (PRINTED_LINK, LEVEL_LADDER) and every edge — keeping the best edge per ordered pair, so that path
/// queries are array walks. Rebuild the whole graph when the data changes.
/// </summary>
public sealed class ProfessionGraph
{
    private readonly Dictionary<string, int> _index;
    private readonly int[] _edgeOffsets;

    private ProfessionGraph(
        IReadOnlyList<StandardNode> standards,
        IReadOnlyList<CareerNode> nodes,
        IReadOnlyList<RequirementItem> items,
        IReadOnlyList<RequirementProfile> profiles,
        IReadOnlyList<CareerEdge> edges,
        IReadOnlyList<QualificationLevel> levels,
        ResolutionReport resolution)
    {
        Standards = standards;
        Nodes = nodes;
        Items = items;
        Profiles = profiles;
        Edges = edges;
        Levels = levels;
        Resolution = resolution;
        ProfessionCount = nodes.TakeWhile(n => n is Profession).Count();
        _index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
            if (!_index.TryAdd(nodes[i].Id, i)) throw new ArgumentException($"duplicate node id {nodes[i].Id}");
        OccupationCodes = nodes.OfType<Profession>().Select(p => p.OccupationCode).OfType<string>()
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(c => new OccupationCodeNode(c)).ToArray();
        NamesByKey = Enumerable.Range(0, nodes.Count).SelectMany(i => Names(i).Select(n => (Key: MatchText.Key(n), i)))
            .Where(x => x.Key.Length > 0).ToLookup(x => x.Key, x => x.i);
        _edgeOffsets = new int[nodes.Count + 1];
        foreach (var e in edges) _edgeOffsets[e.From + 1]++;
        for (var i = 0; i < nodes.Count; i++) _edgeOffsets[i + 1] += _edgeOffsets[i];
        var newSkills = EdgeNewSkills();
        Printed = Adjacency.Build(this, newSkills, printedOnly: true);
        All = Adjacency.Build(this, newSkills, printedOnly: false);
        var replaced = standards.Where(st => !st.IsLatest).Select(st => st.Id).ToHashSet(StringComparer.Ordinal);
        _superseded = nodes.Select(nd => nd is Profession p && replaced.Contains(p.StandardId)).ToArray();
        if (_superseded.Any(x => x))
        {
            LatestPrinted = Adjacency.Build(this, newSkills, printedOnly: true, _superseded);
            LatestAll = Adjacency.Build(this, newSkills, printedOnly: false, _superseded);
        }
        else (LatestPrinted, LatestAll) = (Printed, All);
    }

    private readonly bool[] _superseded;

    /// <summary>Whether the node is a profession of a standard edition that a later loaded edition replaces.</summary>
    public bool IsSuperseded(int node) => _superseded[node];

    /// <summary>
    /// Assembles a graph from ready parts (the standards builder and the synthetic benchmark generator both use it).
    /// Professions must come before external nodes; <paramref name="profiles"/> is parallel to <paramref name="nodes"/>
    /// (externals have <see cref="RequirementProfile.Empty"/>); profile entries index <paramref name="items"/>.
    /// </summary>
    public static ProfessionGraph Create(
        IReadOnlyList<StandardNode> standards,
        IReadOnlyList<CareerNode> nodes,
        IReadOnlyList<RequirementItem> items,
        IReadOnlyList<RequirementProfile> profiles,
        IReadOnlyList<CareerEdge> edges,
        IReadOnlyList<QualificationLevel>? levels = null,
        ResolutionReport? resolution = null)
    {
        if (profiles.Count != nodes.Count) throw new ArgumentException("profiles must be parallel to nodes");
        var seenExternal = false;
        foreach (var n in nodes)
        {
            if (n is ExternalProfession) seenExternal = true;
            else if (seenExternal) throw new ArgumentException("professions must come before external nodes");
        }
        foreach (var e in edges)
            if ((uint)e.From >= (uint)nodes.Count || (uint)e.To >= (uint)nodes.Count || e.From == e.To
                || e.Confidence is < 0 or > 1)
                throw new ArgumentException($"invalid edge {e.From}->{e.To} ({e.Kind}, {e.Confidence})");
        var stems = new StemTable();
        var encoded = items.Select(i => i with { Stems = stems.Encode(i.Text) }).ToArray();
        var ordered = edges.OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Kind).ToArray();
        levels ??= Enumerable.Range(1, 8).Select(l => new QualificationLevel(l, [])).ToArray();
        return new ProfessionGraph(standards, nodes, encoded, profiles, ordered, levels, resolution ?? ResolutionReport.Empty);
    }

    /// <summary>
    /// The same graph with <paramref name="more"/> edges added. The items keep their stem encoding, so the result is
    /// what <see cref="Create"/> gives for all the edges, without encoding every item's text a second time.
    /// </summary>
    internal ProfessionGraph WithEdges(IEnumerable<CareerEdge> more)
    {
        var ordered = Edges.Concat(more).OrderBy(e => e.From).ThenBy(e => e.To).ThenBy(e => e.Kind).ToArray();
        return new ProfessionGraph(Standards, Nodes, Items, Profiles, ordered, Levels, Resolution);
    }

    public IReadOnlyList<StandardNode> Standards { get; }

    /// <summary>Career nodes: indexes [0, <see cref="ProfessionCount"/>) are professions, the rest external targets.</summary>
    public IReadOnlyList<CareerNode> Nodes { get; }

    public int ProfessionCount { get; }

    public IEnumerable<Profession> Professions => Nodes.Take(ProfessionCount).Cast<Profession>();

    public IEnumerable<ExternalProfession> ExternalProfessions => Nodes.Skip(ProfessionCount).Cast<ExternalProfession>();

    /// <summary>Labour functions, skills, abilities and knowledge items, each once per (kind, language, text).</summary>
    public IReadOnlyList<RequirementItem> Items { get; }

    /// <summary>Skill nodes of the contract: skill and ability items.</summary>
    public IEnumerable<RequirementItem> SkillNodes => Items.Where(i => i.Kind is ItemKind.Skill or ItemKind.Ability);

    /// <summary>Knowledge nodes of the contract.</summary>
    public IEnumerable<RequirementItem> KnowledgeNodes => Items.Where(i => i.Kind == ItemKind.Knowledge);

    /// <summary>Requirement profile per career node (parallel to <see cref="Nodes"/>).</summary>
    public IReadOnlyList<RequirementProfile> Profiles { get; }

    /// <summary>Every career edge, ordered by (from, to, kind); parallel edges of different kinds are kept.</summary>
    public IReadOnlyList<CareerEdge> Edges { get; }

    public IReadOnlyList<QualificationLevel> Levels { get; }

    public IReadOnlyList<OccupationCodeNode> OccupationCodes { get; }

    /// <summary>Every printed link row and how it was resolved.</summary>
    public ResolutionReport Resolution { get; }

    /// <summary>Every name a node is known by: titles in both languages and aliases, or the printed name.</summary>
    public IEnumerable<string> Names(int index) => Nodes[index] switch
    {
        Profession p => new[] { p.TitleKk, p.TitleRu }.OfType<string>().Concat(p.Aliases),
        ExternalProfession e => [e.Name],
        _ => [],
    };

    internal ILookup<string, int> NamesByKey { get; }

    internal Adjacency Printed { get; }

    internal Adjacency All { get; }

    /// <summary>Printed and inferred moves with no step into a profession of a replaced edition.</summary>
    internal Adjacency LatestAll { get; }

    internal Adjacency LatestPrinted { get; }

    /// <summary>
    /// <paramref name="latestOnly"/>: no step enters a profession of a replaced edition (one may still start there,
    /// so that a counsellor holding the old title is led into the new edition).
    /// </summary>
    internal Adjacency AdjacencyFor(bool inferred, bool latestOnly = false) =>
        latestOnly ? inferred ? LatestAll : LatestPrinted : inferred ? All : Printed;

    /// <summary>Index of a career node id, or -1.</summary>
    public int IndexOf(string id) => _index.GetValueOrDefault(id, -1);

    public CareerNode Node(int index) => Nodes[index];

    /// <summary>Outgoing edges of a node (all kinds, including parallel ones), in (to, kind) order.</summary>
    public IEnumerable<CareerEdge> EdgesFrom(int node)
    {
        for (var i = _edgeOffsets[node]; i < _edgeOffsets[node + 1]; i++) yield return Edges[i];
    }

    /// <summary>
    /// The language both nodes have requirement items in (Kazakh first: it is the complete edition in every
    /// bilingual pair here), or null when they share none.
    /// </summary>
    public Language? SharedLanguage(int a, int b)
    {
        foreach (var lang in (ReadOnlySpan<Language>)[Language.Kk, Language.Ru])
            if (Profiles[a].In(lang) is not null && Profiles[b].In(lang) is not null) return lang;
        return null;
    }

    /// <summary>
    /// Skills and abilities of <paramref name="to"/> that <paramref name="from"/> lacks entirely (neither held nor
    /// partly held, by the same matching as <see cref="Skills.SkillGap"/>): what a step asks to learn. Paths are
    /// ranked by this count and the API shows it per step, so the two always agree. Exact wording would not do:
    /// the Kazakh skill titles of sibling cards are worded differently for the same skill.
    /// </summary>
    public int NewSkillCount(int from, int to)
    {
        var target = Profiles[to];
        if (target.Sides.Count == 0) return 0;
        var lang = SharedLanguage(from, to);
        if (lang is null) return target.Sides[0].Skills.Count + target.Sides[0].Abilities.Count;
        var (t, s) = (target.In(lang.Value)!, Profiles[from].In(lang.Value)!);
        var w = Inference.OverlapWeights.Default;
        return Skills.ItemMatching.CountMissing(this, t.Skills, s.Skills, w) + Skills.ItemMatching.CountMissing(this, t.Abilities, s.Abilities, w);
    }

    /// <summary>New-skill count per edge, computed once per ordered pair (parallel edges share it).</summary>
    private int[] EdgeNewSkills()
    {
        var counts = new int[Edges.Count];
        var runs = new List<int>();
        for (var i = 0; i < Edges.Count; i++)
            if (i == 0 || Edges[i].From != Edges[i - 1].From || Edges[i].To != Edges[i - 1].To) runs.Add(i);
        Parallel.For(0, runs.Count, r =>
        {
            var first = runs[r];
            var end = r + 1 < runs.Count ? runs[r + 1] : Edges.Count;
            var n = NewSkillCount(Edges[first].From, Edges[first].To);
            for (var i = first; i < end; i++) counts[i] = n;
        });
        return counts;
    }
}

/// <summary>
/// Compressed sparse rows over career nodes: for node u, targets are Targets[Offsets[u]..Offsets[u+1]], with the
/// chosen edge and its precomputed new-skill count alongside. The reverse arrays index the same forward slots.
/// </summary>
internal sealed class Adjacency
{
    public required int[] Offsets { get; init; }
    public required int[] Targets { get; init; }
    public required int[] EdgeIndex { get; init; }
    public required int[] NewSkills { get; init; }
    public required double[] Confidence { get; init; }
    public required int[] ReverseOffsets { get; init; }
    public required int[] ReverseSlots { get; init; }
    public required int[] Sources { get; init; }

    public int NodeCount => Offsets.Length - 1;

    public static Adjacency Build(ProfessionGraph graph, int[] edgeNewSkills, bool printedOnly, bool[]? closedTargets = null)
    {
        var n = graph.Nodes.Count;
        var best = new List<int>();
        var edges = graph.Edges;
        for (var i = 0; i < edges.Count; i++)
        {
            var e = edges[i];
            if (printedOnly && !EdgeKinds.IsPrinted(e.Kind)) continue;
            if (closedTargets is not null && closedTargets[e.To]) continue;
            if (best.Count > 0 && edges[best[^1]].From == e.From && edges[best[^1]].To == e.To)
            {
                if (Better(e, edges[best[^1]])) best[^1] = i;
            }
            else best.Add(i);
        }
        var offsets = new int[n + 1];
        foreach (var i in best) offsets[edges[i].From + 1]++;
        for (var u = 0; u < n; u++) offsets[u + 1] += offsets[u];
        var m = best.Count;
        var targets = new int[m];
        var edgeIndex = new int[m];
        var newSkills = new int[m];
        var confidence = new double[m];
        var sources = new int[m];
        for (var slot = 0; slot < m; slot++)
        {
            var e = edges[best[slot]];
            targets[slot] = e.To;
            sources[slot] = e.From;
            edgeIndex[slot] = best[slot];
            confidence[slot] = e.Confidence;
            newSkills[slot] = edgeNewSkills[best[slot]];
        }
        var revOffsets = new int[n + 1];
        foreach (var t in targets) revOffsets[t + 1]++;
        for (var u = 0; u < n; u++) revOffsets[u + 1] += revOffsets[u];
        var fill = revOffsets[..^1].ToArray();
        var revSlots = new int[m];
        for (var slot = 0; slot < m; slot++) revSlots[fill[targets[slot]]++] = slot;
        return new Adjacency
        {
            Offsets = offsets, Targets = targets, EdgeIndex = edgeIndex, NewSkills = newSkills, Confidence = confidence,
            ReverseOffsets = revOffsets, ReverseSlots = revSlots, Sources = sources,
        };
    }

    // Printed evidence wins over an inference for the same move, whatever the scores; then confidence, then kind.
    private static bool Better(CareerEdge a, CareerEdge b) =>
        a.Inferred != b.Inferred ? !a.Inferred
        : a.Confidence != b.Confidence ? a.Confidence > b.Confidence
        : a.Kind < b.Kind;
}
