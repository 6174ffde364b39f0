namespace CareerGraph.Standards.Tests.Alignment;

using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>The real reference-info pair (guide §4.1): the structure matches one to one once ru ¶15/¶16 get their LFs.</summary>
public class ReferenceInfoPairTests
{
    private static (StandardDocument Kk, StandardDocument Ru) Aligned()
    {
        var aligned = BilingualAligner.AlignPair(Seeds.Parse(Seeds.KkReference).Document, Seeds.Parse("ru_reference-information-services_2025.txt").Document);
        return (aligned.Kk, aligned.Ru);
    }

    private static IEnumerable<string> Shape(Card card) =>
        card.LaborFunctions.SelectMany(f => f.Skills.Select(s => $"{f.Kind} {f.N} skill {s.N}: {s.Abilities.Count}/{s.Knowledge.Count}"));

    [Fact]
    public void Every_card_has_the_same_functions_skills_and_item_counts_in_both_languages()
    {
        var (kk, ru) = Aligned();
        Assert.Equal(10, kk.Cards.Count);
        Assert.Equal(10, ru.Cards.Count);
        foreach (var (k, r) in kk.Cards.Zip(ru.Cards))
            Assert.Equal(Shape(k), Shape(r));
        // ru ¶15 (L5031) and ¶16 (L5899) lost every «Трудовая функция N» label: 2+2 and 3+0 as in kk (guide §2.2)
        Assert.Equal("M4 M4 A3 A1", string.Join(' ', ru.Cards[6].LaborFunctions.Select(f => $"{f.Kind.ToString()[0]}{f.Skills.Count}")));
        Assert.Equal("M8 M1 M2", string.Join(' ', ru.Cards[7].LaborFunctions.Select(f => $"{f.Kind.ToString()[0]}{f.Skills.Count}")));
    }

    [Fact]
    public void The_aligner_reports_no_structural_difference()
    {
        var (kk, ru) = Aligned();
        string[] structural = ["count ", "kind of labour function", "cards here but", "has no twin"];
        Assert.DoesNotContain(kk.Warnings.Concat(ru.Warnings), w => structural.Any(s => w.Message.Contains(s, StringComparison.Ordinal)));
    }
}
