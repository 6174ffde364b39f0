namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;
using Xunit;

/// <summary>
/// Traps of the ru PDF text (guide §3.5) that another helper's reader hands over as logical lines: the card parser
/// must cope with them. The lines below are shortened copies of the ru reference-info lines cited.
/// </summary>
public class ParserTrapTests
{
    private static (StandardDocument Doc, List<SourceWarning> Warnings) Parse(params string[] lines)
    {
        var logical = lines.Select((t, i) => new LogicalLine(t, LineRange.Single(i + 1))).ToList();
        var text = string.Join("\n", lines);
        var warnings = new List<SourceWarning>();
        return (StandardParser.Parse(new SourceText("ru_test.txt", text, lines), logical, warnings), warnings);
    }

    private static readonly string[] Passport =
    [
        "Глава 2. Паспорт профессионального стандарта",         // 1
        "7. Перечень карточек профессий:",                       // 2
        "1) Оператор Call-центр - 3 уровень ОРК",                // 3 (ru L141/L146: «Call-центр»)
        "Глава 3. Карточки профессий",                           // 4
    ];

    private static readonly string[] Header =
    [
        "8. Карточка профессии \"Оператор Call-центра\"",         // 5
        "Код группы:", "4224-5",                                  // 6, 7
        "Наименование профессии: Оператор Call-центра",           // 8 flattened row (ru L2912)
        "Другие возможные наименования профессии:",               // 9
        "4223-0-003 Оператор контакт-центра",                     // 10 looks like a link row (guide §3.4)
        "Основная цель деятельности:", "Обработка обращений",    // 11, 12
        "Перечень трудовых функций:",                             // 13
        "Обязательные трудовые функции:",                         // 14
        "1. Консультирование клиентов",                           // 15
        "Дополнительные трудовые функции:",                       // 16
        "1. Продажа услуг",                                       // 17
        "Описание трудовых функций",                              // 18
        "Трудовая функция 1:", "Консультирование клиентов",       // 19, 20
    ];

    private static readonly string[] Skills =
    [
        "Навык 1.", "Прием обращений",                            // 21, 22
        "Умения:", "1) принимать обращения;", "2) регистрировать их.", // 23–25
        "Знания:", "1) стандартов обслуживания.",                 // 26, 27
        "Возможность признания навыка: Не рекомендовано",         // 28
        "Умения:", "1) взаимодействовать с коллегами;",           // 29, 30 before their skill heading (ru L382–389)
        "Навык 2.", "Информирование руководителя",                // 31, 32
        "2) сглаживать конфликты.",                               // 33
        "Знания:", "Знания:", "1) регламентов.",                  // 34–36 doubled label (ru L401/403)
        "Возможность признания навыка: Не рекомендовано",         // 37
        "Навык 1.", "Продажа тарифов",                            // 38, 39 the additional LF lost its label
        "Умения:", "1) предлагать услуги.",                       // 40, 41
        "Знания:", "1) тарифов.",                                 // 42, 43
        "Возможность признания навыка: Не рекомендовано",         // 44
        "Связь с другими профессиями в рамках ОРК:",              // 45
        "Уровень ОРК:", "Наименование профессии:",                // 46, 47 column headers
        "4 4224-5-003 Оператор колл-центра",                       // 48
        "Глава 4. Технические данные",                             // 49
    ];

    private static (StandardDocument Doc, List<SourceWarning> Warnings) Sample() => Parse([.. Passport, .. Header, .. Skills]);

    [Fact]
    public void A_skill_is_the_text_between_two_recognition_rows()
    {
        var lf = Sample().Doc.Cards[0].LaborFunctions[0];
        Assert.Equal([1, 2], lf.Skills.Select(s => s.N));
        Assert.Equal("Информирование руководителя", lf.Skills[1].Title);
        Assert.Equal(["взаимодействовать с коллегами;", "сглаживать конфликты."], lf.Skills[1].Abilities.Select(a => a.Text));
        Assert.Equal(["регламентов."], lf.Skills[1].Knowledge.Select(a => a.Text));
    }

    [Fact]
    public void A_restart_of_skill_numbering_opens_the_next_labour_function()
    {
        var (doc, warnings) = Sample();
        var functions = doc.Cards[0].LaborFunctions;
        Assert.Equal([(LaborFunctionKind.Mandatory, 1), (LaborFunctionKind.Additional, 1)], functions.Select(f => (f.Kind, f.N)));
        Assert.Equal("Продажа услуг", functions[1].Title);                       // from the list, the heading was lost
        Assert.Equal("Продажа тарифов", Assert.Single(functions[1].Skills).Title);
        Assert.Contains(warnings, w => w.Line == 38 && w.Message.Contains("restarts"));
    }

    [Fact]
    public void Link_rows_are_read_only_inside_the_link_block()
    {
        var card = Sample().Doc.Cards[0];
        Assert.Equal(new OtherName("4223-0-003", "Оператор контакт-центра", LineRange.Single(10)), Assert.Single(card.OtherNames));
        Assert.Equal(new ProfessionLink(4, "4224-5-003", "Оператор колл-центра", LineRange.Single(48)), Assert.Single(card.Links));
        Assert.Null(card.NameField);                                             // line 8 equals the heading title
    }

    [Fact]
    public void A_lost_level_comes_from_the_passport_with_a_warning_and_a_repair()
    {
        var (doc, warnings) = Sample();
        var card = doc.Cards[0];
        Assert.Equal(3, card.Level);
        // line 38: the additional LF lost its label, so its title comes from the list (line 17) as a repair too
        Assert.Equal(["LaborFunctions[1].Title", "Level"], card.Repairs.Select(r => r.Field));
        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("level 3 taken from the passport"));
        Assert.Contains(warnings, w => w.Line == 5 && w.Message.Contains("«Оператор Call-центр» in the passport"));
        Assert.Equal(Language.Ru, doc.Language);
    }

    [Fact]
    public void A_detached_additional_prefix_joins_the_LF_label_after_it()
    {
        // ru reference-info L2788–2789: «Дополнительная» / «трудовая функция 1:».
        string[] lines = [.. Passport, .. Header[..^2], "Трудовая функция 1:", "Консультирование клиентов", .. Skills[..8],
            "Дополнительная", "трудовая функция 1:", "Продажа услуг", .. Skills[17..]];
        var (doc, warnings) = Parse(lines);
        Assert.Equal([(LaborFunctionKind.Mandatory, 1), (LaborFunctionKind.Additional, 1)], doc.Cards[0].LaborFunctions.Select(f => (f.Kind, f.N)));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("outside any field"));
    }

    [Fact]
    public void A_card_without_a_chapter_heading_is_reported_not_invented()
    {
        var (doc, warnings) = Parse([.. Header, .. Skills]);
        Assert.Empty(doc.Cards);
        Assert.Contains(warnings, w => w.Message.Contains("chapter 3"));
    }
}
