namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>Printed label variants from the guide §1.2/§3.2, each copied from the line cited.</summary>
public class LabelTests
{
    [Theory]
    [InlineData("Кәсіптің атауы::", LabelKind.Name)]                                   // kk reference-info L152
    [InlineData("СБШ біліктілік деңгейі:", LabelKind.Level)]                            // kk reference-info L2504
    [InlineData("СБШ бойынша біліктілік ішкі деңгейі:", LabelKind.Sublevel)]            // kk reference-info L162
    [InlineData("СБШ біліктілігінің ішкі деңгейі:", LabelKind.Sublevel)]               // kk reference-info L1928
    [InlineData("Біліктілік", LabelKind.Education, false)]                            // kk reference-info L943: a sub-label, not a card label
    [InlineData("Кәсіптік білім деңгейі", LabelKind.Education)]                         // employment L225, no colon
    [InlineData(" БТБА, БА, үлгілік біліктілік сипаттамалары бойынша біліктілік деңгейі:", LabelKind.TypicalQualification)] // employment L1941
    [InlineData("1)Білім:", LabelKind.Knowledge)]                                        // kk reference-info L6817
    [InlineData("1)Білімі:", LabelKind.Knowledge)]                                       // kk reference-info L7119
    [InlineData("Дағдылар:", LabelKind.Abilities)]                                       // kk reference-info L251 (abilities, not skills)
    [InlineData(" Машықтар:", LabelKind.Abilities)]                                     // employment L8410
    [InlineData("Машықтар", LabelKind.Abilities)]                                        // employment L4886
    [InlineData("Дағдыны тану мүмкіндігі", LabelKind.Recognition)]                      // employment L317
    [InlineData("Техникалық регламенттер мен ұлттық стандарттардың тізімі", LabelKind.Standards)] // employment L641
    [InlineData("СБШ шеңберінде басқа кәсіптермен байланыс", LabelKind.Links)]         // employment L646
    [InlineData("СБШ -нің ішіндегі басқа кәсіптермен байланыс:", LabelKind.Links)]     // kk reference-info L872
    [InlineData("БА-мен байланысы", LabelKind.Handbook)]                                // 131993 kaz.md L379, possessive «-ы»
    [InlineData("БА-мен байланыс", LabelKind.Handbook)]                                 // 137841 kaz.md L296, without it
    [InlineData("Еңбек функциялардың сипаттамасы", LabelKind.LfDescription)]           // MICE L55
    [InlineData("Формалды емес және информалы біліммен байланыс:тің атауы:", LabelKind.NonFormal)] // kk reference-info L6029
    public void Recognises_printed_label_variants(string text, LabelKind kind, bool expected = true)
    {
        var hit = Labels.Match(text);
        Assert.Equal(expected, hit?.Kind == kind);
    }

    [Theory]
    [InlineData("Код группы:", LabelKind.GroupCode)]                                             // ru reference-info L156–157 (joined)
    [InlineData("Код наименования занятия: 4224-5-003", LabelKind.OccupationCode)]               // ru L161–163 (joined)
    [InlineData("Уровень квалификации по ОРК: 3", LabelKind.Level)]
    [InlineData("подуровень квалификации по ОРК:", LabelKind.Sublevel)]                          // ru insurance L110, lower case
    [InlineData("Уровень квалификации по ЕТКС, КС и др типовых квалификационных характеристик:", LabelKind.TypicalQualification)] // ru insurance L114
    [InlineData("Уровень профессионального образования:", LabelKind.Education)]
    [InlineData("Требования к опыту работы", LabelKind.Experience)]                               // ru L4244–4247, no colon
    [InlineData("Кәсіптердің басқа ықтимал атаулары", LabelKind.OtherNames)]                     // 192873 kaz/an025.md L105 (staging), plural
    [InlineData("Кәсіптердің басқа мүмкін атаулары:", LabelKind.OtherNames)]                    // 192873 kaz/an025.md L413 (staging), plural
    [InlineData("Другие возможные наименования профессий:", LabelKind.OtherNames)]               // ru L5122, plural
    [InlineData("Основная цель деятельности:", LabelKind.Purpose)]
    [InlineData("Дополнительные трудовые функции: 1.Формализация результатов", LabelKind.AdditionalList)] // ru L2550
    [InlineData("Умение:", LabelKind.Abilities)]                                                  // ru L4504
    [InlineData("Знания", LabelKind.Knowledge)]                                                   // ru L2588, no colon
    [InlineData("Возможность признания навыка: Не рекомендован", LabelKind.Recognition)]         // ru L8218, truncated value
    [InlineData("Требования к личностным компетенциям", LabelKind.PersonalCompetencies)]
    [InlineData("Список технических регламентов и национальных стандартов:", LabelKind.Standards)]
    [InlineData("Связь с другими профессиями в рамках ОРК:", LabelKind.Links)]
    public void Recognises_russian_labels(string text, LabelKind kind) => Assert.Equal(kind, Labels.Match(text)?.Kind);

