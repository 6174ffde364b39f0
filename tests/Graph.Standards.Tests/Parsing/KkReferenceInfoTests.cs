namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>seeds/kk_reference-information-services_2025.txt: tab-separated HTML-table text (guide §2.2).</summary>
public class KkReferenceInfoTests
{
    private static ParsedSeed Seed => Seeds.Parse(Seeds.KkReference);

    [Fact]
    public void Is_read_as_tab_cells() => Assert.Equal("tab-cells", Seed.Reader.Family);

    [Fact]
    public void Reads_document_metadata()
    {
        var d = Seed.Document;
        Assert.Equal(Language.Kk, d.Language);
        Assert.Equal("Анықтамалық-ақпараттық қызметтердің қызметі", d.Title); // L98
        Assert.Null(d.Code);                                                 // L100: empty
        Assert.Equal(["J", "62", "62.0", "62.02", "62.02.0"], d.Oked);       // L104–112
        Assert.True(Seed.HasWarning(110, "glued"));                          // «62. 02қпараттық»
        Assert.Equal("Нұсқа 1, 2025 г.", d.Version);                         // L9281
        Assert.Contains("№ 394/НҚ", d.Approval);                             // L6
        Assert.False(d.Repealed);
    }

    // ¶, heading line, heading title, name field when different, level, group, occupation, skills per LF (M… then A…)
    public static TheoryData<int, int, string, string?, int, string, string, string> CardTable => new()
    {
        { 9, 139, "Call-орталық қызметкері", null, 3, "4224-5", "4224-5-003", "M3 M6 A4" },                     // L139, L144, L149, L159
        { 10, 900, "Call-орталығының операторы", null, 4, "4224-5", "4224-5-003", "M3 M6 M5 A4" },
        { 11, 1905, "Қолдау қызметінің талдаушысы", "Анықтама үстелінің талдаушысы", 4, "3512-1", "3512-1-001", "M4 M3 M2" },
        { 12, 2486, "Байланыс торабының бақылаушысы", "Байланыс түйінінің контроллері", 4, "4223-0", "4223-0-002", "M3 M1 A3" },
        { 13, 2949, "Әкімші", null, 5, "3349-0", "3349-0-001", "M7 M3 M7 M5 A2" },
        { 14, 4323, "Call-орталықтың басшысы (басқарушысы)", null, 6, "1234-2", "1234-2-001", "M5 M6 M3 A3" },
        { 15, 5258, "Көрсетілетін қызметтердің сапасын талдау және бақылау жөніндегі маман", "Ұсынылатын қызметтердің сапасын талдау және бақылау жөніндегі маман", 6, "2421-0", "2421-0-013", "M4 M4 A3 A1" },
        { 16, 5970, "Экономист-аналитик", null, 6, "2631-0", "2631-0-001", "M8 M1 M2" },
        { 17, 6671, "(Басқа салаларға маманданған) топ жетекшісі", null, 6, "1329-1", "1329-1-050", "M7 M4 M7 A7 A4" },
        { 18, 8297, "Call-орталықтың басшысы (басқарушысы)", null, 7, "1234-2", "1234-2-001", "M5 M5 A4 A3" },
    };

    [Fact]
    public void Has_ten_cards_in_order()
    {
        Assert.Equal([9, 10, 11, 12, 13, 14, 15, 16, 17, 18], Seed.Document.Cards.Select(c => c.Paragraph ?? 0));
        Assert.Equal(Enumerable.Range(1, 10), Seed.Document.Cards.Select(c => c.Seq));
        Assert.Equal("kk_reference-information-services_2025/1", Seed.Document.Cards[0].Id);
    }

    [Theory]
    [MemberData(nameof(CardTable))]
    public void Reads_card_header_and_structure(int paragraph, int line, string title, string? nameField, int level, string group, string occupation, string shape)
    {
        var card = Seed.Card(paragraph);
        Assert.Equal(line, card.Lines.First);
        Assert.Equal(title, card.Title);
        Assert.Equal(nameField, card.NameField);
        Assert.Equal(level, card.Level);
        Assert.Equal(group, card.GroupCode);
        Assert.Equal(occupation, card.OccupationCode);
        Assert.Equal(shape, Shape(card));
        Assert.Null(card.Sublevel);
    }

    internal static string Shape(Card card) => string.Join(" ", card.LaborFunctions.Select(lf =>
        (lf.Kind == LaborFunctionKind.Mandatory ? "M" : "A") + lf.Skills.Count));

