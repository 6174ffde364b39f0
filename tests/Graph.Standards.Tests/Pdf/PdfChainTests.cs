namespace CareerGraph.Standards.Tests.Pdf;

using CareerGraph.Standards.Model;
using Xunit;

/// <summary>The whole chain on the ru file: detection → PDF reader → the shared card parser.</summary>
public sealed class PdfChainTests
{
    private static ParsedSeed Ru => Seeds.Parse(PdfSeeds.RuReferenceInfo);

    [Fact]
    public void The_pdf_reader_is_chosen_for_the_ru_file()
    {
        Assert.Equal("pdf-text", Ru.Reader.Family);
        Assert.Equal(Language.Ru, Ru.Document.Language);
    }

    [Fact]
    public void Ten_cards_with_codes_and_levels_where_printed()
    {
        // guide §2.3 table; ¶15 (L5031) lost its header: no codes are printed, the level comes from the passport (L147)
        (int?, string?, string?, int?)[] expected =
        [
            (8, "4224-5", "4224-5-003", 3), (10, "4224-5", "4224-5-003", 4), (11, "3512-1", "3512-1-001", 4),
            (12, "4223-0", "4223-0-002", 4), (13, "3349-0", "3349-0-001", 5), (14, "1234-2", "1234-2-001", 6),
            (15, null, null, 6), (16, "2631-0", "2631-0-001", 6), (17, "1329-1", "1329-1-050", 6),
            (18, "1234-2", "1234-2-001", 7),
        ];
        Assert.Equal(expected, Ru.Document.Cards.Select(c => (c.Paragraph, c.GroupCode, c.OccupationCode, c.Level)));
    }

    [Fact]
    public void Every_link_row_reaches_the_model_with_level_and_code()
    {
        var links = Ru.Document.Cards.SelectMany(c => c.Links).ToList();
        Assert.Equal(35, links.Count);
        Assert.All(links, l => Assert.Matches(@"^\d{4}-\d-\d{3}$", l.Code));
        // L1943 «5 3 3 4 9 - 0 - 0 0 1 / Администратор»
        Assert.Contains(Ru.Card(10).Links, l => l is { Level: 5, Code: "3349-0-001", Name: "Администратор" } && l.Lines.First == 1943);
    }

    [Fact]
    public void Cards_that_kept_their_labels_have_the_structure_of_their_kazakh_twins()
    {
        // guide §4.1: card order, LF counts and kinds, skills per LF and the item lists match one to one between the
        // two files; ru ¶15 and ¶16 lost their LF labels in conversion and are left out here.
        var kk = Seeds.Parse(Seeds.KkReference).Document.Cards;
        var ru = Ru.Document.Cards;
        Assert.Equal(kk.Count, ru.Count);
        for (var i = 0; i < ru.Count; i++)
        {
            if (ru[i].Paragraph is 15 or 16) continue;
            Assert.Equal(Shape(kk[i]), Shape(ru[i]));
        }
    }

    [Fact]
    public void Titles_cut_by_page_breaks_are_whole_again()
    {
        // ¶13 LF3 skill 6: «Формирование / запроса и» L3706–3708, rest «организация / обучения…» opens the page at L3718
        var skill = Ru.Card(13).LaborFunctions.Single(l => l is { Kind: LaborFunctionKind.Mandatory, N: 3 }).Skills.Single(s => s.N == 6);
        Assert.StartsWith("Формирование запроса и организация обучения", skill.Title);
        // ¶11 LF1 skill 3: title L2118–2119, its rest L2139–2142 printed below the LF title's rest after the page break;
        // the kk twin prints the whole title on one line (kk L2113)
        Assert.Equal("Проведение анализа исторических циклических колебаний количества обращений и времени их обработки в контактном информационном центре (на протяжении года, месяца, недели и дня)",
            Ru.Card(11).LaborFunctions.Single(l => l is { Kind: LaborFunctionKind.Mandatory, N: 1 }).Skills.Single(s => s.N == 3).Title);
        // ¶14 LF1: «Планировать и руководить» (L4318…), rest «построе / нием…» opens the page at L4399
        var lf = Ru.Card(14).LaborFunctions.Single(l => l is { Kind: LaborFunctionKind.Mandatory, N: 1 });
        Assert.StartsWith("Планировать и руководить построением единой системы", lf.Title);
        // ¶10 LF1: label «Трудовая функция 1:» L942 without a title, title printed at L981–985 inside skill 1
        Assert.Equal("Обеспечивать информационно-справочную поддержку клиентов",
            Ru.Card(10).LaborFunctions.Single(l => l is { Kind: LaborFunctionKind.Mandatory, N: 1 }).Title);
        // ¶14 LF2 skill 6: «Навык 6:» L4700 without a title, title at L4713 after the page break
        Assert.StartsWith("Организация взаимодействия подразделений",
            Ru.Card(14).LaborFunctions.Single(l => l is { Kind: LaborFunctionKind.Mandatory, N: 2 }).Skills.Single(s => s.N == 6).Title);
    }

