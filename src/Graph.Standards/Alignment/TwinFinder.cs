namespace CareerGraph.Standards.Alignment;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;

/// <summary>A Kazakh and a Russian document recognised as the same standard, and what gave it away.</summary>
public sealed record TwinPair(int Kk, int Ru, string Evidence);

/// <summary>
/// Finds the kk/ru versions of one standard by content only, never by file name: the same act folder and appendix
/// of the legal database (<see cref="ActFolder"/>; texts of two different acts never pair), the same standard code
/// (insurance: K65112007 in both) unless the approving orders differ (two editions), or — when the code is empty
/// (reference-info) — the same approving order (its number and date) and the same card structure (the sequence of
/// card levels, see <see cref="SameStructure"/>). Each document joins at most one pair; a folder match wins over a
/// code match, a code match over an order match.
/// </summary>
public static partial class TwinFinder
{
    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    public static IReadOnlyList<TwinPair> Find(IReadOnlyList<StandardDocument> documents)
    {
        var candidates = new List<(int Kk, int Ru, int Strength, string Evidence)>();
        for (var k = 0; k < documents.Count; k++)
        {
            var kk = documents[k];
            if (kk.Language != Language.Kk || kk.Kind != DocumentKind.ProfessionalStandard) continue;
            for (var r = 0; r < documents.Count; r++)
            {
                var ru = documents[r];
                if (ru.Language != Language.Ru || ru.Kind != DocumentKind.ProfessionalStandard) continue;
                if (Evidence(kk, ru) is { } found) candidates.Add((k, r, found.Strength, found.Text));
            }
        }
        var used = new HashSet<int>();
        var pairs = new List<TwinPair>();
        foreach (var c in candidates.OrderByDescending(c => c.Strength).ThenBy(c => c.Kk).ThenBy(c => c.Ru))
        {
            if (used.Contains(c.Kk) || used.Contains(c.Ru)) continue;
            used.Add(c.Kk);
            used.Add(c.Ru);
            pairs.Add(new TwinPair(c.Kk, c.Ru, c.Evidence));
        }
        return pairs;
    }

    private static (int Strength, string Text)? Evidence(StandardDocument kk, StandardDocument ru)
    {
        // Texts of two different acts are two editions or two standards, whatever they print.
        if (kk.Act is { } kkAct && ru.Act is { } ruAct)
        {
            if (kkAct.Id != ruAct.Id) return null;
            if (kkAct.Appendix == ruAct.Appendix) return (3, $"the same act folder ({kkAct})");
            if (kkAct.Appendix is not null && ruAct.Appendix is not null) return null;
        }
        var order = OrderKey(kk.Approval);
        var ruOrder = OrderKey(ru.Approval);
        var kkCode = NormaliseCode(kk.Code);
        if (kkCode is not null && kkCode == NormaliseCode(ru.Code) && (order is null || ruOrder is null || order == ruOrder))
            return (2, $"same standard code {kkCode}");
        if (order is not null && order == ruOrder && SameStructure(kk.Cards, ru.Cards))
            return (1, $"same approving order ({order}) and the same sequence of card levels");
        return null;
    }

    /// <summary>Codes are printed with stray spaces or homoglyphs (Cyrillic «К» for Latin «K»).</summary>
    public static string? NormaliseCode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var chars = code.Where(c => !char.IsWhiteSpace(c)).Select(c => c switch
        {
            'К' => 'K', 'Н' => 'N', 'А' => 'A', 'В' => 'B', 'С' => 'C', 'Е' => 'E', 'М' => 'M', 'Т' => 'T', 'О' => 'O', 'Р' => 'P', 'Х' => 'X',
            _ => char.ToUpperInvariant(c),
        });
        var normalised = new string([.. chars]).Trim('-', '–', '.');
        return normalised.Length == 0 ? null : normalised;
    }

    /// <summary>
    /// The order's number and year, language-neutral: numbers of three or more digits. Day and month are left out
    /// because one language prints «30.07.2025» where the other writes the month as a word.
    /// </summary>
    private static string? OrderKey(string? approval)
    {
        if (string.IsNullOrWhiteSpace(approval)) return null;
        var numbers = Digits().Matches(approval).Select(m => m.Value.TrimStart('0')).Where(v => v.Length >= 3)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return numbers.Count >= 2 ? string.Join("/", numbers) : null;
    }

    /// <summary>
    /// The cards' levels in order, compared as a longest common subsequence (a missing level matches any), so that
    /// one lost card or one misprinted level does not hide the twin: at least three quarters must agree.
    /// </summary>
    private static bool SameStructure(IReadOnlyList<Card> a, IReadOnlyList<Card> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        var lcs = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
            for (var j = 1; j <= b.Count; j++)
                lcs[i, j] = a[i - 1].Level is not { } la || b[j - 1].Level is not { } lb || la == lb
                    ? lcs[i - 1, j - 1] + 1
                    : Math.Max(lcs[i - 1, j], lcs[i, j - 1]);
        return lcs[a.Count, b.Count] * 4 >= Math.Max(a.Count, b.Count) * 3;
    }
}
