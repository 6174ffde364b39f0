namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;
using static CareerGraph.Standards.Tests.Register.RegisterSeed;
using static CareerGraph.Standards.Tests.Register.RegisterActs;

/// <summary>
/// The real standards copied from the legal-database mirror into seeds/register/ (issue 9), each run through the
/// extractor alone. Expected values are read from the documents; the comments cite their lines.
/// </summary>
public sealed class RegisterSeedTests
{
    [Fact]
    public void Employment_2019_ru_six_cards_in_one_appendix_table()
    {
        var doc = Extract($"{Enbek137841}/rus.md");
        Assert.Equal("Содействие занятости (центр занятости)", doc.Title); // L44, L84
        AssertCardsWholeCode(doc,
            "191 | Руководитель структурного подразделения (отдела, сектора) ЦЗН | 7 | -",   // L191, code empty L195, «7 уровень» L203
            "294 | Специалист по работе с соискателями | 5/6 | -",                           // L294, L298, «5 уровень»/«6 уровень» L307–308
            "478 | Специалист по работе с работодателями | 5/6 | 2422-1-022",                // L478, L482, L491–492
            "684 | Специалист по профессиональной ориентации | 5/6 | 2422-1-022",            // L684, L688, L697–698
            "813 | Специалист по прогнозированию и мониторингу | 5/6 | 2422-1-022",          // L813, L817, L826–827
            "985 | Консультант по занятости | 4/5 | 3333-0-009");                            // L985, L989, L998–999
        Assert.All(doc.Cards, c => Assert.Null(c.Paragraph));
        Assert.All(doc.Cards, c => Assert.Null(c.GroupCode));
    }

    [Fact]
    public void Employment_2019_tasks_are_skills_and_the_link_row_is_one_link_per_name()
    {
        var doc = Extract($"{Enbek137841}/rus.md");
        var head = doc.Cards[0];
        var lf = Assert.Single(head.LaborFunctions);                                        // «Трудовая функция 1:» only
        Assert.Equal([1, 2], lf.Skills.Select(s => s.N));                                 // «Задача 1:», «Задача 2:»
        Assert.Equal("Организация работы по предоставлению услуг в ЦЗН", lf.Skills[0].Title);
        Assert.Equal(12, lf.Skills[0].Abilities.Count);                                   // «Умения и навыки:» 1–12
        Assert.Equal(8, lf.Skills[0].Knowledge.Count);                                    // «Знания:» 1–8
        var link = Assert.Single(head.Links);                                             // «8 уровень» | «Директор ЦЗН (…)»
        Assert.Equal(8, link.Level);
        Assert.StartsWith("Директор ЦЗН", link.Name);
        Assert.StartsWith("Директор ЦЗН", head.Handbook);                                // «Связь с КС» row
        var consultant = doc.Cards[5];
        Assert.Equal(6, consultant.Links.Count);                                          // one level cell «6 уровень», six names
        Assert.All(consultant.Links, l => Assert.Equal(6, l.Level));
        Assert.Equal("Специалист по подготовке трудовых ресурсов", consultant.Links[^1].Name);
    }

    [Fact]
    public void Employment_2019_kk_kasip_kartochkasy_headings()
    {
        var doc = Extract($"{Enbek137841}/kaz.md");
        AssertCardsWholeCode(doc,
            "189 | ЖҚО құрылымдық бөлімшесінің (бөлімінің, секторының) басшысы | 7 | -",   // «… кәсіп карточкасы» L189, «7 деңгей» L201
            "301 | Ізденушілермен жұмыс жөніндегі маман | 5/6 | -",                       // L301, L314–315
            "493 | Жұмыс берушілермен жұмыс жөніндегі маман | 5/6 | 2422-1-022",          // L493, L497, «5 деңгей»/«6-деңгей» L506–507
            "703 | Кәсіби бағдарлау маманы | 5/6 | 2422-1-022",                           // L703, L707, L716–717
            "832 | Болжау және мониторинг бойынша маман | 5/6 | 2422-1-022",              // L832, L836, L845–846
            "1005 | Жұмыспен қамту жөніндегі консультанты | 4/5 | 3333-0-009");          // L1005, L1009, L1018–1019
        Assert.Equal(2, doc.Cards[0].LaborFunctions[0].Skills.Count);                     // «1 міндет:» L217, then «2 міндет:»
    }

