using CareerGraph.Careers.Model;
using CareerGraph.Standards.Model;

namespace CareerGraph.Benchmarks.Careers;

/// <summary>
/// Deterministic generator of synthetic career graphs shaped like the seeds, scaled up (default: 50,000
/// professions, 500,000 edges). Same seed, same graph.
/// <list type="bullet">
/// <item>Standards of 8–24 cards each, every standard in one of <see cref="Shape.Sectors"/> sectors, with a level
/// window of five consecutive levels inside 1–8. Cards come in families (the same profession at 1–3 consecutive
/// levels, like the employment families).</item>
/// <item>Requirements: 3 labour functions × 2 skills × (3 abilities + 3 knowledge) per card, drawn from the
/// sector's vocabulary; cards of a family share most items, cards of a standard some; one item in eight is a
/// reworded variant (two of three words shared) to exercise near-identical matching.</item>
/// <item>Edges, in proportions close to the seeds: LEVEL_LADDER inside families; PRINTED_LINK from each card to
/// ~4 cards of its standard within ±1 level (2% to external targets); SAME_OCCUPATION between standards of a sector
/// sharing an occupation code; SKILL_OVERLAP to fill up to the edge target, mostly within the sector, level ±2,
/// confidence 0.25–0.8.</item>
/// </list>
/// </summary>
public static class SyntheticCareerGraph
{
    public sealed record Shape(int Professions = 50_000, int Edges = 500_000, int Sectors = 60, int Seed = 20251121);

    public static ProfessionGraph Generate(Shape shape)
    {
        var rng = new Random(shape.Seed);
        var nodes = new List<CareerNode>(shape.Professions + shape.Professions / 50);
        var profiles = new List<RequirementProfile>(nodes.Capacity);
        var items = new List<RequirementItem>();
        var standards = new List<StandardNode>();
        var sectorOf = new List<int>();
        var standardOf = new List<int>();
        var familyOf = new List<int>();
        var edges = new List<CareerEdge>(shape.Edges);
        var edgeSet = new HashSet<(int, int, EdgeKind)>();
        var vocabulary = Enumerable.Range(0, shape.Sectors).Select(s => new SectorVocabulary(s, items, rng)).ToArray();
        var occupationPool = Enumerable.Range(0, shape.Sectors).Select(s => Enumerable.Range(0, 40)
            .Select(i => $"{1000 + s * 100 + i / 10:D4}-{i % 10}-{rng.Next(1, 999):D3}").ToArray()).ToArray();

        var family = 0;
        while (nodes.Count < shape.Professions)
        {
            var std = standards.Count;
            var sector = rng.Next(shape.Sectors);
            var size = Math.Min(rng.Next(8, 25), shape.Professions - nodes.Count);
            var low = rng.Next(1, 5);
            var standardId = $"synthetic-{std:D5}";
            standards.Add(new StandardNode(standardId, $"S{std:D5}", $"Стандарт {std}", null, [], "1", null, false, []));
            var standardItems = vocabulary[sector].Draw(rng, 20, []);
            var first = nodes.Count;
            while (nodes.Count - first < size)
            {
                var levels = Math.Min(rng.Next(1, 4), size - (nodes.Count - first));
                var start = low + rng.Next(0, 5 - levels + 1);
                var code = occupationPool[sector][rng.Next(40)];
                var familyItems = vocabulary[sector].Draw(rng, 40, standardItems);
                for (var l = 0; l < levels; l++)
                {
                    var i = nodes.Count;
                    nodes.Add(new Profession($"{standardId}/{i - first + 1}", $"Кәсіп {family}-{l}", $"Профессия {family}-{l}",
                        start + l, code[..6], code, standardId, [], []));
                    profiles.Add(vocabulary[sector].Profile(rng, familyItems, standardItems));
                    sectorOf.Add(sector);
                    standardOf.Add(std);
                    familyOf.Add(family);
                    if (l > 0) Add(i - 1, i, EdgeKind.LevelLadder, 0.9, false);
                }
                family++;
            }
        }
        var professions = nodes.Count;

        // Printed links inside each standard, toward levels within ±1.
        for (var i = 0; i < professions; i++)
        {
            var first = i;
            while (first > 0 && standardOf[first - 1] == standardOf[i]) first--;
            var last = i;
            while (last + 1 < professions && standardOf[last + 1] == standardOf[i]) last++;
            for (var t = 0; t < 4; t++)
            {
                if (rng.NextDouble() < 0.02)
                {
                    var ext = nodes.Count;
                    nodes.Add(new ExternalProfession($"external:{nodes[i].Level}:{ext:x8}", $"Сыртқы кәсіп {ext}", nodes[i].Level, Language.Kk));
                    profiles.Add(RequirementProfile.Empty);
                    Add(i, ext, EdgeKind.PrintedLink, 0.6, false);
                    continue;
                }
                var j = rng.Next(first, last + 1);
                if (j != i && Math.Abs(nodes[j].Level - nodes[i].Level) <= 1) Add(i, j, EdgeKind.PrintedLink, 1.0, false);
            }
        }

        // Same occupation code across standards of a sector.
        foreach (var group in Enumerable.Range(0, professions).GroupBy(i => ((Profession)nodes[i]).OccupationCode))
        {
            var members = group.ToArray();
            for (var k = 0; k < members.Length && k < 12; k++)
            {
                var a = members[rng.Next(members.Length)];
                var b = members[rng.Next(members.Length)];
                if (standardOf[a] != standardOf[b]) { Add(a, b, EdgeKind.SameOccupation, 0.8, true); Add(b, a, EdgeKind.SameOccupation, 0.8, true); }
            }
        }

        // Skill overlap up to the edge target, mostly inside the sector, levels within ±2.
        var bySector = Enumerable.Range(0, professions).GroupBy(i => sectorOf[i]).ToDictionary(g => g.Key, g => g.ToArray());
        while (edges.Count < shape.Edges)
        {
            var a = rng.Next(professions);
            var pool = rng.NextDouble() < 0.9 ? bySector[sectorOf[a]] : bySector[rng.Next(shape.Sectors)];
            var b = pool[rng.Next(pool.Length)];
            if (Math.Abs(nodes[a].Level - nodes[b].Level) <= 2)
                Add(a, b, EdgeKind.SkillOverlap, Math.Round(0.25 + 0.55 * rng.NextDouble(), 3), true);
        }

        return ProfessionGraph.Create(standards, nodes, items, profiles, edges);

        void Add(int from, int to, EdgeKind kind, double confidence, bool inferred)
        {
            if (from == to || edges.Count >= shape.Edges || !edgeSet.Add((from, to, kind))) return;
            edges.Add(new CareerEdge(from, to, kind, confidence, inferred, $"synthetic {kind}"));
        }
    }

