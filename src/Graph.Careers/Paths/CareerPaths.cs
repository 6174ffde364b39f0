using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;

namespace CareerGraph.Careers.Paths;

/// <summary>
/// k best loopless career paths (Yen's algorithm), restricted to the part of the graph that can matter.
/// A bidirectional BFS finds the least step count d; the balls around source and target then grow until every
/// path of at most L steps lies inside them, and nodes whose step bounds (from the source + to the target) exceed L
/// are dropped. L starts at d in STEPS mode (shortest paths rank first there) and at d + ExtraSteps in LEARNING mode,
/// and widens one step at a time, up to MaxSteps, while fewer than K paths are found. Inside that region one reverse Dijkstra gives the exact
/// least cost to the target, which is the A* heuristic of every search (the first path and each spur search of
/// Yen's): removing edges only raises true costs, so it stays admissible and consistent, and each search touches
/// little beyond the path it returns.
/// </summary>
public static class CareerPaths
{
    public static IReadOnlyList<CareerPath> Find(ProfessionGraph graph, int from, int to, PathQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.K, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxSteps, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(query.ExtraSteps);
        if ((uint)from >= (uint)graph.Nodes.Count || (uint)to >= (uint)graph.Nodes.Count)
            throw new ArgumentOutOfRangeException(nameof(from), "node index out of range");
        if (from == to) return [];
        var adj = graph.AdjacencyFor(query.Inferred, query.LatestOnly);
        var search = Search.For(adj.NodeCount);
        var shortest = search.ShortestSteps(adj, from, to, query.MaxSteps);
        if (shortest is not { } d) return [];
        // Fewest-steps paths of length d rank before all longer ones, so that mode starts at d; each widening by one
        // step grows the balls by about one BFS level, which on a dense graph is most of the cost of a query.
        var first = query.Optimize == PathOptimization.Steps ? d : Math.Min(query.MaxSteps, d + query.ExtraSteps);
        var paths = new List<RawPath>();
        for (var limit = first; limit <= query.MaxSteps; limit++)
        {
            paths = Yen(adj, search, from, to, query, limit);
            if (paths.Count >= query.K) break;
        }
        var gaps = new Dictionary<int, SkillGapResult>();
        return paths.Select(p => Materialise(graph, adj, p, query, gaps)).ToArray();
    }

    private static List<RawPath> Yen(Adjacency adj, Search search, int from, int to, PathQuery query, int limit)
    {
        search.Region(adj, from, to, limit, query.Optimize);
        var accepted = new List<RawPath>();
        var first = search.AStar(adj, from, to, query.Optimize, blocked: [], removedSlots: [], budget: limit);
        if (first is null) return accepted;
        accepted.Add(first);
        var candidates = new List<RawPath>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { first.Key };
        while (accepted.Count < query.K)
        {
            var previous = accepted[^1];
            for (var i = 0; i < previous.Nodes.Length - 1; i++)
            {
                var spur = previous.Nodes[i];
                var removed = new List<int>();
                foreach (var p in accepted)
                    if (p.Nodes.Length > i + 1 && p.Nodes.AsSpan(0, i + 1).SequenceEqual(previous.Nodes.AsSpan(0, i + 1)))
                        removed.Add(p.Slots[i]);
                var spurPath = search.AStar(adj, spur, to, query.Optimize, previous.Nodes[..i], removed, budget: limit - i);
                if (spurPath is null) continue;
                var candidate = previous.Prefix(i, adj, query.Optimize).Concat(spurPath);
                if (seen.Add(candidate.Key)) candidates.Add(candidate);
            }
            if (candidates.Count == 0) break;
            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
                if (candidates[c].Cost < candidates[best].Cost
                    || candidates[c].Cost.CompareTo(candidates[best].Cost) == 0
                    && string.CompareOrdinal(candidates[c].Key, candidates[best].Key) < 0)
                    best = c;
            accepted.Add(candidates[best]);
            candidates.RemoveAt(best);
        }
        return accepted;
    }

