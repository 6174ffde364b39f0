namespace CareerGraph.Standards.Parsing;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Text;
using CareerGraph.Standards.Model;

/// <summary>An LF whose title in the card's LF list differs from the title under its heading.</summary>
public sealed record LfWordingDiff(int Line, string Card, LaborFunctionKind Kind, int N, string Listed, string Heading)
{
    public double Overlap { get; } = LfWording.Overlap(Listed, Heading);
}

/// <summary>
/// Which list/heading wording differences are worth a warning (guide §1.2: «the list and the later headings can word
/// the same function differently»). The rule:
/// <list type="number">
/// <item>Overlap is the Dice coefficient of the two word multisets, each word cut to its first
/// <see cref="StemLength"/> letters so that Kazakh/Russian case endings («Тұтынушылардың»/«Тұтынушының») count as one word.</item>
/// <item>Below <see cref="Differs"/> the titles really differ (other words, a glued foreign tail: kk reference-info ¶10
/// add. LF1, L1681): always one warning per LF.</item>
/// <item>At or above it the same words are reworded. Where that is rare in a document (at most
/// <see cref="StyleShare"/> of its compared LFs) each case is a printing slip worth its own warning (employment ¶9
/// LF3, L269 vs L424; MICE L69; kk insurance L208). Where it is the norm it is the document's translation style (kk
/// reference-info: 25 of 38), reported once with its lines.</item>
/// </list>
/// </summary>
public static class LfWording
{
    public const int StemLength = 5;
    public const double Differs = 0.7;
    public const double StyleShare = 0.5;

    private static readonly Regex Word = new(@"\w+", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public static double Overlap(string a, string b)
    {
        var x = Stems(a);
        var y = Stems(b);
        if (x.Count + y.Count == 0) return 1;
        var common = 0;
        foreach (var (stem, count) in x)
            if (y.TryGetValue(stem, out var other)) common += Math.Min(count, other);
        return 2.0 * common / (x.Values.Sum() + y.Values.Sum());
    }

    /// <summary>Lower case with «ё» as «е», by table (the culture-invariant lower-casing of a string goes through ICU).</summary>
    private static string Folded(string text) => string.Create(text.Length, text, static (chars, text) =>
    {
        for (var i = 0; i < text.Length; i++) chars[i] = TextNorm.LabelFold(text[i]);
    });

    private static Dictionary<string, int> Stems(string text)
    {
        var stems = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match m in Word.Matches(Folded(text)))
        {
            var stem = m.Value.Length > StemLength ? m.Value[..StemLength] : m.Value;
            stems[stem] = stems.GetValueOrDefault(stem) + 1;
        }
        return stems;
    }

    /// <summary>The warnings for a document's wording differences; <paramref name="compared"/> counts its LFs that print both a list entry and a heading.</summary>
    public static IEnumerable<SourceWarning> Warnings(IReadOnlyList<LfWordingDiff> diffs, int compared)
    {
        var reworded = diffs.Where(d => d.Overlap >= Differs).ToList();
        var style = compared > 0 && reworded.Count > StyleShare * compared;
        foreach (var d in diffs.Where(d => !style || d.Overlap < Differs))
            yield return new SourceWarning(d.Line, $"{d.Card}: {d.Kind} LF {d.N} is worded differently in the list («{CardParser.Short(d.Listed)}») and in its heading («{CardParser.Short(d.Heading)}»)");
        if (style)
            yield return new SourceWarning(reworded[0].Line,
                $"{reworded.Count} of {compared} labour functions reword their list title in the heading with the same words " +
                $"(overlap ≥ {Differs:0.0}): translation variance, headings used as titles (L{string.Join(", L", reworded.Select(d => d.Line))})");
    }
}
