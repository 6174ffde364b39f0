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
/// approval date; each replaces the one before it.
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
            for (var k = 0; k < ordered.Length; k++)
                result[ordered[k]] = standards[ordered[k]] with
                {
                    Replaces = k > 0 ? [standards[ordered[k - 1]].Id] : [],
                    ReplacedBy = k + 1 < ordered.Length ? [standards[ordered[k + 1]].Id] : [],
                };
        }
        return result;
    }

    public static bool SameStandard(StandardNode a, StandardNode b) =>
        TwinFinder.NormaliseCode(a.Code) is { } ca && ca == TwinFinder.NormaliseCode(b.Code)
        || Names(a, b) || Names(b, a)
        || TitleKey(a.TitleKk) is { } kk && kk == TitleKey(b.TitleKk)
        || TitleKey(a.TitleRu) is { } ru && ru == TitleKey(b.TitleRu);

    /// <summary>Whether <paramref name="a"/>'s texts name the order that approved <paramref name="b"/>.</summary>
    private static bool Names(StandardNode a, StandardNode b)
    {
        if (b.Approval is null || OrderNumber().Match(b.Approval) is not { Success: true } m) return false;
        var order = m.Groups[1].Value.TrimEnd('.', '-', '/');
        return a.Relations.Any(r => r.Kind is ActRelationKind.Repeals or ActRelationKind.NewEditionOf && r.SameOrder(order, b.ApprovedOn))
            || b.Relations.Any(r => r.Kind == ActRelationKind.RepealedBy && a.Approval is not null
                && OrderNumber().Match(a.Approval) is { Success: true } ma && r.SameOrder(ma.Groups[1].Value.TrimEnd('.', '-', '/'), a.ApprovedOn));
    }

    private static string? TitleKey(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var key = new string([.. Parenthesised().Replace(title, " ").ToLowerInvariant().Where(char.IsLetterOrDigit)]);
        return key.Length == 0 ? null : key;
    }
}
