using System.Text.RegularExpressions;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Model;
using CareerGraph.Careers.Model;

namespace CareerGraph.Careers.Building;

/// <summary>
/// Editions of one standard are kept as separate standards and linked, never merged. Two loaded standards are
/// editions of one when what they print says so: the same standard code; or one text repeals, or rewrites in a new
/// edition, the order that approved the other (or the other was repealed by the order that approved this one); or
/// the same title in one language once a parenthesised scope note is set aside («Содействие занятости (центр
/// занятости)» and «Содействие занятости»). File names never count. Within a family the editions are ordered by
/// approval date; each replaces the one before it, with the evidence that joins them (<see cref="Replacement"/>).
/// </summary>
public static partial class Editions
{
    [GeneratedRegex(@"№\s*([0-9][0-9\-/А-ЯЁӘҒҚҢӨҰҮҺІа-яёәғқңөұүһі]*)")]
    private static partial Regex OrderNumber();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Parenthesised();

    public static StandardNode[] Link(IReadOnlyList<StandardNode> standards)
    {
        var n = standards.Count;
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var a = 0; a < n; a++)
            for (var b = a + 1; b < n; b++)
                if (SameStandard(standards[a], standards[b])) parent[Find(a)] = Find(b);
        var result = standards.ToArray();
        foreach (var family in Enumerable.Range(0, n).GroupBy(Find).Where(g => g.Count() > 1))
        {
            // Undated editions sort first: an edition whose date is printed is the one a reader can call newest.
            var ordered = family.OrderBy(i => standards[i].ApprovedOn ?? DateOnly.MinValue)
                .ThenBy(i => standards[i].Id, StringComparer.Ordinal).ToArray();
            var editions = ordered.Select(i => standards[i]).ToArray();
            for (var k = 0; k < ordered.Length; k++)
                result[ordered[k]] = editions[k] with
                {
                    Replaces = k > 0 ? [Replacing(editions[k], editions[k - 1], editions)] : [],
                    ReplacedBy = k + 1 < ordered.Length ? [editions[k + 1].Id] : [],
                };
        }
        return result;
    }

    /// <summary>
    /// Editions as a store holds them (by standard id) instead of as the texts give them: each standard's
    /// replacements and printed relations are the stored ones, and <see cref="StandardNode.ReplacedBy"/> follows.
    /// A stored replacement naming a standard that is not loaded is an <see cref="ArgumentException"/>.
    /// </summary>
    public static StandardNode[] Apply(IReadOnlyList<StandardNode> standards, IReadOnlyDictionary<string, StoredEdition> stored)
    {
        var ids = standards.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (id, edition) in stored)
        {
            if (!ids.Contains(id)) throw new ArgumentException($"editions are stored for standard {id}, which the documents do not give");
            if (edition.Replaces.FirstOrDefault(r => !ids.Contains(r.Older)) is { } missing)
                throw new ArgumentException($"standard {id} is stored as replacing {missing.Older}, which the documents do not give");
        }
        StoredEdition Of(StandardNode s) => stored.GetValueOrDefault(s.Id) ?? new StoredEdition([], []);
        var replacedBy = standards.SelectMany(s => Of(s).Replaces.Select(r => (r.Older, Newer: s.Id)))
            .ToLookup(x => x.Older, x => x.Newer, StringComparer.Ordinal);
        return standards.Select(s => s with
        {
            Replaces = Of(s).Replaces,
            Relations = Of(s).Relations,
            ReplacedBy = [.. replacedBy[s.Id].Order(StringComparer.Ordinal)],
        }).ToArray();
    }

    public static bool SameStandard(StandardNode a, StandardNode b) => Evidence(a, b) is not null;

    /// <summary>
    /// Why <paramref name="newer"/> replaces <paramref name="older"/>: their own evidence, else (both are in one family
    /// through other editions) the editions between them that join them.
    /// </summary>
    private static Replacement Replacing(StandardNode newer, StandardNode older, IReadOnlyList<StandardNode> family)
    {
        if ((Evidence(newer, older) ?? Evidence(older, newer)) is { } direct) return direct with { Older = older.Id };
        var via = family.Where(s => s != newer && s != older).Select(s => s.Id);
        return new Replacement(older.Id, $"an edition of one standard with {older.Id} through {string.Join(", ", via)}");
    }

    /// <summary>What <paramref name="a"/> and <paramref name="b"/> print that makes them editions of one standard, or null.</summary>
    private static Replacement? Evidence(StandardNode a, StandardNode b)
    {
        if (TwinFinder.NormaliseCode(a.Code) is { } ca && ca == TwinFinder.NormaliseCode(b.Code))
            return new Replacement(b.Id, $"same standard code {a.Code}");
        if ((Naming(a, b) ?? Naming(b, a)) is { } named) return named;
        if (TitleKey(a.TitleKk) is { } kk && kk == TitleKey(b.TitleKk))
            return new Replacement(b.Id, $"same title «{b.TitleKk}» and «{a.TitleKk}» once a scope note in parentheses is set aside");
        if (TitleKey(a.TitleRu) is { } ru && ru == TitleKey(b.TitleRu))
            return new Replacement(b.Id, $"same title «{b.TitleRu}» and «{a.TitleRu}» once a scope note in parentheses is set aside");
        return null;
    }

    /// <summary>
    /// The printed line by which <paramref name="a"/> names the order that approved <paramref name="b"/> (repeals it or
    /// rewrites it in a new edition), or by which <paramref name="b"/> was repealed by the order that approved
    /// <paramref name="a"/>; null when neither prints one.
    /// </summary>
    private static Replacement? Naming(StandardNode a, StandardNode b)
    {
        if (Order(b) is { } approvedB
            && a.Relations.FirstOrDefault(r => r.Kind is ActRelationKind.Repeals or ActRelationKind.NewEditionOf && r.SameOrder(approvedB, b.ApprovedOn)) is { } names)
            return Cited(names, b, names.Kind == ActRelationKind.Repeals
                ? $"repeals order № {names.Order}{On(names.Date)}, which approved {b.Id}"
                : $"a new edition of {b.Id}, approved by order № {names.Order}{On(names.Date)}");
        if (Order(a) is { } approvedA
            && b.Relations.FirstOrDefault(r => r.Kind == ActRelationKind.RepealedBy && r.SameOrder(approvedA, a.ApprovedOn)) is { } repealed)
            return Cited(repealed, b, $"{b.Id} was repealed by order № {repealed.Order}{On(repealed.Date)}, which approved {a.Id}");
        return null;

        static Replacement Cited(ActRelation r, StandardNode other, string what) =>
            new(other.Id, $"{r.Source} L{r.Line}: {what}", r.Source, r.Line);
        static string On(DateOnly? date) =>
            date is { } d ? " of " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "";
    }

    private static string? Order(StandardNode s) =>
        s.Approval is not null && OrderNumber().Match(s.Approval) is { Success: true } m ? m.Groups[1].Value.TrimEnd('.', '-', '/') : null;

    private static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var key = new string([.. Parenthesised().Replace(title, " ").ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return key.Length == 0 ? null : key;
    }
}

/// <summary>
/// One standard's editions as a store (Neo4j) holds them: the loaded editions it replaces, each with why, and the
/// orders its texts name.
/// </summary>
public sealed record StoredEdition(IReadOnlyList<Replacement> Replaces, IReadOnlyList<ActRelation> Relations);