    [Fact]
    public void Social_protection_2023_ru_heading_word_and_title_in_two_cells()
    {
        var doc = Extract($"{Enbek183438}/rus.md");
        Assert.Equal("Профессиональный стандарт в сфере социальной защиты", doc.Title); // L35
        AssertCardsWholeCode(doc,
            "111 | Начальник структурного подразделения (отдела, сектора, группы) организации социальной защиты | 7 | 1344-0-004", // L111–112, L116, L124
            "259 | Специалист по социальной работе | 4 | 2635-3-001",
            "365 | Специалист по социальной работе | 5 | 2635-3-001",
            "478 | Специалист по социальной работе | 6 | 2635-3-001",
            "593 | Социальный работник | 4 | 3412-0-008",
            "700 | Социальный работник | 5 | 3412-0-008",
            "804 | Социальный работник по оценке и определению потребности в специальных социальных услугах | 6 | 3412-0-009", // «Карточка профессии:» L804
            "979 | Консультант по социальной работе (общий профиль) (Супервизор) | 6 | 2635-9-001",
            "1101 | Социальный психолог | 6 | 2634-9-004",
            "1319 | Социальный работник с осужденными в пенитенциарной системе | 6 | 2634-4-001",
            "1400 | Социальный работник с осужденными в пенитенциарной системе | 7 | 2634-4-001");
        // L143–153: «Трудовые функции:» | «Обязательные трудовые функции:» | three listed, then «Задача:» unnumbered per LF.
        Assert.Equal(3, doc.Cards[0].LaborFunctions.Count);
        Assert.All(doc.Cards[0].LaborFunctions, lf => Assert.Equal(1, Assert.Single(lf.Skills).N));
        // The list (L87–101) names 7 professions with level ranges («4-6», «4-5», «6-7»): 11 cards, one per level, as
        // printed; a row's wording that differs from its cards' titles is still reported.
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("the passport lists", StringComparison.Ordinal));
        Assert.Contains(doc.Warnings, w => w.Line == 365 && w.Message.Contains("«специалист по социальной работе (социальный работник)» in the passport list", StringComparison.Ordinal));
    }

    [Fact]
    public void Social_protection_2023_kk_mamandyk_kartasy()
    {
        var doc = Extract($"{Enbek183438}/kaz.md");
        // The Kazakh text lacks the supervisor card (its note at L109: the amendment changed the Russian text only).
        Assert.Equal(10, doc.Cards.Count);
        Assert.Equal((113, "7", "1344-0-004"), (doc.Cards[0].Lines.First, doc.Cards[0].Level?.ToString(), doc.Cards[0].OccupationCode)); // «Мамандық картасы» L113
        Assert.Equal("Арнаулы әлеуметтік қызметтерге қажеттілікті бағалау және анықтау жөніндегі әлеуметтік қызметкер", doc.Cards[6].Title); // «Мамандық картасы:» L804–805
        Assert.Equal("Құрылымдық бөлімшенің қызметін жоспарлау және бақылау", doc.Cards[0].LaborFunctions[0].Skills[0].Title); // «Тапсырма:» L158–159
    }

    [Fact]
    public void Internal_affairs_2019_headings_are_the_name_alone()
    {
        // Measured unseen first (see the report): 5/5 cards, titles, levels and codes right before any rule for it.
        var ru = Extract($"{Qriim137361}/rus.md");
        AssertCards(ru,
            "116 | Наладчик контрольно – измерительных приборов и автоматики | 3 | 7421-1-003",
            "235 | Пожарный | 4 | 5411-0-008",
            "368 | Пожарный – спасатель | 5 | 5411-0-008",
            "526 | Инспектор - пожарный | 5 | 3160-1-008",
            "704 | Инструктор по противопожарной профилактике | 6 | 3160-1-010");
        var kk = Extract($"{Qriim137361}/kaz.md");
        AssertCards(kk,
            "115 | Бақылау˗өлшеу аспаптары мен автоматиканы баптаушы | 3 | 7421-1-003",
            "237 | Өрт сөндіруші | 4 | 5411-0-008",
            "371 | Өрт сөндіруші құтқарушы | 5 | 5411-0-008",
            "529 | Өрт сөндіруші – нұсқаушы | 5 | 3160-1-008",
            "707 | Өрттің алдын алу нұсқаушысы | 6 | 3160-1-010");
    }

    [Fact]
    public void Justice_2024_one_card_in_both_languages()
    {
        var ru = Extract($"{Adilet193329}/rus.md");
        AssertCards(ru, "105 | Специалист по интеллектуальной собственности | 6 | 2611-3-007"); // «9. Карточка профессии «…»» L105
        var kk = Extract($"{Adilet193329}/kaz.md");
        AssertCards(kk, "105 | Зияткерлік меншік жөніндегі маман | 6 | 2611-3-007");          // «9. «…» мамандығының карточкасы» L105, L113, L121
        Assert.Equal("M69109", kk.Code);                                                      // «Кәсіби стандарт коды: M69109.» L67
        Assert.Equal(7, Assert.Single(kk.Cards[0].Links).Level);                               // «СБШ деңгейі» L279, «7» L283–284
    }

    [Fact]
    public void Forensic_examination_appendix_1_of_a_large_act()
    {
        var ru = Extract($"{Adilet192873}/rus/an001.md");
        AssertCards(ru,
            "79 | Начальник отдела (специализированного в прочих отраслях) | 6 | 1329-1-028",
            "380 | Судебные эксперты | 6 | 2611-7-002",
            "725 | Судебные эксперты | 6 | 2611-7-002",
            "1076 | Судебные эксперты | 6 | 2611-7-002");
        var kk = Extract($"{Adilet192873}/kaz/an001.md");
        AssertCards(kk,
            "79 | Бөлім басшысы (өзге салаларда мамандандырылған) | 6 | 1329-1-028",           // «9. «…» кәсіптік карточкасы» L79
            "386 | Сот сарапшылары | 6 | 2611-7-002",
            "743 | Сот сарапшылары | 6 | 2611-7-002",
            "1105 | Сот сарапшысы | 6 | 2611-7-002");                                         // «СБШ бойынша біліктілік деңгей» L1120, «6» L1121
        Assert.Equal(3, kk.Cards[0].LaborFunctions.Count);                                    // «1-еңбек» / «функциясы:» wrapped, L144–145
    }

    [Fact]
    public void Private_security_2025_both_languages()
    {
        var ru = Extract($"{Qriim215238}/rus.md");
        AssertCards(ru,
            "107 | Руководитель частной охранной организации | 6 | -",                          // group field «1210-0-074» L111, occupation «-» L115
            "478 | Охранник, осуществляющий защиту жизни и здоровья физических лиц | 5 | 5414-1-001",
            "653 | Охранник по охране имущества, в т.ч. при его транспортировке | 4 | 5414-9-006");
        Assert.Equal("1210-0-074", ru.Cards[0].GroupCode);
        var kk = Extract($"{Qriim215238}/kaz.md");
        Assert.Equal(3, kk.Cards.Count);
        Assert.Equal(("5414-1-001", 5), (kk.Cards[1].OccupationCode, kk.Cards[1].Level));    // «Сабақ атауының коды:» (sic) L499–500, first at L114
    }
}

