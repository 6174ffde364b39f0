namespace CareerGraph.Standards.Tests.Pdf;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using Xunit;

/// <summary>What the label-driven card parser needs from the reader: header labels with their values, and link rows.</summary>
public sealed partial class PdfCardShapeTests
{
    private static ReadResult Ru => PdfSeeds.Ru;

    [Fact]
    public void The_ten_card_headings_are_lines_of_their_own()
    {
        // guide §2.3: ¶8 L154, 10 L808, 11 L1946, 12 L2461, 13 L2906, 14 L4175, 15 L5031, 16 L5899, 17 L6554, 18 L8059
        var headings = Ru.Lines.Where(l => CardHeading().IsMatch(l.Text)).Select(l => l.Lines.First);
        Assert.Equal([154, 808, 1946, 2461, 2906, 4175, 5031, 5899, 6554, 8059], headings);
    }

    [Theory]
    // ¶8: L159, L165, L171, L177
    [InlineData(154, "4224-5", "4224-5-003", "Оператор Call-центра", "3")]
    // ¶10: L810 flattened, L816, L821 printed «Call -центра», L827
    [InlineData(808, "4224-5", "4224-5-003", "Оператор Call -центра", "4")]
    // ¶11: L1948, L1956, L1961, L1967
    [InlineData(1946, "3512-1", "3512-1-001", "Аналитик службы поддержки", "4")]
    // ¶12: L2463, L2468, L2473, L2479
    [InlineData(2461, "4223-0", "4223-0-002", "Контролер узла связи", "4")]
    // ¶13: L2908, L2910, L2912 (all flattened), L2917
    [InlineData(2906, "3349-0", "3349-0-001", "Администратор", "5")]
    // ¶14: L4177–4180 «К о д / группы:», L4187, L4197 «…Call-центр», L4204
    [InlineData(4175, "1234-2", "1234-2-001", "Руководитель (управляющий) Call-центр", "6")]
    // ¶16: L5901–5905 vertical, L5914, L5923, L5933
    [InlineData(5899, "2631-0", "2631-0-001", "Экономист-аналитик", "6")]
    // ¶17: L6556, L6558, L6560 (flattened), L6565
    [InlineData(6554, "1329-1", "1329-1-050", "Руководитель группы (специализированной в прочих отраслях)", "6")]
    // ¶18: L8061, L8066, L8071, L8076
    [InlineData(8059, "1234-2", "1234-2-001", "Руководитель (управляющий) Call-центр", "7")]
    public void Card_header_labels_carry_their_values(int heading, string group, string occupation, string name, string level)
    {
        var card = Ru.Card(heading);
        Assert.Equal(group, ValueAfter(card, "Код группы:"));
        Assert.Equal(occupation, ValueAfter(card, "Код наименования занятия:"));
        Assert.Equal(name, ValueAfter(card, "Наименование профессии:"));
        Assert.Equal(level, ValueAfter(card, "Уровень квалификации по ОРК:"));
    }

    [Fact]
    public void Paragraph_15_shows_its_lost_header()
    {
        // L5031–5045: the heading runs straight into scrambled letters; no group, occupation code or level is printed.
        var card = Ru.Card(5031);
        Assert.DoesNotContain(card, l => l.Text is "Код группы:" or "Код наименования занятия:" or "Уровень квалификации по ОРК:");
        // L5033–5045 «У / р / ф / о / н / о / б / ра / зо / ва / н / и / я:» lost letters but is still the education label,
        // followed by its sub-label (L5047).
        Assert.Equal(new LogicalLine("Уровень профессионального образования:", new LineRange(5033, 5045)), Ru.StartingAt(5033));
        Assert.Contains(Ru.Warnings, w => w.Line == 5033 && w.Message.Contains("letters lost"));
        Assert.Equal("Уровень образования:", Ru.StartingAt(5047).Text);
    }