    [Theory]
    [InlineData(" 3-ші тарау. Кәсіптер карточкалары", 3)]             // kk reference-info L137
    [InlineData("#### 4-ші тарау. Кәсіптік стандарттың техникалық деректері", 4)] // MICE L194
    [InlineData("Глава 4. Технические данные профессионального стандарта", 4)]   // ru reference-info L8891
    public void Recognises_chapter_headings(string text, int n)
    {
        var hit = Labels.Match(text);
        Assert.Equal((LabelKind.Chapter, (int?)n), (hit?.Kind, hit?.Number));
    }

    [Fact]
    public void A_sentence_that_mentions_a_chapter_is_no_heading() =>
        Assert.NotEqual(LabelKind.Chapter, Labels.Match("4-тарауда көрсетілген талаптар")?.Kind);

    [Fact]
    public void Keeps_the_value_of_a_flattened_row()
    {
        var hit = Labels.Match("Наименование профессии: Администратор");   // ru reference-info L2912
        Assert.Equal((LabelKind.Name, "Администратор"), (hit?.Kind, hit?.Rest));
    }

    [Theory]
    [InlineData("Еңбек функциясы 1:", 1, false, "")]                                     // kk reference-info L245
    [InlineData("Еңбек функциясы 3. Кәсіпорын клиенттерінен", 3, false, "Кәсіпорын клиенттерінен")] // L1444
    [InlineData("Еңбек функциясы 2", 2, false, "")]                                      // L2723
    [InlineData("Еңбек функцияларысы 1:", 1, false, "")]                                 // L5361
    [InlineData("Қосымша еңбек функциясы1:", 1, true, "")]                               // L5068
    [InlineData("Қосымша 1- еңбек функциясы:", 1, true, "")]                             // employment L495
    [InlineData("Қосымша 1 -еңбек функциясы:", 1, true, "")]                             // employment L7365
    [InlineData("3-еңбек функциясы: Жұмыспен қамту", 3, false, "Жұмыспен қамту")]       // employment L357 form
    public void Reads_labour_function_headings(string text, int n, bool additional, string rest)
    {
        var hit = Labels.Match(text);
        Assert.NotNull(hit);
        Assert.Equal(LabelKind.LfHeading, hit.Kind);
        Assert.Equal(n, hit.Number);
        Assert.Equal(additional, hit.Additional);
        Assert.Equal(rest, hit.Rest);
    }

    [Theory]
    [InlineData("1-дағды: Бекітілген сценарийлер", 1, "Бекітілген сценарийлер")]       // kk reference-info L249
    [InlineData("1 дағды: Бекітілген", 1, "Бекітілген")]                                // L1015
    [InlineData("Дағды 3. Клиенттің", 3, "Клиенттің")]                                  // L1254
    [InlineData("Дағды 7:", 7, "")]                                                      // L3374
    [InlineData("Навык 1.", 1, "")]                                                      // ru reference-info L389
    public void Reads_skill_headings(string text, int n, string rest)
    {
        var hit = Labels.Match(text);
        Assert.NotNull(hit);
        Assert.Equal(LabelKind.SkillHeading, hit.Kind);
        Assert.Equal(n, hit.Number);
        Assert.Equal(rest, hit.Rest);
    }

    [Theory]
    [InlineData("10.Кәсіптің карточкасы \"Call-орталығының операторы\":", 10, "Call-орталығының операторы")] // kk reference-info L900
    [InlineData("11. Кәсіптің карточкасы \"Қолдау қызметінің талдаушысы\"", 11, "Қолдау қызметінің талдаушысы")] // L1905, no colon
    [InlineData("9. \"Жұмыспен қамту қызметінің басшысы\" кәсібінің карточкасы", 9, "Жұмыспен қамту қызметінің басшысы")] // employment L193
    [InlineData("9. Кәсіптің карточкасы «Корпоративтік және MICE қызметтер бөлімінің басшысы»:", 9, "Корпоративтік және MICE қызметтер бөлімінің басшысы")] // MICE L43
    public void Reads_card_headings(string text, int paragraph, string title)
    {
        var hit = Labels.Match(text);
        Assert.NotNull(hit);
        Assert.Equal(LabelKind.CardHeading, hit.Kind);
        Assert.Equal(paragraph, hit.Number);
        Assert.Equal(title, hit.Rest);
    }

    [Fact]
    public void A_bare_quoted_line_is_a_heading_only_as_the_next_paragraph()
    {
        // employment L651: «10. "…"» lost «кәсібінің карточкасы»; it follows ¶9.
        const string line = "10. \"Жұмыспен қамту қызметінің құрылымдық бөлімшесінің басшысы\" ";
        Assert.Equal(LabelKind.CardHeading, Labels.Match(line, lastParagraph: 9)?.Kind);
        Assert.Null(Labels.Match(line, lastParagraph: 4));
    }

