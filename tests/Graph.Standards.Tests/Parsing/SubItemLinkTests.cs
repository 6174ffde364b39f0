namespace CareerGraph.Standards.Tests.Parsing;

using System.Text;
using System.Text.Json;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Tests.Export;
using Xunit;

/// <summary>
/// The template of act 202265 (pension payments, 2024; legal-database mirror
/// 07-ministerial/103016000000-enbek/2024/1104-…-202265/rus.md, not a seed): link rows that name their targets by
/// sub-item ids with no level, level cells that number those ids, and a passport list whose first row stands for
/// three cards. Tested on Fixtures/sub-item-links_ru.md, a shortened text in that template; each assertion cites
/// the fixture line (F) and the real text's line (R) it imitates.
/// </summary>
public sealed class SubItemLinkTests
{
    internal static string FixturePath { get; } = Find("sub-item-links_ru.md");

    private static string Find(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Graph.Standards.Tests", "Fixtures", name);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"tests/Graph.Standards.Tests/Fixtures/{name} not found above {AppContext.BaseDirectory}");
    }

    private static StandardDocument Extract(string text)
    {
        var result = StandardsExtractor.ExtractBytes("sub-item-links_ru.md", Encoding.UTF8.GetBytes(text));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Documents);
    }

    private static StandardDocument Fixture() => Extract(File.ReadAllText(FixturePath));

    [Fact]
    public void A_row_of_sub_item_ids_is_one_link_at_the_ids_level_with_every_id_as_printed()
    {
        var doc = Fixture();
        var link = Assert.Single(doc.Cards[2].Links);                                   // ¶11
        Assert.Equal(8, link.Level);                                                     // «8.3.-1»: level 8 (F309, R814)
        Assert.Equal(["8.3.-1", "8.3.-2", "8.3.-1", "8.3.-4"], link.Items);              // F309–310, R814–815, repeat kept
        Assert.Equal("Руководитель структурного подразделения организации", link.Name); // F312, R817
        Assert.Null(link.Code);
        Assert.Equal(309, link.Lines.First);

        var next = Assert.Single(doc.Cards[3].Links);                                   // ¶12
        Assert.Equal(["8.2.-1", "8.2.-2", "8.2.-3", "8.2.-4"], next.Items);              // «8.2.-3.» printed with a dot (F405, R1025)
        var last = Assert.Single(doc.Cards[4].Links);                                   // ¶13
        Assert.Equal(["8.1.-1", "8.1.-2", "8.1.-3", "8.1.-4"], last.Items);              // F499–500, R1270–1271
        Assert.Equal("Руководитель организации", last.Name);                            // F502, R1273
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sub_item_printed_twice_in_one_row_is_kept_and_warned()
    {
        var doc = Fixture();
        // «(8.3.-2, 8.3.-1, 8.3.-4)» after «8.3.-1» (F309–310, R814–815): 8.3.-3 was probably meant; not corrected.
        Assert.Contains(doc.Warnings, w => w.Line == 309 && w.Message.Contains("names sub-item 8.3.-1 2 times", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Warnings, w => w.Line == 404 && w.Message.Contains("names sub-item", StringComparison.Ordinal));
    }

    [Fact]
    public void A_card_numbers_the_sub_items_of_its_level_cell()
    {
        var doc = Fixture();
        Assert.Equal(["8.3.-1", "8.3.-2", "8.3.-3", "8.3.-4"], doc.Cards[3].Items);      // F332–335, R837–840; passport «8-3-1» is the same id
        Assert.Equal(["8.2.-1", "8.2.-2", "8.2.-3", "8.2.-4"], doc.Cards[4].Items);      // F427–430, R1047–1050
        Assert.Empty(doc.Cards[0].Items);                                                // «4.1. – 2 категории»: a sub-level, no id (F52, R160)
        Assert.Equal([4, 5, 6, 8, 8], doc.Cards.Select(c => c.Level));                   // ¶10 prints only the sub-level «5.3.» (F145–146, R389–390): its level
    }

    [Fact]
    public void A_passport_row_with_a_level_range_stands_for_the_cards_of_its_title_in_that_range()
    {
        var doc = Fixture();
        // «специалист … – 4 - 6 уровни (подуровни: …) по ОРК» (F24, R132) is ¶9–¶11; three rows, five cards.
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("the passport lists", StringComparison.Ordinal));
        // Row 3 «руководитель организации (службы) …» (F28, R136) against ¶13's heading (F410, R1030): kept, warned.
        Assert.Contains(doc.Warnings, w => w.Message.Contains("is «руководитель организации (службы) пенсионного обеспечения» in the passport list", StringComparison.Ordinal));
        Assert.Equal(5, doc.Cards[1].Level); // from its own sub-level «5.3.», not from the range, which names no one level
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("¶10: level", StringComparison.Ordinal) && w.Message.Contains("passport", StringComparison.Ordinal));
    }

    [Fact]
    public void A_passport_list_that_does_not_account_for_every_card_is_still_warned()
    {
        // Without the range the first row is one card, and three rows cannot cover five.
        var text = File.ReadAllText(FixturePath).Replace("4 - 6 уровни", "4 уровень", StringComparison.Ordinal);
        var doc = Extract(text);
        Assert.Contains(doc.Warnings, w => w.Message == "the passport lists 3 cards, chapter 3 has 5");
    }

    [Fact]
    public void Sub_item_ids_survive_the_export_and_its_schema()
    {
        var doc = Fixture();
        using var buffer = new MemoryStream();
        ExtractWriter.Write(buffer, [doc]);
        using var json = JsonDocument.Parse(buffer.ToArray());
        Assert.Empty(ExtractSchema.Violations(json.RootElement));
        buffer.Position = 0;
        var back = Assert.Single(ExtractReader.Read(buffer));
        Assert.Equal(doc.Cards[2].Links[0].Items, back.Cards[2].Links[0].Items);
        Assert.Equal(doc.Cards[3].Items, back.Cards[3].Items);
        Assert.Equal(8, back.Cards[2].Links[0].Level);
    }
}
