namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>The list-vs-heading wording rule of <see cref="LfWording"/> (guide §1.2, §3.7).</summary>
public class LfWordingTests
{
    [Fact]
    public void Case_endings_count_as_the_same_word()
    {
        // kk reference-info ¶12 LF1: list «Тұтынушылардың …» vs heading «Тұтынушының …» (L2582)
        Assert.Equal(1.0, LfWording.Overlap("Тұтынушылардың сұраныстарын өңдеуді бақылау", "Тұтынушының сұраныстарын өңдеуді бақылау"));
    }

    [Fact]
    public void A_machine_translated_heading_with_other_words_is_below_the_threshold()
    {
        // kk reference-info ¶11 LF2: list vs heading L2205
        var overlap = LfWording.Overlap("Сұраныстарды өңдеу үшін қажетті ресурстар көлемін есептеңіз",
            "Орындалуда есептеулер бойынша қажет сомасы бойынша ресурстар үшін өңдеу сұраулар");
        Assert.True(overlap < LfWording.Differs, $"overlap {overlap}");
    }

    private static LfWordingDiff Diff(int line, string listed, string heading) =>
        new(line, "¶9", LaborFunctionKind.Mandatory, 1, listed, heading);

    [Fact]
    public void Rare_rewording_is_a_slip_reported_per_function()
    {
        // employment ¶9 LF3: L269 vs L424; one of the document's LFs
        var diffs = new[] { Diff(422, "Жұмыспен қамту қызметін бағалау, еңбек нарығын мониторингілеу.", "Жұмыспен қамту қызметінің жұмыспен бағалау, еңбек нарығын мониторингілеу") };
        var w = Assert.Single(LfWording.Warnings(diffs, compared: 60));
        Assert.Equal(422, w.Line);
        Assert.Contains("worded differently", w.Message);
    }

    [Fact]
    public void Rewording_that_is_the_norm_is_one_warning_but_real_differences_stay()
    {
        var reworded = Enumerable.Range(0, 6).Select(i => Diff(100 + i, "Тұтынушылардың сұраныстарын өңдеуді бақылау", "Тұтынушының сұраныстарын өңдеуді бақылау"));
        var different = Diff(2205, "Сұраныстарды өңдеу үшін қажетті ресурстар көлемін есептеңіз", "Орындалуда есептеулер бойынша қажет сомасы бойынша ресурстар үшін өңдеу сұраулар");
        var warnings = LfWording.Warnings([.. reworded, different], compared: 8).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Line == 2205 && w.Message.Contains("worded differently"));
        Assert.Contains(warnings, w => w.Line == 100 && w.Message.Contains("6 of 8") && w.Message.Contains("L105"));
    }

    [Fact]
    public void Kk_reference_info_keeps_the_three_real_differences_and_summarises_the_rest()
    {
        var seed = Seeds.Parse(Seeds.KkReference);
        var single = seed.Document.Warnings.Where(w => w.Message.Contains("worded differently")).Select(w => w.Line).Order();
        Assert.Equal([1681, 2205, 8874], single); // ¶10 add. LF1 (Russian tail, L1007), ¶11 LF2, ¶18 add. LF1
        var summary = Assert.Single(seed.Document.Warnings, w => w.Message.Contains("translation variance"));
        Assert.Contains("of 38 labour functions", summary.Message); // 10 cards, 38 LFs (guide §2.2)
    }
}
