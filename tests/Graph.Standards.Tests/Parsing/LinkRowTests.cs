namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;
using Xunit;

/// <summary>
/// Rows of the links table («Связь с другими профессиями в рамках ОРК», «СБШ шеңберінде басқа кәсіптермен байланыс»)
/// on short texts in the two card templates: where the table ends, and a level cell that cannot be read. The lines
/// are shortened copies of the seed lines cited (seeds/register, acts 131993 and 183438).
/// </summary>
public class LinkRowTests
{
    private static (StandardDocument Doc, List<SourceWarning> Warnings) Parse(string file, params string[] lines)
    {
        var logical = lines.Select((t, i) => new LogicalLine(t, LineRange.Single(i + 1))).ToList();
        var warnings = new List<SourceWarning>();
        return (StandardParser.Parse(new SourceText(file, string.Join("\n", lines), lines), logical, warnings), warnings);
    }

    private static string Describe(ProfessionLink l) => $"{l.Level?.ToString() ?? "-"} {l.Name} L{l.Lines.First}-{l.Lines.Last}";

    /// <summary>2019–2022 template (cards in an appendix, after a list of professions in chapter 3), Kazakh.</summary>
    private static readonly string[] KkAppendix =
    [
        "3-тарау. Кәсіптер карточкалары",                                             // 1
        "Кәсіптер тізбесі:",                                                          // 2
        "1) Үйде әлеуметтік көмек көрсету жөніндегі әлеуметтік қызметкер – 4-деңгей", // 3
        "Кәсіптік стандартқа қосымша",                                                // 4
        "«Үйде әлеуметтік көмек көрсету жөніндегі әлеуметтік қызметкер» кәсібінің карточкасы", // 5
        "Кәсіп коды:", "5322-0-001",                                                  // 6, 7
        "Кәсіп атауы:", "Үйде әлеуметтік көмек көрсету жөніндегі әлеуметтік қызметкер", // 8, 9
        "СБШ бойынша біліктілік деңгейі:", "4",                                       // 10, 11
        "Жеке құзыреттерге қойылатын талаптар", "Жауапкершілік",                     // 12, 13
    ];

