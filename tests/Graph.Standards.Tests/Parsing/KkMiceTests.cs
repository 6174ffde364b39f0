namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>seeds/kk_mice-business-travel_2022.txt: markdown with HTML fragments (guide §2.1).</summary>
public class KkMiceTests
{
    private static ParsedSeed Seed => Seeds.Parse(Seeds.KkMice);

    [Fact]
    public void Reads_document_metadata()
    {
        var d = Seed.Document;
        Assert.Equal("markdown-fragments", Seed.Reader.Family);
        Assert.Equal(Language.Kk, d.Language);
        Assert.Equal("Іскерлік/бизнес сапарлар мен MICE қызметтерін ұйымдастыру", d.Title); // L26
        Assert.Equal("N79120004", d.Code);                                                    // L27
        Assert.Equal(["N", "79", "79.1", "79.12", "79.12.0"], d.Oked);                        // L29–33
        Assert.Equal("Нұсқа 2, 2022 г.", d.Version);                                          // L206
        Assert.Null(d.Approval);                                                               // no order text
    }

    public static TheoryData<int, int, string, int, string, string> CardTable => new()
    {
        { 9, 43, "Корпоративтік және MICE қызметтер бөлімінің басшысы", 7, "1439-1", "M3 M2 M1" },   // L43–47
        { 10, 83, "MICE менеджері", 6, "3332-0", "M3 M2" },                                          // L83–87
        { 11, 123, "Негізгі / корпоративтік клиенттермен жұмыс менеджері", 6, "3332-0", "M2 M1" },   // L123 in <b>
        { 12, 156, "Корпоративтік қызметтерді ұйымдастыру менеджері", 5, "3332-0", "M3 M2" },        // L156–160
    };

    [Theory]
    [MemberData(nameof(CardTable))]
    public void Reads_card_header_and_structure(int paragraph, int line, string title, int level, string code, string shape)
    {
        var card = Seed.Card(paragraph);
        Assert.Equal(line, card.Lines.First);
        Assert.Equal(title, card.Title);
        Assert.Equal(level, card.Level);
        Assert.Equal(code, card.GroupCode);
        Assert.Equal(code, card.OccupationCode);   // MICE prints the group code in the occupation field
        Assert.Equal(shape, KkReferenceInfoTests.Shape(card));
        Assert.Null(card.Experience);
        Assert.Empty(card.StandardsRefs);
    }

    [Fact]
    public void Reads_every_labour_function_title()
    {
        Assert.Equal(["Бөлім жұмысын ұйымдастыру", "Қызметтердің бастапқы жеткізушілерлің базасын қалыптастыру, толықтыру және жаңарту", "Тендерлерге қатысу"],
            Seed.Card(9).LaborFunctions.Select(lf => lf.Title));                                 // L58, L69 (typo kept), L75
        Assert.Equal(["MICE қызметтерін ұйымдастыру", "MICE қызметтерін көрсетуді үйлестіру және бақылау"],
            Seed.Card(10).LaborFunctions.Select(lf => lf.Title));                                // L98, L108–109 split heading
        Assert.Equal(["ҚР және шетелде қонақ үйлерді брондау", "Автокөлік қызметтерін брондау: трансфер, автокөлікті жалға алу, такси"],
            Seed.Card(11).LaborFunctions.Select(lf => lf.Title));                                // L138, L144
        Assert.True(Seed.HasWarning(69, "worded differently"));                                  // «жеткізушілерлің» vs L56 «жеткізушілердің»
    }

    [Fact]
    public void Reads_skills_from_fragments_and_inline_lists()
    {
        var s1 = Seed.Card(9).LaborFunctions[0].Skills[0];
        Assert.Equal("Бөлімде жұмысты ұйымдастыру және бөлу", s1.Title);                          // L58, same row as the LF heading
        Assert.Equal(5, s1.Abilities.Count);                                                       // L59 inline «1. … 5. …»
        Assert.Equal(5, s1.Knowledge.Count);                                                       // L61 <li> items
        Assert.Equal("Персоналды басқару әдістері.", s1.Knowledge[0].Text);
        var s3 = Seed.Card(10).LaborFunctions[0].Skills[2];
        Assert.Equal(8, s3.Knowledge.Count);                                                       // L106: knowledge in the recognition row
        Assert.Equal(2, Seed.Card(11).LaborFunctions[0].Skills.Count);                            // L144: recognition glued to LF2
        var c12 = Seed.Card(12).LaborFunctions[0].Skills[0];
        Assert.Equal(3, c12.Knowledge.Count);                                                      // L173 «Білімдер: 1. … 2. … 3. …»
        Assert.Equal("Графиктер жүйесі.", c12.Knowledge[2].Text);
    }

