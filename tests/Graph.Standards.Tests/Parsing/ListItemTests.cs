namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Parsing;
using CsCheck;
using Xunit;

public class ListItemTests
{
    [Theory]
    [InlineData("1)1) бақылаудың", 1, "бақылаудың")]              // kk reference-info L3483
    [InlineData("4, Кадрлық", 4, "Кадрлық")]                      // employment L3056 form
    [InlineData("2.Жұмыспен қамтудың", 2, "Жұмыспен қамтудың")]  // employment L551 form
    [InlineData("3) Законодательства", 3, "Законодательства")]    // ru reference-info L377
    public void Reads_numbered_markers(string line, int n, string text)
    {
        var item = ListItems.Parse(line);
        Assert.Equal(ItemMarker.Number, item.Marker);
        Assert.Equal(n, item.Number);
        Assert.Equal(text, item.Text);
    }

    [Fact]
    public void A_number_without_a_dot_counts_only_when_it_continues_the_list()
    {
        Assert.Equal(ItemMarker.Number, ListItems.Parse("1 Еңбек нарығы", expected: 1).Marker);
        Assert.Equal(ItemMarker.None, ListItems.Parse("40 академиялық сағат", expected: 3).Marker);
    }

    [Theory]
    [InlineData("- сұхбаттасу", ItemMarker.Dash, "сұхбаттасу")]      // employment L1227
    [InlineData("--алғашқы бағалау", ItemMarker.Dash, "алғашқы бағалау")] // employment L2063
    [InlineData(") тұтынушылардың", ItemMarker.MissingDigit, "тұтынушылардың")] // kk reference-info L5744 form
    public void Reads_other_markers(string line, ItemMarker marker, string text)
    {
        var item = ListItems.Parse(line, expected: 2);
        Assert.Equal(marker, item.Marker);
        Assert.Equal(text, item.Text);
    }

    [Fact]
    public void Splits_merged_items_only_on_the_continuing_number()
    {
        // kk reference-info L2034: «4) … (CRM, телефония жүйелері, мәліметтер базасы деректерді жинау; 5) …»
        var parts = ListItems.SplitMerged(4, "әртүрлі көздерден (CRM, 2 жүйе) деректерді жинау; 5) статистикалық пакетке", ')');
        Assert.Equal(["әртүрлі көздерден (CRM, 2 жүйе) деректерді жинау;", "статистикалық пакетке"], parts);
        // A number inside the item that is not the next one stays in the text.
        Assert.Single(ListItems.SplitMerged(1, "2020 жылғы 3) тармақ", ')'));
    }

    [Fact]
    public void A_doubled_number_keeps_the_one_that_continues_and_remembers_the_other()
    {
        // ru reference-info L7774 «4) 1) контролировать …» opens a list: 1 continues it, 4 is kept as the other
        var item = ListItems.Parse("4) 1) контролировать выполнение требований", expected: 1);
        Assert.Equal((1, 4), (item.Number, item.Other));
        Assert.Contains("printed twice", item.Oddity);
    }

    [Fact]
    public void A_list_that_goes_on_from_the_other_doubled_number_has_no_gap()
    {
        // ru reference-info ¶17: L7774 «4) 1)», then L7776 «5) выстраивать …», L7778 «6) анализировать …»
        var ru = Seeds.Parse("ru_reference-information-services_2025.txt");
        Assert.True(ru.HasWarning(7774, "printed twice «4 1»"));
        Assert.DoesNotContain(ru.Document.Warnings, w => w.Line == 7776);
    }
}

/// <summary>
/// The item marker is read by hand for speed; its grammar is the regular expression it replaced, kept here as the
/// definition. Any line built from markers, digits, spaces, line breaks and letters must read the same both ways.
/// </summary>
public class ListItemGrammarTests
{
    private static readonly System.Text.RegularExpressions.Regex Numbered = new(
        @"^(?<n>\d{1,2})\s*(?<m>\)|[.,](?!\d)|\.(?=\k<n>[.)](?!\d)))\s*(?:(?<n2>\d{1,2})\s*(?:\)|\.(?!\d))\s*)?(?<t>.*)$");

    [Fact]
    public void Numbered_markers_read_as_the_grammar_defines()
    {
        var pieces = Gen.OneOf<string>("1", "2", "12", "123", "7", ")", ".", ",", " ", "  ", "\t", "\n", "\u00A0", "А", "b", "я", "-", "3.5", "3.3.", ";");
        pieces.Array[1, 9].Select(string.Concat).Sample(line =>
        {
            var m = Numbered.Match(line);
            var item = ListItems.Parse(line);
            var comma = m.Success && m.Groups["m"].Value == ",";
            if (m.Success && (!comma || m.Groups["t"].Length > 0))
            {
                Assert.Equal(ItemMarker.Number, item.Marker);
                var n = int.Parse(m.Groups["n"].Value);
                Assert.Equal(m.Groups["n2"].Success ? int.Parse(m.Groups["n2"].Value) : (int?)null, item.Other);
                Assert.Equal(n, item.Number);
                Assert.Equal(m.Groups["t"].Value.Trim(), item.Text);
                Assert.Equal(comma ? '.' : m.Groups["m"].Value[0], item.Style);
            }
            else Assert.NotEqual(ItemMarker.Number, item.Marker);
        }, iter: 200_000);
    }
}