    [Fact]
    public void Labour_function_and_skill_numbers_follow_the_print()
    {
        foreach (var card in Seed.Document.Cards)
            foreach (var group in card.LaborFunctions.GroupBy(lf => lf.Kind))
            {
                Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(lf => lf.N));
                foreach (var lf in group)
                {
                    Assert.Equal(Enumerable.Range(1, lf.Skills.Count), lf.Skills.Select(s => s.N));
                    Assert.All(lf.Skills, s => Assert.NotEmpty(s.Title));
                    Assert.All(lf.Skills, s => Assert.NotEmpty(s.Abilities));
                    Assert.All(lf.Skills, s => Assert.NotEmpty(s.Knowledge));
                    Assert.NotEmpty(lf.Title);
                }
            }
    }

    [Fact]
    public void Reads_titles_on_the_heading_line_or_the_next()
    {
        var c9 = Seed.Card(9);
        Assert.Equal("Клиенттерге ақпараттық және анықтамалық қолдау көрсету", c9.LaborFunctions[0].Title); // L245 label, L247 title
        Assert.Equal("Бекітілген сценарийлер мен қызмет сапасы стандарттарына сәйкес клиенттің сұрауларын өңдеу", c9.LaborFunctions[0].Skills[0].Title); // L249 inline
        var c10 = Seed.Card(10);
        Assert.Equal("Кәсіпорын клиенттерінен түскен шағымдар мен шағымдарды қабылдау және тіркеу", c10.LaborFunctions[2].Title); // L1444 «Еңбек функциясы 3. …»
    }

    [Fact]
    public void Counts_printed_items_and_splits_merged_ones()
    {
        var c9 = Seed.Card(9);
        Assert.Equal(3, c9.LaborFunctions[0].Skills[0].Abilities.Count);   // L258–262
        Assert.Equal(4, c9.LaborFunctions[0].Skills[0].Knowledge.Count);   // L273–279
        var s = Seed.Card(11).LaborFunctions[0].Skills[0];
        Assert.Equal(5, s.Abilities.Count);                                 // L2026–2034, items 4 and 5 share L2034
        Assert.Equal(2034, s.Abilities[4].Lines.First);
        Assert.StartsWith("статистикалық пакетке", s.Abilities[4].Text);
        Assert.True(Seed.HasWarning(2034, "items 4–5"));
        Assert.True(Seed.HasWarning(7893, "items 5–6"));                   // no separator before «6)»
        Assert.True(Seed.HasWarning(5744, "number missing"));              // «) …»
        Assert.True(Seed.HasWarning(3483, "printed twice"));               // «1)1)»
        var doubled = Seed.Card(13).LaborFunctions.SelectMany(lf => lf.Skills).SelectMany(sk => sk.Abilities).Single(a => a.Lines.First == 3483);
        Assert.StartsWith("бақылаудың әртүрлі нысандарын", doubled.Text);
    }

    [Fact]
    public void Reads_other_names_in_both_printed_forms()
    {
        var dashed = Seed.Card(9).OtherNames;                                // L199–213 «code - name;»
        Assert.Equal(8, dashed.Count);
        Assert.Equal(new OtherName("4223-0-003", "Контакт орталығының байланыс операторы", LineRange.Single(199)), dashed[0]);
        Assert.Equal("Call-орталық маманы", dashed[^1].Name);
        var spaced = Seed.Card(10).OtherNames;                               // L960–974 «code name»
        Assert.Equal(8, spaced.Count);
        Assert.Equal(("4223-0-003", "Байланыс орталығының операторы"), (spaced[0].Code, spaced[0].Name));
        Assert.Equal("2421-0-013", Seed.Card(16).OtherNames[0].Code);        // L6036: the code of sibling ¶15
    }

    // Every link row: ¶ → (level, code as printed, name as printed); guide §2.2, verified against the lines cited.
    public static TheoryData<int, string> LinkTable => new()
    {
        { 9, "4 4224-5-003 Байланыс орталығының операторы|4 4223-0-002 Байланыс түйінінің контроллері|4 3512-1-001 Анықтама үстелінің талдаушысы" },  // L881–897
        { 10, "4 4223-0-002 Байланыс торабының бақылаушысы|4 3512-1-001 Қолдау қызметінің талдаушысы|5 3349-0-001 Әкімші" },                           // L1886–1902
        { 11, "4 4224-5-003 Колл-орталық операторы|4 4223-0-002 Байланыс түйінінің контроллері|5 3349-0-001 Әкімші" },                                 // L2467–2483
        { 12, "4 4224-5-003 Колл-орталық операторы|4 3512-1-001 Қолдау қызметінің талдаушысы|5 3349-0-001 Әкімші" },                                   // L2930–2946
        { 13, "4 4224-5-003 Колл-орталық операторы|6 2421-0-013 Көрсетілетін қызметтердің сапасын талдау және бақылау жөніндегі маман|6 2631-0-001 Талдаушы|6 1329-1-050 Басқа салаларға мамандандырылған топ жетекшіс" }, // L4297–4320
        { 14, "6 2421-0-013 Қызмет көрсетудің сапасын талдау және бақылау маманы|6 2631-0-001 Аналитик|6 1329-1-050 Тобының жетекшісі (басқа салаларға маманданған)|7 1234-2-001 Call-орталық басшысы (басқарушы)" }, // L5232–5255
        { 15, "4 4224-5-003 Оператор колл-центра|6 2631-0-001 Аналитик|6 1329-1-050 (Басқа салаларға маманданған) топ жетекшісі|6 1234-2-001 Байланыс орталығының басшысы (менеджері)." }, // L5944–5967
        { 16, "4 4224-5-003 Колл-орталық операторы|6 2421-0-013 Көрсетілетін қызметтердің сапасын талдау және бақылау маманы|6 11329-1-050 (Басқа салаларға маманданған) топ жетекшісі|6 1234-2-001 Колл-орталық басшысы (басқарушы)" }, // L6645–6668
        { 17, "4 4224-5-003 Оператор колл-центра|6 2421-0-013 Ұсынылатын қызметтердің сапасын талдау және бақылау жөніндегі маман|6 2631-0-001 Аналитик|6 1234-2-001 Колл-орталық басшысы (басқарушы)" }, // L8271–8294
        { 18, "6 2421-0-013 Қызмет көрсетудің сапасын талдау және бақылау маманы|6 2631-0-001 Аналитик|6 1329-1-050 Топ жетекшісі (басқа салаларға маманданған)" }, // L9220–9236
    };

    [Theory]
    [MemberData(nameof(LinkTable))]
    public void Reads_every_link_row(int paragraph, string rows)
    {
        var printed = Seed.Card(paragraph).Links.Select(l => $"{l.Level} {l.Code} {l.Name}");
        Assert.Equal(rows.Split('|'), printed);
    }

    [Fact]
    public void Has_thirty_five_links_and_flags_the_code_typo()
    {
        Assert.Equal(35, Seed.Document.Cards.Sum(c => c.Links.Count));
        Assert.True(Seed.HasWarning(6661, "11329-1-050"));
        Assert.Equal(new LineRange(881, 883), Seed.Card(9).Links[0].Lines);
    }

    [Fact]
    public void Records_source_errors_as_warnings()
    {
        Assert.True(Seed.HasWarning(1963, "repeats the experience"));   // ¶11 L1958 = L1963
        Assert.True(Seed.HasWarning(6029, "garbage"));                   // «…байланыс:тің атауы:»
        Assert.True(Seed.HasWarning(6724, "garbage"));
        Assert.NotNull(Seed.Card(11).Experience);                        // both fields kept as printed
    }

    [Fact]
    public void Reads_personal_competencies_and_standards()
    {
        var c9 = Seed.Card(9);
        Assert.Equal(7, c9.PersonalCompetencies.Count);                        // L864, comma-separated
        Assert.Equal("Тұтынушыға бағдарлану", c9.PersonalCompetencies[0].Text);
        Assert.StartsWith("СТ РК ISO 18295-1-2020", Assert.Single(c9.StandardsRefs).Text); // L869
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
    public void Passport_list_agrees_with_the_cards()
    {
        var front = Seed.Lines.TakeWhile(l => l.Lines.First < 137).ToList();   // chapter 3 starts at L137
        var rows = PassportCards.Read(front, new List<SourceWarning>());
        Assert.Equal(10, rows.Count);                                            // L118–136, «Title - N СБШ-нің деңгейі»
        Assert.Equal(("Call-орталық қызметкері", (int?)3), (rows[0].Title, rows[0].Level));
        Assert.Equal(Seed.Document.Cards.Select(c => (c.Title, c.Level)), rows.Select(r => (r.Title, r.Level)));
        Assert.DoesNotContain(Seed.Document.Warnings, w => w.Message.Contains("passport list"));
    }

    [Fact]
    public void A_list_entry_garbled_with_its_own_number_is_warned()
    {
        // L2000 «3.Тұтынушылардың сұраныстарының көлемін 3. Тұтынушыларға …» (guide §3.4), kept as printed
        Assert.True(Seed.HasWarning(2000, "garbled entry"));
        Assert.Single(Seed.Document.Warnings, w => w.Message.Contains("garbled entry"));
    }
}