    [Fact]
    public void A_kk_handbook_row_printed_with_its_possessive_ending_closes_the_links_table()
    {
        // 131993 kaz.md L374–381: «…байланысы | 5-деңгей | name», then «БА-мен байланысы | job | handbook».
        var (doc, _) = Parse("kk_test.md",
        [
            .. KkAppendix,
            "СБШ шеңберінде басқа кәсіптерімен байланысы",                                // 14 (L374)
            "5-деңгей",                                                                   // 15 (L375)
            "Әлеуметтік жұмыс жөніндегі маман",                                          // 16 (L376)
            "БА-мен байланысы",                                                           // 17 (L379)
            "Әлеуметтік қызметкер",                                                       // 18 (L380)
            "«Халықты әлеуметтік қорғау … үлгілік біліктілік сипаттамалары» бұйрығы",    // 19 (L381)
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["5 Әлеуметтік жұмыс жөніндегі маман L15-16"], card.Links.Select(Describe));
        Assert.StartsWith("Әлеуметтік қызметкер", card.Handbook);
    }

    [Theory]
    [InlineData("Біліктілік анықтамалығымен байланыс")]   // a spelling of the handbook row not in the catalogue
    [InlineData("ЕТБА-мен байланысы:")]
    [InlineData("Связь с ЕТКС, КС")]
    public void A_handbook_row_label_in_an_unknown_spelling_still_closes_the_links_table(string label)
    {
        // The 2019–2022 links row is followed by the handbook row, whose label the seeds print six ways («Связь с КС»,
        // «БА-мен байланыс(ы)», «КС-пен байланыс», «Біліктілік байланысы», «Білікетілік байланысы», 131993/137841/183438).
        var (doc, warnings) = Parse("kk_test.md",
        [
            .. KkAppendix,
            "СБШ шеңберінде басқа кәсіптерімен байланысы",                                // 14
            "5-деңгей",                                                                   // 15
            "Әлеуметтік жұмыс жөніндегі маман",                                          // 16
            label,                                                                        // 17
            "Әлеуметтік қызметкер",                                                       // 18
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["5 Әлеуметтік жұмыс жөніндегі маман L15-16"], card.Links.Select(Describe));
        Assert.Equal("Әлеуметтік қызметкер", card.Handbook);
        Assert.Contains(warnings, w => w.Line == 17 && w.Message.Contains(label.TrimEnd(':'), StringComparison.Ordinal));
    }

    [Fact]
    public void A_misprinted_level_cell_keeps_its_rows_with_no_level_and_the_text_as_printed()
    {
        // 183438 kaz.md L1254–1260: «…байланыс | 7 де4гей | two names, one a line»; the Russian twin prints «7 уровень» (rus.md L1303).
        var (doc, warnings) = Parse("kk_test.md",
        [
            .. KkAppendix,
            "СБШ шеңберіндегі басқа кәсіптермен байланыс",                                // 14 (L1255)
            "7 де4гей",                                                                   // 15 (L1256)
            "Қылмыстық-атқару жүйесі мекемесінің консультанты.",                          // 16 (L1258)
            "Құрылымдық бөлімшенің басшысы.",                                             // 17 (L1259)
            "КС-пен байланыс",                                                            // 18 (L1263)
            "Жоқ",                                                                        // 19 (L1264)
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["- Қылмыстық-атқару жүйесі мекемесінің консультанты L15-16", "- Құрылымдық бөлімшенің басшысы L15-17"],
            card.Links.Select(Describe));
        Assert.All(card.Links, l => Assert.Equal("7 де4гей", l.LevelPrinted));
        Assert.All(card.Links, l => Assert.Null(l.Direction));
        Assert.Contains(warnings, w => w.Line == 15 && w.Message.Contains("«7 де4гей»", StringComparison.Ordinal)
                                       && w.Message.Contains("level", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
    }

    [Fact]
    public void A_readable_level_cell_is_not_taken_for_a_misprint()
    {
        // 131993 kaz.md L3507/L2231: «8 деңгей», «7-8-деңгейлер» are levels; a one-word name is a name.
        var (doc, warnings) = Parse("kk_test.md",
        [
            .. KkAppendix,
            "СБШ шеңберінде басқа мамандықтармен байланысы",                               // 14
            "7-8-деңгейлер",                                                              // 15
            "Дәрігер.",                                                                   // 16
            "Сарапшы.",                                                                   // 17
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["7 Дәрігер L15-16", "7 Сарапшы L15-17"], card.Links.Select(Describe));
        Assert.All(card.Links, l => Assert.Null(l.LevelPrinted));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("cannot be read", StringComparison.Ordinal));
    }

    [Fact]
    public void A_level_cell_with_a_level_per_line_pairs_each_name_with_its_line_and_a_bracket_line_stays_with_its_name()
    {
        // Issue 9 item 2 (the 2019–2022 links row): levels and names as two newline-separated cells; «(общий профиль)»
        // on a line of its own is part of the name above it (as «Специалист по социальной работе (общий профиль)»,
        // 196806 rus.md L1859, prints it on one line).
        var (doc, warnings) = Parse("kk_test.md",
        [
            .. KkAppendix,
            "СБШ шеңберінде басқа кәсіптермен байланысы",                                  // 14
            "5-деңгей",                                                                   // 15
            "6-деңгей",                                                                   // 16
            "Әлеуметтік жұмыс жөніндегі маман",                                          // 17
            "(жалпы профиль)",                                                            // 18
            "Әлеуметтік жұмыс жөніндегі супервизор",                                     // 19
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["5 Әлеуметтік жұмыс жөніндегі маман (жалпы профиль) L15-18", "6 Әлеуметтік жұмыс жөніндегі супервизор L16-19"],
            card.Links.Select(Describe));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("levels for", StringComparison.Ordinal));
    }

    /// <summary>The numbered template (chapter 3 with «N. Карточка профессии …» headings), Russian.</summary>
    private static readonly string[] RuNumbered =
    [
        "Глава 2. Паспорт профессионального стандарта",         // 1
        "7. Перечень карточек профессий:",                       // 2
        "1) Оператор Call-центра - 3 уровень ОРК",               // 3
        "Глава 3. Карточки профессий",                           // 4
        "8. Карточка профессии \"Оператор Call-центра\"",         // 5
        "Код группы:", "4224-5",                                  // 6, 7
        "Уровень квалификации по ОРК:", "3",                      // 8, 9
        "Связь с другими профессиями в рамках ОРК:",              // 10
        "Уровень ОРК:", "Наименование профессии:",                // 11, 12
    ];

    [Fact]
    public void A_misprinted_level_in_a_numbered_card_keeps_its_row_with_no_level()
    {
        var (doc, warnings) = Parse("ru_test.txt",
        [
            .. RuNumbered,
            "4 уровнь",                                           // 13: the level word misprinted
            "Старший оператор Call-центра",                       // 14
            "5",                                                  // 15
            "Руководитель Call-центра",                           // 16
            "Глава 4. Технические данные",                        // 17
        ]);
        var card = Assert.Single(doc.Cards);
        Assert.Equal(["- Старший оператор Call-центра L13-14", "5 Руководитель Call-центра L15-16"], card.Links.Select(Describe));
        Assert.Equal(["4 уровнь", null], card.Links.Select(l => l.LevelPrinted));
        Assert.Contains(warnings, w => w.Line == 13 && w.Message.Contains("«4 уровнь»", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
    }
}