    /// <summary>Paths share steps, so each step's gap is computed once per query (keyed by CSR slot).</summary>
    private static CareerPath Materialise(ProfessionGraph graph, Adjacency adj, RawPath p, PathQuery query, Dictionary<int, SkillGapResult> gaps)
    {
        var steps = new PathStep[p.Slots.Length];
        var confidence = 1.0;
        var newSkills = 0;
        for (var s = 0; s < p.Slots.Length; s++)
        {
            var slot = p.Slots[s];
            var edge = graph.Edges[adj.EdgeIndex[slot]];
            confidence *= edge.Confidence;
            newSkills += adj.NewSkills[slot];
            steps[s] = new PathStep(graph.Nodes[edge.From].Id, graph.Nodes[edge.To].Id, edge.Kind, edge.Inferred,
                edge.Confidence, edge.Evidence, adj.NewSkills[slot],
                query.IncludeSkillGaps ? Gap(slot, edge) : null);
        }
        SkillGapResult Gap(int slot, CareerEdge edge) =>
            gaps.TryGetValue(slot, out var gap) ? gap : gaps[slot] = SkillGap.Compute(graph, edge.From, edge.To);

        return new CareerPath(p.Nodes.Select(n => graph.Nodes[n].Id).ToArray(), steps,
            graph.Nodes[p.Nodes[^1]].Level - graph.Nodes[p.Nodes[0]].Level, newSkills, confidence);
    }

    internal static PathCost EdgeCost(Adjacency adj, int slot, PathOptimization mode) => mode == PathOptimization.Steps
        ? new PathCost(1, 1 - adj.Confidence[slot], adj.NewSkills[slot])
        : new PathCost(adj.NewSkills[slot], 1, 1 - adj.Confidence[slot]);
}

/// <summary>A path as node indexes and CSR slots, with its total cost.</summary>
internal sealed class RawPath(int[] nodes, int[] slots, PathCost cost)
{
    public int[] Nodes { get; } = nodes;
    public int[] Slots { get; } = slots;
    public PathCost Cost { get; } = cost;
    public string Key { get; } = string.Join(',', nodes);

    public RawPath Prefix(int spurIndex, Adjacency adj, PathOptimization mode)
    {
        var cost = PathCost.Zero;
        for (var s = 0; s < spurIndex; s++) cost += CareerPaths.EdgeCost(adj, Slots[s], mode);
        return new RawPath(Nodes[..(spurIndex + 1)], Slots[..spurIndex], cost);
    }

    /// <summary>This root followed by a spur path that starts at the root's last node.</summary>
    public RawPath Concat(RawPath spur) => new([.. Nodes, .. spur.Nodes.AsSpan(1)], [.. Slots, .. spur.Slots], Cost + spur.Cost);
}

/// <summary>
/// Per-thread scratch arrays for path searches, reset in O(1) by bumping a stamp instead of clearing n entries.
/// </summary>
internal sealed class Search
{
    [ThreadStatic] private static Search? _current;

    private readonly int[] _fwdStamp, _fwdDepth, _revStamp, _revDepth, _regionStamp, _minHops;
    private readonly int[] _openStamp, _hops, _parentSlot, _blockedStamp;
    private readonly PathCost[] _toTarget, _fromSpur;
    private readonly bool[] _closed;
    private readonly PriorityQueue<int, PathCost> _queue = new();
    private List<int> _fwdFrontier = [], _revFrontier = [], _next = [];
    private readonly List<int> _fwdSeen = [], _revSeen = [];
    private int _fwdVersion, _revVersion, _regionVersion, _openVersion, _blockedVersion;
    private int _fwdLevel, _revLevel;
    private bool _fwdDone, _revDone;

