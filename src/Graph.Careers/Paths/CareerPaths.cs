using CareerGraph.Careers.Model;
using CareerGraph.Careers.Skills;

namespace CareerGraph.Careers.Paths;

/// <summary>
/// k best loopless career paths (Yen's algorithm). One reverse search from the target gives, for every node that
/// can reach it within <see cref="PathQuery.MaxSteps"/>, the least hop count and the exact least cost to the target.
/// Every path search (the first, and each of Yen's spur searches) is then an A* with that exact cost as heuristic —
/// removing edges only raises true costs, so it stays admissible and consistent — and the hop counts prune nodes
/// that cannot reach the target in the steps left. A query thus touches little beyond the target's neighbourhood.
/// In <see cref="PathOptimization.Learning"/> mode the step limit is enforced by that pruning, which can miss a
/// costlier path that is shorter in steps when a cheaper longer one exists.
/// </summary>
public static class CareerPaths
{
    public static IReadOnlyList<CareerPath> Find(ProfessionGraph graph, int from, int to, PathQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(query.K, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.MaxSteps, 1);
        if ((uint)from >= (uint)graph.Nodes.Count || (uint)to >= (uint)graph.Nodes.Count)
            throw new ArgumentOutOfRangeException(nameof(from), "node index out of range");
        if (from == to) return [];
        var adj = graph.AdjacencyFor(query.Inferred);
        var search = Search.For(adj.NodeCount);
        search.Reverse(adj, to, query);
        if (!search.Reaches(from)) return [];

        var accepted = new List<RawPath>();
        var candidates = new List<RawPath>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var first = search.AStar(adj, from, to, query, blocked: [], removedSlots: [], rootHops: 0);
        if (first is null) return [];
        accepted.Add(first);
        seen.Add(first.Key);
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
                var spurPath = search.AStar(adj, spur, to, query, previous.Nodes[..i], removed, rootHops: i);
                if (spurPath is null) continue;
                var root = previous.Prefix(i, adj, query.Optimize);
                var candidate = root.Concat(spurPath);
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
        return accepted.Select(p => Materialise(graph, adj, p, query)).ToArray();
    }

    private static CareerPath Materialise(ProfessionGraph graph, Adjacency adj, RawPath p, PathQuery query)
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
                query.IncludeSkillGaps ? SkillGap.Compute(graph, edge.From, edge.To) : null);
        }
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

    private readonly int[] _reverseStamp, _minHops, _forwardStamp, _hops, _parentSlot, _blockedStamp;
    private readonly PathCost[] _toTarget, _fromSpur;
    private readonly bool[] _closed;
    private readonly PriorityQueue<int, PathCost> _queue = new();
    private readonly Queue<int> _bfs = new();
    private int _reverseVersion, _forwardVersion, _blockedVersion;

    private Search(int n)
    {
        _reverseStamp = new int[n]; _minHops = new int[n]; _forwardStamp = new int[n]; _hops = new int[n];
        _parentSlot = new int[n]; _blockedStamp = new int[n]; _toTarget = new PathCost[n]; _fromSpur = new PathCost[n];
        _closed = new bool[n];
    }

    public static Search For(int n)
    {
        if (_current is null || _current._minHops.Length != n) _current = new Search(n);
        return _current;
    }

    public bool Reaches(int node) => _reverseStamp[node] == _reverseVersion && !_toTarget[node].IsInfinite;

    /// <summary>Hop-bounded reverse BFS (least hops to target) then reverse Dijkstra (exact least cost) over that ball.</summary>
    public void Reverse(Adjacency adj, int target, PathQuery query)
    {
        _reverseVersion++;
        _bfs.Clear();
        Mark(target, 0);
        _bfs.Enqueue(target);
        while (_bfs.TryDequeue(out var v))
        {
            if (_minHops[v] == query.MaxSteps) continue;
            for (var r = adj.ReverseOffsets[v]; r < adj.ReverseOffsets[v + 1]; r++)
            {
                var u = adj.Sources[adj.ReverseSlots[r]];
                if (_reverseStamp[u] == _reverseVersion) continue;
                Mark(u, _minHops[v] + 1);
                _bfs.Enqueue(u);
            }
        }
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
                if (_reverseStamp[u] != _reverseVersion) continue;
                var c = cost + CareerPaths.EdgeCost(adj, slot, query.Optimize);
                if (c < _toTarget[u]) { _toTarget[u] = c; _queue.Enqueue(u, c); }
            }
        }

        void Mark(int node, int hops)
        {
            _reverseStamp[node] = _reverseVersion;
            _minHops[node] = hops;
            _toTarget[node] = PathCost.Infinite;
        }
    }

    /// <summary>A* from <paramref name="start"/> avoiding the blocked root nodes and removed slots; null if none.</summary>
    public RawPath? AStar(Adjacency adj, int start, int target, PathQuery query, int[] blocked, List<int> removedSlots, int rootHops)
    {
        if (!Reaches(start)) return null;
        _blockedVersion++;
        foreach (var b in blocked) _blockedStamp[b] = _blockedVersion;
        _forwardVersion++;
        _queue.Clear();
        var budget = query.MaxSteps - rootHops;
        Open(start, PathCost.Zero, 0, -1);
        while (_queue.TryDequeue(out var v, out _))
        {
            if (_closed[v]) continue;
            _closed[v] = true;
            if (v == target) return Trace(adj, start, target);
            for (var slot = adj.Offsets[v]; slot < adj.Offsets[v + 1]; slot++)
            {
                var u = adj.Targets[slot];
                if (_reverseStamp[u] != _reverseVersion || _toTarget[u].IsInfinite || _blockedStamp[u] == _blockedVersion) continue;
                if (_hops[v] + 1 + _minHops[u] > budget || removedSlots.Contains(slot)) continue;
                var g = _fromSpur[v] + CareerPaths.EdgeCost(adj, slot, query.Optimize);
                if (_forwardStamp[u] == _forwardVersion && (_closed[u] || !(g < _fromSpur[u]))) continue;
                Open(u, g, _hops[v] + 1, slot);
            }
        }
        return null;

        void Open(int node, PathCost g, int hops, int parentSlot)
        {
            _forwardStamp[node] = _forwardVersion;
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
