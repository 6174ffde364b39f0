namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Model;
using Xunit;
using static CareerGraph.Standards.Tests.Register.RegisterSeed;
using static CareerGraph.Standards.Tests.Register.RegisterActs;

/// <summary>
/// The links table of every card, as printed, in register seeds whose link rows the parser audit
/// (staging/audit/compare.py) found misread: one link per printed name, nothing after the table's end. Each count
/// cites the line of the table's row in the seed.
/// </summary>
public sealed class LinkTableSeedTests
{
    private static string Describe(ProfessionLink l) => $"{l.Level?.ToString() ?? "-"} {l.Name} L{l.Lines.First}-{l.Lines.Last}";

    [Fact]
    public void Psychology_2019_kk_one_link_per_printed_name_and_the_handbook_row_is_not_a_link()
    {
        var doc = Extract($"{Enbek131993}/kaz.md");
        // One row per card: the level cell, then one name a line. Rows at L374 L600 L795 L896 L1103 L1242 L1321 L1475
        // L1649 L1803 L1952 L2102 L2230 L2331 L2401 L2585 L2788 L2857 L3028 L3256 L3410 L3506 L3632 L3774 L3881 L4005
        // L4129 L4243 L4359 L4477; the next row, «БА-мен байланысы» (L379 …), quotes the handbook.
        Assert.Equal([1, 1, 2, 1, 1, 1, 1, 2, 1, 2, 3, 3, 3, 1, 1, 1, 1, 2, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1],
            doc.Cards.Select(c => c.Links.Count));
        Assert.Equal(["5 Әлеуметтік жұмыс жөніндегі маман L375-376"], doc.Cards[0].Links.Select(Describe)); // L374–376
        Assert.StartsWith("Әлеуметтік қызметкер", doc.Cards[0].Handbook);                                     // L379–381
        Assert.Equal(["7 Дәрігер L2103-2105", "7 Сарапшы L2103-2106", "7 Құрылымдық бөлімшенің басшысы L2103-2107"],
            doc.Cards[11].Links.Select(Describe));                                                            // L2102–2107
        Assert.DoesNotContain(doc.Cards.SelectMany(c => c.Links), l => l.Name.Contains("байланыс", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Psychology_2019_ru_a_level_range_with_three_names_is_three_links()
    {
        var doc = Extract($"{Enbek131993}/rus.md");
        var card = doc.Cards[12];                                                       // L2076 «Врач медико-социальной экспертизы» 7
        Assert.Equal(2076, card.Lines.First);
        // L2180–2186: «7-8 уровни», then three names, one a line (the next row «Связь с КС» L2189 repeats them).
        Assert.Equal(
            ["Руководитель учреждения (организации)",
             "Руководитель структурного подразделения организации здравоохранения (главный врач, директор, старший врач, заведующий, начальник)",
             "Заведующий клиническим (параклиническим) подразделением"],
            card.Links.Select(l => l.Name));
        Assert.All(card.Links, l => Assert.Equal(7, l.Level));
    }

    [Fact]
    public void Social_protection_2023_kk_a_misprinted_level_keeps_both_rows_without_a_level()
    {
        var doc = Extract($"{Enbek183438}/kaz.md");
        var card = doc.Cards[8];                                                        // L1198 «Пенитенциарлық жүйеде …» 6
        Assert.Equal(1198, card.Lines.First);
        // L1255–1259: «СБШ шеңберіндегі басқа кәсіптермен байланыс | 7 де4гей | two names»; not corrected to 7.
        Assert.Equal(
            ["- Қылмыстық-атқару жүйесі мекемесінің консультанты L1256-1258", "- Құрылымдық бөлімшенің басшысы L1256-1259"],
            card.Links.Select(Describe));
        Assert.All(card.Links, l => Assert.Equal("7 де4гей", l.LevelPrinted));
        Assert.Contains(doc.Warnings, w => w.Line == 1256 && w.Message.Contains("«7 де4гей»", StringComparison.Ordinal));
    }

    [Fact]
    public void The_unread_level_cell_round_trips_through_the_export_and_matches_the_schema()
    {
        var doc = Extract($"{Enbek183438}/kaz.md");
        using var stream = new MemoryStream();
        CareerGraph.Standards.Export.ExtractWriter.Write(stream, [doc]);
        using var json = System.Text.Json.JsonDocument.Parse(stream.ToArray());
        Assert.Empty(CareerGraph.Standards.Tests.Export.ExtractSchema.Violations(json.RootElement));
        stream.Position = 0;
        var back = Assert.Single(CareerGraph.Standards.Export.ExtractReader.Read(stream));
        Assert.Equal(doc.Cards[8].Links, back.Cards[8].Links, (a, b) => a.Level == b.Level && a.LevelPrinted == b.LevelPrinted && a.Name == b.Name);
        Assert.Equal("7 де4гей", back.Cards[8].Links[0].LevelPrinted);                 // L1256
        Assert.Null(back.Cards[9].Links[0].LevelPrinted);                               // the card at L1279 prints «8 деңгей» (L1440)
    }

    [Fact]
    public void Pensions_2024_kk_one_link_per_card_under_its_column_headers()
    {
        var doc = Extract($"{Enbek202265}/kaz.md");
        // Each table prints a header row «СБШ деңгейі: | Мамандық атауы:» and ONE row of values (rowspan 2):
        // rows at L381/L386, L605/L610, L836/L841, L1046/L1051, L1283/L1288.
        Assert.Equal([1, 1, 1, 1, 1], doc.Cards.Select(c => c.Links.Count));
        Assert.Equal(["5 Халықты әлеуметтік қорғау ұйымдарындағы маман L387-388"], doc.Cards[0].Links.Select(Describe));
        Assert.Equal(["8.3.-1", "8.3.-2", "8.3.-1", "8.3.-4"], doc.Cards[2].Links[0].Items);                  // L843–844, repeat as printed
        Assert.Equal("Ұйымның құрылымдық бөлімшесінің басшысы", doc.Cards[2].Links[0].Name);                 // L846
    }
}