    private Search(int n)
    {
        _fwdStamp = new int[n]; _fwdDepth = new int[n]; _revStamp = new int[n]; _revDepth = new int[n];
        _regionStamp = new int[n]; _minHops = new int[n]; _openStamp = new int[n]; _hops = new int[n];
        _parentSlot = new int[n]; _blockedStamp = new int[n];
        _toTarget = new PathCost[n]; _fromSpur = new PathCost[n]; _closed = new bool[n];
    }

    public static Search For(int n)
    {
        if (_current is null || _current._minHops.Length != n) _current = new Search(n);
        return _current;
    }

    /// <summary>
    /// Least number of steps from source to target (at most <paramref name="maxSteps"/>), by BFS levels grown from
    /// whichever side has the smaller frontier; null when unreachable within the limit. Leaves both balls in place.
    /// </summary>
    public int? ShortestSteps(Adjacency adj, int source, int target, int maxSteps)
    {
        _fwdVersion++; _revVersion++;
        _fwdFrontier.Clear(); _revFrontier.Clear(); _fwdSeen.Clear(); _revSeen.Clear();
        _fwdLevel = _revLevel = 0;
        _fwdDone = _revDone = false;
        MarkForward(source, 0, _fwdFrontier);
        MarkReverse(target, 0, _revFrontier);
        var best = int.MaxValue;
        if (source == target) best = 0;
        while (best > _fwdLevel + _revLevel && _fwdLevel + _revLevel < maxSteps)
            if (!Grow(adj, ref best)) return null;
        return best <= maxSteps ? best : null;
    }

    /// <summary>Grows the balls until they hold every path of at most <paramref name="limit"/> steps, then keeps
    /// the nodes whose step bounds fit and computes the exact cost to the target inside that region.</summary>
    public void Region(Adjacency adj, int source, int target, int limit, PathOptimization mode)
    {
        var ignored = int.MaxValue;
        while (_fwdLevel + _revLevel < limit - 1 && Grow(adj, ref ignored)) { }
        _regionVersion++;
        foreach (var v in _fwdSeen) Consider(v);
        foreach (var v in _revSeen) Consider(v);

        _queue.Clear();
        _toTarget[target] = PathCost.Zero;
        _queue.Enqueue(target, PathCost.Zero);
        while (_queue.TryDequeue(out var v, out var cost))
        {
            if (cost > _toTarget[v]) continue;
            for (var r = adj.ReverseOffsets[v]; r < adj.ReverseOffsets[v + 1]; r++)
            {
                var slot = adj.ReverseSlots[r];
                var u = adj.Sources[slot];
                if (_regionStamp[u] != _regionVersion) continue;
                var c = cost + CareerPaths.EdgeCost(adj, slot, mode);
                if (c < _toTarget[u]) { _toTarget[u] = c; _queue.Enqueue(u, c); }
            }
        }

        void Consider(int v)
        {
            if (_regionStamp[v] == _regionVersion) return;
            var fromSource = _fwdStamp[v] == _fwdVersion ? _fwdDepth[v] : _fwdDone ? int.MaxValue / 4 : _fwdLevel + 1;
            var toTarget = _revStamp[v] == _revVersion ? _revDepth[v] : _revDone ? int.MaxValue / 4 : _revLevel + 1;
            if (fromSource + toTarget > limit) return;
            _regionStamp[v] = _regionVersion;
            _minHops[v] = toTarget;
            _toTarget[v] = PathCost.Infinite;
        }
    }

