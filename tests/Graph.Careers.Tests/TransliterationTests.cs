using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Text;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>
/// Names are compared across scripts by one transcription rule for loan words, not by a table of synonyms; a
/// translated name (kk «тәуекел» for «риск») is no spelling and is found through the twin card's row instead.
/// </summary>
public sealed class TransliterationTests
{
    [Theory]
    [InlineData("Call-орталық операторы", "Колл-орталық операторы")]   // kk reference-info L139 / L2469
    [InlineData("Risk-менеджер", "Риск-менеджер")]
    [InlineData("Web-дизайнер", "Веб-дизайнер")]
    [InlineData("IT-маман", "ИТ-маман")]
    [InlineData("Project-менеджер", "Проджект-менеджер")]
    [InlineData("Data-талдаушы", "Дата-талдаушы")]
    [InlineData("SMM-менеджер", "СММ-менеджер")]
    public void A_loan_word_in_latin_letters_shares_stems_and_search_key_with_its_cyrillic_spelling(string latin, string cyrillic)
    {
        Assert.Equal(MatchText.Stems(cyrillic), MatchText.Stems(latin));
        Assert.Equal(MatchText.SearchKey(cyrillic), MatchText.SearchKey(latin));
        Assert.NotEqual(MatchText.Key(cyrillic), MatchText.Key(latin)); // ids and keys keep the printed script
    }

    [Fact]
    public void A_translation_is_not_a_spelling() =>
        Assert.NotEqual(MatchText.Stems("тәуекел менеджері"), MatchText.Stems("риск менеджері"));

    [Fact]
    public void Cyrillic_words_are_left_alone() => Assert.Equal("тауекел", MatchText.Transliterate("тауекел"));

    [Theory]
    // kk insurance ¶9 L337 and ¶10 L556 translate «риск-менеджер в страховании» (ru ¶9 L333, ¶10 L548): the rows of the
    // twin cards are paired by target (андеррайтер, аджастер), by a stem only the pair shares («актуарий»), and the
    // translation is the row left with the Russian risk-manager row.
    [InlineData(337, "риск-менеджер в страховании")]
    [InlineData(556, "Риск-менеджер в страховании")]
    public void A_translated_name_resolves_through_the_twin_cards_row(int line, string twinName)
    {
        var g = TestGraphs.Guide;
        var row = g.Resolution.Rows.Single(r => r.Source.StartsWith("kk_insurance", StringComparison.Ordinal) && r.Lines.First == line);
        Assert.Equal(LinkOutcome.ByTwinRow, row.Outcome);
        Assert.Equal(g.IdOfCard("kk_insurance_2024/3"), row.TargetId);
        Assert.Contains($"«{twinName}»", row.Note, StringComparison.Ordinal);
        // The actuary rows pair with the Russian actuary row, an external target, and stay external.
        Assert.All(g.Resolution.Rows.Where(r => r.Name.Contains("актуарий", StringComparison.Ordinal)),
            r => Assert.Equal(LinkOutcome.External, r.Outcome));
    }
}