    [Fact]
    public void Every_printed_wording_the_pdf_reader_rebuilds_is_read_by_the_parser_as_its_kind()
    {
        // One catalogue: the PDF reader writes Labels.Printed back («Навык 3:»), the parser must read it as the same label.
        foreach (var label in Labels.Printed.Where(l => l.Kind != LabelKind.EducationPart))
        {
            var hit = Labels.Match(label.Render(label.Numbered ? 3 : null));
            Assert.True(hit is not null && hit.Kind == label.Kind && hit.Additional == label.Additional, $"«{label.Text}» read as {hit?.Kind}");
            if (label.Numbered) Assert.Equal(3, hit!.Number);
        }
    }

    [Theory]
    [InlineData("Уровень образования:")] // ru reference-info L5047: a column of the education cell, kept as its text
    [InlineData("Специальность:")]       // L5050
    [InlineData("Квалификация:")]        // L5053
    public void Education_columns_are_no_card_labels_for_the_parser(string text) => Assert.Null(Labels.Match(text));

    // Template variants no seed prints, as other standards of the same templates may: the key ignores case, spacing,
    // NBSP and the colon's form, quotes may be guillemets or straight, numbers may run into the word.
    [Theory]
    [InlineData("КОД ГРУППЫ:", LabelKind.GroupCode)]                                   // all capitals
    [InlineData("Код  группы :", LabelKind.GroupCode)]                                 // doubled space, space before the colon
    [InlineData("Код\u00A0наименования\u00A0занятия:", LabelKind.OccupationCode)]      // NBSP between the words
    [InlineData("Уровень квалификации по ОРК.", LabelKind.Level)]                      // full stop for the colon
    [InlineData("ТОПТЫҢ КОДЫ", LabelKind.GroupCode)]                                   // kk, capitals, no colon
    [InlineData("Трудовая функция 12:", LabelKind.LfHeading)]                          // two-digit number
    [InlineData("Навык 10:", LabelKind.SkillHeading)]
    [InlineData("10-дағды:", LabelKind.SkillHeading)]
    [InlineData("ЗНАНИЯ:", LabelKind.Knowledge)]
    [InlineData("Умения;", LabelKind.Abilities)]                                       // semicolon for the colon
    [InlineData("Глава 3. Карточки профессий", LabelKind.Chapter)]                     // ru chapter 3 (seeds print only chapter 4 in ru)
    [InlineData("3-тарау. Кәсіптер карточкалары", LabelKind.Chapter)]                  // kk without «-ші»
    [InlineData("3 тарау. Кәсіптер карточкалары", LabelKind.Chapter)]                  // a space instead of the hyphen
    [InlineData("Кәсіптің карточкасы \"Call-орталық қызметкері\"", LabelKind.CardHeading)] // unnumbered, card word first (once a pinned gap, issue 13)
    [InlineData("Глава III. Карточки профессий", LabelKind.Chapter)]                    // Roman chapter number (once a pinned gap)
    [InlineData("III-ші тарау. Кәсіптер карточкалары", LabelKind.Chapter)]              // (once a pinned gap)
    [InlineData("Трудовая функция № 2:", LabelKind.LfHeading)]                          // «№» before the number (once a pinned gap)
    public void Reads_template_variants_the_seeds_lack(string text, LabelKind kind) => Assert.Equal(kind, Labels.Match(text)?.Kind);

    [Theory]
    [InlineData("12. Карточка профессии «Оператор Call-центра»", 12, "Оператор Call-центра")]  // ru heading with guillemets
    [InlineData("12. Карточка профессии \"Оператор Call-центра\":", 12, "Оператор Call-центра")]
    [InlineData("12. «Call-орталық қызметкері» кәсібінің карточкасы", 12, "Call-орталық қызметкері")] // kk quoted-first with guillemets
    [InlineData("12.Кәсіптің карточкасы “Call-орталық қызметкері”", 12, "Call-орталық қызметкері")]   // typographic quotes, no space
    public void Reads_card_heading_variants_the_seeds_lack(string text, int paragraph, string title)
    {
        var hit = Labels.Match(text);
        Assert.Equal((LabelKind.CardHeading, (int?)paragraph, title), (hit?.Kind, hit?.Number, hit?.Rest));
    }


    /// <summary>A gap closed by the 2019–2022 template's reader: the unnumbered heading of an appendix card.</summary>
    [Fact]
    public void An_unnumbered_card_heading_is_read() =>
        Assert.Equal(LabelKind.CardHeading, Labels.Match("Карточка профессии «Оператор Call-центра»", lastParagraph: 0)?.Kind);
}