/// <summary>The export keeps both levels of a multi-level card and the «Связь с КС» row, and the schema accepts them.</summary>
public sealed class RegisterExportTests
{
    [Fact]
    public void Levels_and_handbook_round_trip_through_the_export_and_match_the_schema()
    {
        // 137841 rus.md card 2 (L294): «5 уровень» / «6 уровень» (L307–308).
        var full = Path.Combine(Seeds.Directory, "register", "07-ministerial", "103016000000-enbek", "2019",
            "1231-ob-utverzhdenii-professionalnogo-standarta-sodeistvie-zaniatosti-137841", "rus.md");
        var doc = Assert.Single(StandardsExtractor.ExtractBytes(full, File.ReadAllBytes(full)).Documents);
        using var stream = new MemoryStream();
        CareerGraph.Standards.Export.ExtractWriter.Write(stream, [doc]);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Empty(CareerGraph.Standards.Tests.Export.ExtractSchema.Violations(json.RootElement));
        stream.Position = 0;
        var back = Assert.Single(CareerGraph.Standards.Export.ExtractReader.Read(stream));
        Assert.Equal([5, 6], back.Cards[1].Levels);
        Assert.Empty(back.Cards[0].Levels);
        Assert.Equal(doc.Cards[0].Handbook, back.Cards[0].Handbook);
    }
}
