namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>seeds/kk_employment-assistance_2025.txt: one-cell-per-line, the same tab-line serialisation (guide §2.4).</summary>
public class KkEmploymentTests
{
    private static ParsedSeed Seed => Seeds.Parse(Seeds.KkEmployment);

    [Fact]
    public void Reads_document_metadata()
    {
        var d = Seed.Document;
        Assert.Equal("tab-cells", Seed.Reader.Family);
        Assert.Equal(Language.Kk, d.Language);
        Assert.Equal("Жұмыспен қамтуға жәрдемдесу", d.Title);                                           // L80
        Assert.Equal("N78100", d.Code);                                                                    // L82 «коды – N78100.»
        Assert.Equal(["N", "78", "78.1", "78.10", "78.10.0", "78.2", "78.20", "78.20.0"], d.Oked);         // L84–145
        Assert.Equal("2-нұсқа, 2025", d.Version);                                                          // L8671
        Assert.Contains("№ 296", d.Approval);                                                               // L2
    }

    // ¶, heading line, title, level, group, occupation, skills per LF; guide §2.4, lines cited in the table.
    public static TheoryData<int, int, string, int, string, string?, string> CardTable => new()
    {
        { 9, 193, "Жұмыспен қамту қызметінің басшысы", 6, "1210-0", null, "M2 M2 M2 A4" },                        // L193, L198, L213
        { 10, 651, "Жұмыспен қамту қызметінің құрылымдық бөлімшесінің басшысы", 5, "1222-0", null, "M2 M2 M2 A4" }, // L651 heading cut short
        { 11, 1106, "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 4, "3333-0", null, "M2 M2 M2" },
        { 12, 1511, "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 5, "3333-0", null, "M2 M2 M2" },
        { 13, 1918, "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", 6, "3333-0", null, "M2 M2 M2" },
        { 14, 2385, "Жұмыс берушілермен өзара іс-қимыл жөніндегі маман", 4, "3333-0", null, "M2 M3 A4" },         // occupation printed «-»
        { 15, 2872, "Жұмыс берушілермен өзара іс-қимыл жөніндегі маман", 5, "3333-0", null, "M2 M3 A4" },
        { 16, 3359, "Жұмыс берушілермен өзара іс-қимыл жөніндегі маман", 6, "3333-0", null, "M2 M3 A4" },
        { 17, 3928, "Кәсіптік даярлау жөніндегі маман", 4, "3333-0", null, "M2 M3 M3 A4" },
        { 18, 4516, "Кәсіптік даярлау жөніндегі маман", 5, "3333-0", null, "M2 M3 M3 A4" },
        { 19, 5106, "Кәсіптік даярлау жөніндегі маман", 6, "3333-0", null, "M2 M3 M3 A4" },
        { 20, 5784, "Еңбек нарығының талдаушысы", 6, "2631-0", null, "M2 M2" },
        { 21, 6029, "Жұмысқа орналастыру жөніндегі консультант", 4, "3333-0", "3333-0-009", "M2 A4" },
        { 22, 6349, "Әлеуметтік жұмыс жөніндегі консультант", 4, "3412-0", null, "M2 M2 M2 M2 A4" },
        { 23, 6951, "Әлеуметтік жұмыс жөніндегі консультант", 5, "3412-0", null, "M2 M2 M2 M2 A4" },
        { 24, 7553, "Әлеуметтік жұмыс жөніндегі консультант", 6, "3412-0", null, "M2 M2 M2 M2 A4" },
        { 25, 8251, "Әлеуметтік жұмыс жөніндегі ассистент", 4, "3412-0", null, "M2 M2 A4" },
    };

    [Theory]
    [MemberData(nameof(CardTable))]
    public void Reads_card_header_and_structure(int paragraph, int line, string title, int level, string group, string? occupation, string shape)
    {
        var card = Seed.Card(paragraph);
        Assert.Equal(line, card.Lines.First);
        Assert.Equal(title, card.Title);
        Assert.Null(card.NameField);
        Assert.Equal(level, card.Level);
        Assert.Equal(group, card.GroupCode);
        Assert.Equal(occupation, card.OccupationCode);
        Assert.Equal(shape, KkReferenceInfoTests.Shape(card));
        Assert.Null(card.Experience);   // no experience row in employment
    }

    [Fact]
    public void Has_seventeen_cards_and_thirty_one_links()
    {
        Assert.Equal(17, Seed.Document.Cards.Count);
        Assert.Equal(31, Seed.Document.Cards.Sum(c => c.Links.Count));
        Assert.All(Seed.Document.Cards.SelectMany(c => c.Links), l => Assert.Null(l.Code));
    }

    [Theory]
    [InlineData(9, "7 Жұмыспен қамту қызметінің басшысы")]                                            // L648
    [InlineData(10, "6 Жұмыспен қамту қызметінің құрылымдық бөлімшесінің басшысы")]                   // L1103
    [InlineData(11, "5 Жұмыспен қамтуға жәрдемдесу жөніндегі маман|6 Жұмыспен қамтуға жәрдемдесу жөніндегі маман")] // L1506–1508
    [InlineData(20, "6 Жұмыспен қамту қызметінің басшысы")]                                           // L6026
    [InlineData(21, "4 Жұмыспен қамтуға жәрдемдесу жөніндегі маман|5 Жұмыспен қамтуға жәрдемдесу жөніндегі маман")] // L6344–6346
    [InlineData(25, "4 Әлеуметтік жұмыс жөніндегі консультант|5 Әлеуметтік жұмыс жөніндегі консультант")] // L8644–8646
    public void Reads_name_level_link_rows(int paragraph, string rows) =>
        Assert.Equal(rows.Split('|'), Seed.Card(paragraph).Links.Select(l => $"{l.Level} {l.Name}"));

    [Fact]
    public void Family_cards_link_to_their_other_levels()
    {
        // Guide §2.4: within each family every card points at the other two levels.
        foreach (var family in new[] { new[] { 11, 12, 13 }, [14, 15, 16], [17, 18, 19], [22, 23, 24] })
            foreach (var p in family)
            {
                var card = Seed.Card(p);
                var others = family.Where(o => o != p).Select(o => Seed.Card(o).Level!.Value);
                Assert.Equal(others, card.Links.Select(l => l.Level!.Value));
                Assert.All(card.Links, l => Assert.Equal(card.Title, l.Name));
            }
    }

    [Fact]
    public void Reads_label_and_value_on_one_line_and_on_two()
    {
        var c9 = Seed.Card(9);
        Assert.Equal("Қызмет көрсету бойынша жұмыспен қамту қызметінің жұмысын ұйымдастыру", c9.LaborFunctions[0].Skills[1].Title); // L323 «2-дағды: title»
        Assert.Equal("Жұмыспен қамту қызметінің жұмысын жоспарлау және ұйымдастыру", c9.LaborFunctions[0].Title);                // L278 label, L280 title
        Assert.Equal(LaborFunctionKind.Additional, c9.LaborFunctions[3].Kind);                                                    // L495 «Қосымша 1- еңбек функциясы:»
        Assert.Equal(7, c9.LaborFunctions[0].Skills[0].Abilities.Count);                                                          // L288–300
        Assert.Equal(4, c9.LaborFunctions[0].Skills[0].Knowledge.Count);                                                          // L307–313
        Assert.Equal(["Стратегиялық ойлау", "Шешім қабылдау", "Бастама", "Мақсаттарға жету", "Көшбасшылық"], c9.PersonalCompetencies.Select(p => p.Text)); // L630–638
        Assert.Empty(c9.StandardsRefs);                                                                                           // L641–643 empty
    }

    [Fact]
    public void Keeps_the_sub_level_row_as_printed_and_counts_merged_items()
    {
        var c9 = Seed.Card(9);
        Assert.StartsWith("\"Халықты әлеуметтік қорғау", c9.Sublevel);   // L218: ¶9 uses the sub-level row for the КС reference
        Assert.Null(c9.TypicalQualification);
        var lf = c9.LaborFunctions[3];
        Assert.Equal(4, lf.Skills[0].Knowledge.Count);                    // L518 holds items 1 and 2, then L520, L522
        Assert.Equal("Этикалық стандарттар.", lf.Skills[0].Knowledge[1].Text);
        Assert.Equal(5, lf.Skills[1].Knowledge.Count);                    // L551 holds items 1–3 («2.Жұмыспен» without a space)
        Assert.True(Seed.HasWarning(551, "items 1–3"));
    }

    [Fact]
    public void Counts_printed_items_across_a_numbering_gap()
    {
        var skill = Seed.Card(18).LaborFunctions.SelectMany(lf => lf.Skills).Single(s => s.Knowledge.Any(k => k.Lines.First == 4793));
        Assert.Equal(5, skill.Knowledge.Count);                            // L4793–4801 printed 1, 2, 3, 5, 6
        Assert.True(Seed.HasWarning(4799, "numbering gap"));
    }

    [Fact]
    public void Keeps_category_blocks_apart_from_plain_abilities()
    {
        var c11 = Seed.Card(11);
        Assert.Equal(["Санатсыз", "Мансаптық кеңесші"], c11.Categories.Select(c => c.Name));     // L1140, L1142
        var none = c11.Categories[0];
        Assert.Empty(none.Abilities);
        Assert.StartsWith("техникалық және кәсіптік (арнайы орта, кәсіптік орта) білім, мамандығы бойынша", none.Requirements); // L1140
        var counsellor = c11.Categories[1];
        Assert.StartsWith("техникалық және кәсіптік", counsellor.Requirements);                  // L1142
        Assert.Equal(12, counsellor.Abilities.Count);      // dash lists L1227–1231 (3), L1326–1334 (5, «…машықтары:» L1324), L1383–1389 (4)
        Assert.Equal(1227, counsellor.Abilities[0].Lines.First);
        Assert.Equal(new LineRange(1225, 1389), counsellor.Lines);
        Assert.Equal(7, c11.LaborFunctions[0].Skills[0].Abilities.Count);     // L1211–1223, the numbered list only

        var c13 = Seed.Card(13);
        Assert.Equal(["Санатсыз", "Мансаптық кеңесші", "Кейс-менеджер", "Тәлімгер"], c13.Categories.Select(c => c.Name)); // L1952–1958
        var mentor = c13.Categories.Single(c => c.Name == "Тәлімгер");
        Assert.Equal("алғашқы бағалау", mentor.Abilities[2].Text[..15]);    // L2063 «--алғашқы…»
        Assert.StartsWith("жоғары (немесе жоғары оқу орнынан кейінгі) білім (әлеуметтік", mentor.Requirements); // L1958
        Assert.Empty(Seed.Card(9).Categories);                                // no categories outside the specialist families
    }

    [Fact]
    public void Records_source_errors_as_warnings()
    {
        Assert.True(Seed.HasWarning(422, "worded differently"));          // ¶9 LF3: L269 vs L424
        Assert.Contains(Seed.Document.Warnings, w => w.Message.StartsWith("¶19") && w.Message.Contains("identical abilities"));
        Assert.True(Seed.HasWarning(3056, "«4,»"));
        Assert.True(Seed.HasWarning(5029, "without a dot"));                // «1 » (guide §3.4)
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
    public void Passport_list_rows_split_on_the_last_dash()
    {
        var front = Seed.Lines.TakeWhile(l => l.Lines.First < 191).ToList();   // chapter 3 starts at L191
        var rows = PassportCards.Read(front, new List<SourceWarning>());
        Assert.Equal(17, rows.Count);                                            // L158–190, «Title – СБШ N-деңгей;»
        Assert.Equal(("Жұмыс берушілермен өзара іс-қимыл жөніндегі маман", (int?)4), (rows[5].Title, rows[5].Level)); // L168, hyphen in the title
        Assert.Equal(Seed.Document.Cards.Select(c => c.Level), rows.Select(r => r.Level));
    }
}
