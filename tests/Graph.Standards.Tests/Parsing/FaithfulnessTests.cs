namespace CareerGraph.Standards.Tests.Parsing;

using Xunit;

/// <summary>Source errors are kept as printed and reported (issue 9 item 6); nothing printed is lost.</summary>
public sealed class FaithfulnessTests
{
    [Fact]
    public void An_other_name_printed_before_its_label_is_still_an_other_name()
    {
        // ru reference-info ¶10: «4223-0-003 Оператор связи контакт-центра;» at L891, after the non-formal education
        // value (L885–889) and before the label «Другие возможные наименования профессий:» (L895–898), a page break.
        var seed = Seeds.Parse("ru_reference-information-services_2025.txt");
        var card = seed.Card(10);
        var first = card.OtherNames[0];
        Assert.Equal(("4223-0-003", "Оператор связи контакт-центра", 891), (first.Code, first.Name, first.Lines.First));
        Assert.Equal("4223-0-004", card.OtherNames[1].Code); // L899, the first row after the label
        Assert.DoesNotContain("4223-0-003", card.Experience + seed.Card(10).Education);
        Assert.True(seed.HasWarning(891, "printed before its label"));
    }
}