    [Fact]
    public void Paragraph_15_link_label_and_rows_are_recovered_from_the_interleaving()
    {
        // L5852–5862 «С/вя/зь/с/д/р/уг/и/м/и/п», rows L5866–5897, the label's rest «р/о/ф/ес/си/…/К:» L5880–5892
        var card = Ru.Card(5031);
        var label = card.ToList().FindIndex(l => l.Text == "Связь с другими профессиями в рамках ОРК:");
        Assert.True(label >= 0);
        Assert.Equal(5852, card[label].Lines.First);
        Assert.Equal(
            [("4", "4224-5-003", 5866), ("6", "2631-0-001", 5869), ("6", "1329-1-050", 5871), ("6", "1234-2-001", 5894)],
            LinkRows(card).Select(r => (r.Level, r.Code, r.Line)));
        Assert.DoesNotContain(card, l => l.Text.Contains("рофесси", StringComparison.Ordinal) && l.Lines.First >= 5880);
    }

    [Fact]
    public void All_35_link_rows_read_as_level_code_name_lines()
    {
        // guide §2.3 / §4.1: the same (level, code) pairs as the kk file, row for row
        var expected = new Dictionary<int, string[]>
        {
            [154] = ["4 4224-5-003", "4 4223-0-002", "4 3512-1-001"],                       // L802–806
            [808] = ["4 4223-0-002", "4 3512-1-001", "5 3349-0-001"],                       // L1936–1944
            [1946] = ["4 4224-5-003", "4 4223-0-002", "5 3349-0-001"],                      // L2455–2459
            [2461] = ["4 4224-5-003", "4 3512-1-001", "5 3349-0-001"],                      // L2900–2904
            [2906] = ["4 4224-5-003", "6 2421-0-013", "6 2631-0-001", "6 1329-1-050"],      // L4165–4173
            [4175] = ["6 2421-0-013", "6 2631-0-001", "6 1329-1-050", "7 1234-2-001"],      // L5020–5029
            [5031] = ["4 4224-5-003", "6 2631-0-001", "6 1329-1-050", "6 1234-2-001"],      // L5866–5897
            [5899] = ["4 4224-5-003", "6 2421-0-013", "6 1329-1-050", "6 1234-2-001"],      // L6542–6552
            [6554] = ["4 4224-5-003", "6 2421-0-013", "6 2631-0-001", "6 1234-2-001"],      // L8050–8057
            [8059] = ["6 2421-0-013", "6 2631-0-001", "6 1329-1-050"],                      // L8881–8889
        };
        var rows = expected.Keys.ToDictionary(h => h, h => LinkRows(Ru.Card(h)).ToList());
        foreach (var (heading, pairs) in expected)
            Assert.Equal(pairs, rows[heading].Select(r => $"{r.Level} {r.Code}"));
        Assert.Equal(35, rows.Values.Sum(r => r.Count));
        Assert.All(rows.Values.SelectMany(r => r), r => Assert.Matches(@"^\p{Lu}", r.Name));
        // L5026–5027: a name wrapped over two lines is one row
        Assert.Contains(rows[4175], r => r.Name == "Руководитель группы (специализированной в прочих отраслях)" && r.Line == 5025);
    }

    private static string ValueAfter(IReadOnlyList<LogicalLine> card, string label)
    {
        var at = card.ToList().FindIndex(l => l.Text == label);
        Assert.True(at >= 0 && at + 1 < card.Count, $"no «{label}» in the card at {card[0].Lines}");
        return card[at + 1].Text;
    }

    private static IEnumerable<(string Level, string Code, string Name, int Line)> LinkRows(IReadOnlyList<LogicalLine> card)
    {
        var block = card.SkipWhile(l => l.Text != "Связь с другими профессиями в рамках ОРК:");
        foreach (var line in block)
            if (LinkRow().Match(line.Text) is { Success: true } row)
                yield return (row.Groups[1].Value, row.Groups[2].Value, row.Groups[3].Value, line.Lines.First);
    }

    [GeneratedRegex(@"^\d{1,2}\.\s*Карточка профессии")]
    private static partial Regex CardHeading();

    [GeneratedRegex(@"^([1-8]) (\d{4}-\d-\d{3}) (.+)$")]
    private static partial Regex LinkRow();
}