    private static string Shape(Card card) => string.Join(" ", card.LaborFunctions.Select(lf =>
        $"{lf.Kind}{lf.N}[{string.Join(",", lf.Skills.Select(s => $"{s.N}:{s.Abilities.Count}/{s.Knowledge.Count}"))}]"));

    [Fact]
    public void Letters_left_by_a_lost_label_are_dropped_not_glued_to_an_item()
    {
        // L5557–5558 «б / ов» before «Навык 3:»; the ability item 3 of ¶15 LF2 skill 3 ends at L5573–5576 «…проверять факты.»
        var skill = Ru.Card(15).LaborFunctions[1].Skills[2];
        Assert.EndsWith("проверять факты.", skill.Abilities[2].Text);
        Assert.DoesNotContain(Ru.Card(15).LaborFunctions.SelectMany(f => f.Skills).SelectMany(s => s.Abilities.Concat(s.Knowledge)), i => System.Text.RegularExpressions.Regex.IsMatch(i.Text, @"\bбов\b"));
        Assert.True(Ru.HasWarning(5557, "no word of the document"));
    }

    [Fact]
    public void A_title_tail_cut_together_with_an_open_item_goes_back_to_its_title()
    {
        // ¶10 LF2: L1182–1187 «Консультирова / ть по / технической / поддержке», tail L1256–1257 «клиентов / предприятия»
        // between «…выполнения запроса в» (L1252) and «базу данных в…» (L1259); the list (L271) has the whole title.
        var lf2 = Ru.Card(10).LaborFunctions[1];
        Assert.Equal("Консультировать по технической поддержке клиентов предприятия", lf2.Title);
        Assert.EndsWith("выполнения запроса в базу данных в определенном предприятием порядке.", lf2.Skills[2].Abilities[3].Text);
        // ¶17 LF3 skill 5: L7340–7343 title, tail L7362–7370 after the open item «…адаптации и обучения» (L7358)
        var skill = Ru.Card(17).LaborFunctions[2].Skills[4];
        Assert.EndsWith("адаптации нового сотрудника и проведение оценки эффективности работы наставника по окончании периода стажировки", skill.Title);
        Assert.EndsWith("в процессе адаптации и обучения", skill.Abilities[2].Text);
    }

    [Fact]
    public void A_fragment_that_ends_as_an_item_stays_with_the_open_item()
    {
        // L1446–1452 «5) законодательства Республики Казахстан в / о б л а с т и / информатизации.» across a page break
        Assert.Contains(Ru.Card(10).LaborFunctions.SelectMany(f => f.Skills).SelectMany(s => s.Knowledge),
            k => k.Text == "законодательства Республики Казахстан в области информатизации." && k.Lines.First == 1446);
    }

    [Fact]
    public void The_kazakh_letter_for_yo_is_one_warning_for_the_font()
    {
        // «отчҰты» L1073 and eleven more lines: one substitution of the font
        var w = Assert.Single(Ru.Document.Warnings, w => w.Message.Contains("U+04B0"));
        Assert.Equal(1062, w.Line);
        Assert.Contains("12 line(s)", w.Message);
    }

    [Fact]
    public void The_name_printed_without_its_label_after_a_lost_header_is_the_name_field()
    {
        // L5031 heading, L5032 the name again with no «Наименование профессии:» (lost header table, guide §3.5)
        Assert.True(Ru.HasWarning(5032, "without its label"));
        Assert.DoesNotContain(Ru.Document.Warnings, w => w.Line == 5032 && w.Message.Contains("outside any field"));
        Assert.Null(Ru.Card(15).NameField); // equal to the heading title
    }

    [Fact]
    public void Functions_that_lost_their_labels_take_the_list_titles_in_order_as_repairs()
    {
        // ¶15 list L5196–5217 (2 mandatory + 2 additional); ¶16 list L6057–6065 (3 mandatory); no «Трудовая функция N» printed
        var c15 = Ru.Card(15);
        Assert.Equal(["Осуществление мониторинга обработки обращений клиентов", "Проведение оценки действий специалистов при обработке обращений клиентов",
            "Формализация результатов измерения качества обработки обращений клиентов", "Подготовка предложений по совершенствованию процесса мониторинга обращений клиентов"],
            c15.LaborFunctions.Select(f => f.Title));
        Assert.Equal(4, c15.Repairs.Count(r => r.From == "LF list"));
        Assert.Equal(["LaborFunctions[0].Title", "LaborFunctions[1].Title", "LaborFunctions[2].Title"],
            Ru.Card(16).Repairs.Where(r => r.From == "LF list").Select(r => r.Field));
        Assert.DoesNotContain(Ru.Document.Cards.Where(c => c.Paragraph is not (15 or 16)), c => c.Repairs.Any(r => r.From == "LF list"));
    }
}
