using CareerGraph.Careers.Model;
using CareerGraph.Careers.Selection;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

public sealed class SelectorTests
{
    private static ProfessionGraph G => TestGraphs.Guide;

    [Theory]
    [InlineData("CALL-ОРТАЛЫҚ ҚЫЗМЕТКЕРІ")]
    [InlineData("Call-орталык кызметкери")]     // no Kazakh diacritics
    [InlineData("Cаll–орталық қызметкері")]     // Cyrillic «а» inside «Call», en dash
    public void Title_matching_ignores_case_diacritics_and_lookalikes(string title)
    {
        var s = ProfessionSelector.Select(G, title);
        Assert.True(s.Found, s.Error);
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/1"), s.Node!.Id);
    }

    [Fact]
    public void A_title_at_several_levels_needs_a_level()
    {
        // «Оператор Call-центра» is ru ¶8 (3) and ¶10 (4).
        var s = ProfessionSelector.Select(G, "Оператор Call-центра");
        Assert.False(s.Found);
        Assert.Contains("give a level", s.Error);
        Assert.Equal([3, 4], s.Candidates.Select(c => c.Level));
        var at4 = ProfessionSelector.Select(G, "Оператор Call-центра", 4);
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/2"), at4.Node!.Id);
    }

    [Fact]
    public void Aliases_select_too()
    {
        // Name field of kk ¶11 and an insurance КС job name.
        Assert.Equal(G.IdOfCard("kk_reference-information-services_2025/3"), ProfessionSelector.Select(G, "Анықтама үстелінің талдаушысы").Node!.Id);
        Assert.Equal(G.IdOfCard("ru_insurance_2024/2"), ProfessionSelector.Select(G, "аналитик в области страхования (андеррайтер)").Node!.Id);
    }

    [Fact]
    public void Unknown_title_lists_near_candidates()
    {
        // «MICE менеджер» alone is now a word subset of one card; a word no card has still fails with near names.
        var s = ProfessionSelector.Select(G, "MICE инженер");
        Assert.False(s.Found);
        Assert.StartsWith("no profession is named", s.Error);
        Assert.Contains(s.Candidates, c => c.Id == G.IdOfCard("kk_mice-business-travel_2022/2"));
    }

    [Fact]
    public void Wrong_level_lists_the_levels_that_exist()
    {
        var s = ProfessionSelector.Select(G, "Әкімші", 7);
        Assert.False(s.Found);
        Assert.Equal(5, Assert.Single(s.Candidates).Level);
    }

    [Fact]
    public void Ids_select_directly()
    {
        var id = G.IdOfCard("kk_mice-business-travel_2022/1");
        Assert.Equal(id, ProfessionSelector.Select(G, id).Node!.Id);
        Assert.False(ProfessionSelector.Select(G, id, 3).Found);
    }

    [Fact]
    public void Profession_wins_over_a_same_named_external_target()
    {
        // «Жұмыспен қамту қызметінің басшысы» is ¶9 (6) and an external target at level 7 (kk_employment L648).
        var s = ProfessionSelector.Select(G, "Жұмыспен қамту қызметінің басшысы");
        Assert.IsType<Profession>(s.Node);
        Assert.IsType<ExternalProfession>(ProfessionSelector.Select(G, "Жұмыспен қамту қызметінің басшысы", 7).Node);
    }

    [Theory]
    // kk reference-info ¶18 «Call-орталықтың басшысы (басқарушысы)», the one level-7 card of that name (issue 10).
    [InlineData("Call-орталықтың басшысы", 7, null, "Call-орталықтың басшысы (басқарушысы)")]
    // ru ¶8 «Оператор Call-центра» (level 3): a subset of its words, any order, and a typo.
    [InlineData("оператор call", 3, Language.Ru, "Оператор Call-центра")]
    [InlineData("call оператор", 3, Language.Ru, "Оператор Call-центра")]
    [InlineData("Оператр Call-центра", 3, Language.Ru, "Оператор Call-центра")]
    public void Forgiving_titles_select_the_one_match_at_the_level(string title, int level, Language? lang, string expected)
    {
        var s = ProfessionSelector.Select(G, title, level, lang);
        Assert.True(s.Found, s.Error);
        Assert.Equal(expected, ProfessionSelector.TitleIn(s.Node!, lang));
    }

    [Fact]
    public void A_forgiving_match_of_several_lists_them_in_the_requested_language()
    {
        // «оператор call» fits the operators at levels 3 and 4 (ru ¶8, ¶10) and is not exact for either.
        var s = ProfessionSelector.Select(G, "оператор call", null, Language.Ru);
        Assert.False(s.Found);
        Assert.Contains("give a level", s.Error);
        Assert.Contains(s.Candidates, c => c.Title == "Оператор Call-центра" && c.Level == 3 && c.StandardId is not null);
        Assert.DoesNotContain(s.Candidates, c => c.Title.Contains("орталығының", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("оператр", "оператор", true)]      // one letter dropped
    [InlineData("оператрр", "операторы", true)]
    [InlineData("опе", "опр", false)]              // three letters: no edits forgiven
    [InlineData("менеджер", "маркетолог", false)]
    public void Typo_distance_is_small(string word, string part, bool near) =>
        Assert.Equal(near, NameMatch.NearPrefix(word, part));
}