    [Fact]
    public void Splits_run_on_other_names_and_competencies()
    {
        var names = Seed.Card(9).OtherNames;                                                       // L53
        Assert.Equal("1439-1-001", names[0].Code);
        Assert.Equal("Туристік агенттіктің жетекшісі", names[0].Name);
        Assert.All(names, n => Assert.Matches(@"^\d{4}-\d-\d{3}$", n.Code!));
        Assert.Equal("Зал (көрме, демонстрациялық және т. б.) директоры (меңгерушісі)", names[1].Name);
        Assert.Equal("Көшбасшылық қасиеттер", Seed.Card(9).PersonalCompetencies[0].Text);        // L78
        Assert.Equal("Жоғары білім", Seed.Card(12).PersonalCompetencies[0].Text);                 // L187, kept as printed
        Assert.True(Seed.HasWarning(187, "education requirement"));
    }

    [Theory]
    [InlineData(9, "7 Туристік кәсіпорынның бірінші басшысының орынбасары|6 MICE қызметтер менеджері")]                          // L81–82
    [InlineData(10, "7 Корпоративтік және MICE қызметтерді брондау бөлімінің басшысы|5 Корпоративтік қызметтерді ұйымдастыру менеджері")] // L121–122
    [InlineData(11, "7 Корпоративтік және MICE қызметтерді брондау бөлімінің басшысы|5 Корпоративтік қызметтерді ұйымдастыру менеджері")] // L154–155
    [InlineData(12, "6 MICE қызметтер менеджері|6 Негізгі / корпоративтік клиенттермен жұмыс менеджері|4 Туризм жөніндегі менеджер")]      // L190–192
    public void Reads_every_link_row(int paragraph, string rows)
    {
        Assert.Equal(rows.Split('|'), Seed.Card(paragraph).Links.Select(l => $"{l.Level} {l.Name}"));
        Assert.All(Seed.Card(paragraph).Links, l => Assert.Null(l.Code));
    }

    [Fact]
    public void Flags_the_swapped_cards()
    {
        // ¶12 repeats ¶11's purpose (L134 = L168): the guide's "contents look swapped".
        Assert.Contains(Seed.Document.Warnings, w => w.Line == 156 && w.Message.Contains("repeats the purpose of ¶11"));
        Assert.Equal(Seed.Card(11).Purpose, Seed.Card(12).Purpose);
    }

    [Fact]
    public void Every_numbered_item_line_lands_in_exactly_one_list()
    {
        foreach (var card in Seed.Document.Cards)
        {
            var audit = ListAudit.Audit(card, Seed.Lines);
            Assert.True(audit.IsClean, $"¶{card.Paragraph}: unassigned {string.Join(", ", audit.Unassigned.Select(l => l.Lines))}; multiple {string.Join(", ", audit.MultiplyAssigned.Select(l => l.Lines))}");
        }
    }

    [Fact]
    public void A_list_printed_inline_as_a_whole_is_the_layout_not_a_slip()
    {
        // L56 «1. Бөлім жұмысын … 2. Қызметтердің … 3. Тендерлерге қатысу»: the whole LF list on one line, read as 3 items
        Assert.Equal(3, Seed.Card(9).LaborFunctions.Count);
        Assert.DoesNotContain(Seed.Document.Warnings, w => w.Message.Contains("printed on one line"));
    }

    [Fact]
    public void Items_run_together_inside_a_list_printed_one_per_line_are_still_warned()
    {
        // kk reference-info L2034 «4) …; 5) …» after items 1–3 on their own lines; employment L518 items 1–2, then 3, 4
        Assert.True(Seeds.Parse(Seeds.KkReference).HasWarning(2034, "items 4–5 printed on one line"));
        Assert.True(Seeds.Parse(Seeds.KkEmployment).HasWarning(518, "items 1–2 printed on one line"));
    }
}