    /// <summary>A sector's item pool: words are unique five-letter strings, so each word is one stem.</summary>
    private sealed class SectorVocabulary
    {
        private readonly int[][] _pools = new int[4][];
        private readonly List<RequirementItem> _items;

        public SectorVocabulary(int sector, List<RequirementItem> items, Random rng)
        {
            _items = items;
            var sizes = new[] { 60, 160, 400, 400 };
            for (var k = 0; k < 4; k++)
            {
                var kind = (ItemKind)k;
                _pools[k] = new int[sizes[k]];
                for (var i = 0; i < sizes[k]; i++)
                {
                    // One item in eight rewords its predecessor: two of three words shared.
                    string text;
                    if (i > 0 && rng.Next(8) == 0)
                    {
                        var prev = items[_pools[k][i - 1]].Text.Split(' ');
                        text = $"{prev[0]} {prev[1]} {Word(rng.Next())}";
                    }
                    else text = $"{Word(rng.Next())} {Word(rng.Next())} {Word(rng.Next())}";
                    _pools[k][i] = items.Count;
                    items.Add(new RequirementItem($"{kind.ToString().ToLowerInvariant()}:s{sector}-{i}", kind, Language.Kk, text, []));
                }
            }
        }

        /// <summary>About half of <paramref name="basis"/> plus <paramref name="count"/> random items of any kind.</summary>
        public int[] Draw(Random rng, int count, int[] basis)
        {
            var drawn = basis.Where(_ => rng.NextDouble() < 0.5).ToList();
            for (var i = 0; i < count; i++)
            {
                var pool = _pools[rng.Next(4)];
                drawn.Add(pool[rng.Next(pool.Length)]);
            }
            return drawn.Distinct().ToArray();
        }

        public RequirementProfile Profile(Random rng, int[] family, int[] standard)
        {
            var lists = new SortedSet<int>[4];
            var counts = new[] { 3, 6, 18, 18 };
            for (var k = 0; k < 4; k++)
            {
                lists[k] = [];
                var kindPool = _pools[k];
                var preferred = family.Concat(standard).Where(i => _items[i].Kind == (ItemKind)k).ToArray();
                while (lists[k].Count < counts[k])
                    lists[k].Add(preferred.Length > 0 && rng.NextDouble() < 0.7 ? preferred[rng.Next(preferred.Length)] : kindPool[rng.Next(kindPool.Length)]);
            }
            return new RequirementProfile([new RequirementSide(Language.Kk, [.. lists[0]], [.. lists[1]], [.. lists[2]], [.. lists[3]])]);
        }
    }

    private static string Word(int n)
    {
        Span<char> c = stackalloc char[5];
        for (var i = 0; i < 5; i++) { c[i] = (char)('a' + n % 26); n /= 26; }
        return new string(c);
    }
}