    /// <summary>Expands one BFS level on the side with the smaller frontier; false when neither side can grow.</summary>
    private bool Grow(Adjacency adj, ref int best)
    {
        var forward = !_fwdDone && (_revDone || _fwdFrontier.Count <= _revFrontier.Count);
        if (!forward && _revDone) return false;
        _next.Clear();
        if (forward)
        {
            foreach (var v in _fwdFrontier)
                for (var slot = adj.Offsets[v]; slot < adj.Offsets[v + 1]; slot++)
                {
                    var u = adj.Targets[slot];
                    if (_fwdStamp[u] == _fwdVersion) continue;
                    MarkForward(u, _fwdLevel + 1, _next);
                    if (_revStamp[u] == _revVersion) best = Math.Min(best, _fwdLevel + 1 + _revDepth[u]);
                }
            _fwdLevel++;
            (_fwdFrontier, _next) = (_next, _fwdFrontier);
            if (_fwdFrontier.Count == 0) _fwdDone = true;
        }
        else
        {
            foreach (var v in _revFrontier)
                for (var r = adj.ReverseOffsets[v]; r < adj.ReverseOffsets[v + 1]; r++)
                {
                    var u = adj.Sources[adj.ReverseSlots[r]];
                    if (_revStamp[u] == _revVersion) continue;
                    MarkReverse(u, _revLevel + 1, _next);
                    if (_fwdStamp[u] == _fwdVersion) best = Math.Min(best, _revLevel + 1 + _fwdDepth[u]);
                }
            _revLevel++;
            (_revFrontier, _next) = (_next, _revFrontier);
            if (_revFrontier.Count == 0) _revDone = true;
        }
        return true;
    }

    private void MarkForward(int v, int depth, List<int> frontier)
    {
        _fwdStamp[v] = _fwdVersion; _fwdDepth[v] = depth; _fwdSeen.Add(v); frontier.Add(v);
    }

    private void MarkReverse(int v, int depth, List<int> frontier)
    {
        _revStamp[v] = _revVersion; _revDepth[v] = depth; _revSeen.Add(v); frontier.Add(v);
    }

    /// <summary>A* inside the region from <paramref name="start"/>, avoiding blocked root nodes and removed slots,
    /// within <paramref name="budget"/> steps; null if there is no such path.</summary>
    public RawPath? AStar(Adjacency adj, int start, int target, PathOptimization mode, int[] blocked, List<int> removedSlots, int budget)
    {
        if (_regionStamp[start] != _regionVersion || _toTarget[start].IsInfinite) return null;
        _blockedVersion++;
        foreach (var b in blocked) _blockedStamp[b] = _blockedVersion;
        _openVersion++;
        _queue.Clear();
        Open(start, PathCost.Zero, 0, -1);
        while (_queue.TryDequeue(out var v, out _))
        {
            if (_closed[v]) continue;
            _closed[v] = true;
            if (v == target) return Trace(adj, start, target);
            for (var slot = adj.Offsets[v]; slot < adj.Offsets[v + 1]; slot++)
            {
                var u = adj.Targets[slot];
                if (_regionStamp[u] != _regionVersion || _toTarget[u].IsInfinite || _blockedStamp[u] == _blockedVersion) continue;
                if (_hops[v] + 1 + _minHops[u] > budget || removedSlots.Contains(slot)) continue;
                var g = _fromSpur[v] + CareerPaths.EdgeCost(adj, slot, mode);
                if (_openStamp[u] == _openVersion && (_closed[u] || !(g < _fromSpur[u]))) continue;
                Open(u, g, _hops[v] + 1, slot);
            }
        }
        return null;

        void Open(int node, PathCost g, int hops, int parentSlot)
        {
            _openStamp[node] = _openVersion;
            _closed[node] = false;
            _fromSpur[node] = g;
            _hops[node] = hops;
            _parentSlot[node] = parentSlot;
            _queue.Enqueue(node, g + _toTarget[node]);
        }
    }

    private RawPath Trace(Adjacency adj, int start, int target)
    {
        var length = _hops[target];
        var nodes = new int[length + 1];
        var slots = new int[length];
        var v = target;
        for (var i = length; i > 0; i--)
        {
            nodes[i] = v;
            slots[i - 1] = _parentSlot[v];
            v = adj.Sources[_parentSlot[v]];
        }
        nodes[0] = start;
        return new RawPath(nodes, slots, _fromSpur[target]);
    }
}
