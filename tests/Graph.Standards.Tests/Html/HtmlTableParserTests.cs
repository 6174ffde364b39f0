namespace CareerGraph.Standards.Tests.Html;

using Xunit;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Html;

public class HtmlTableParserTests
{
    private static (HtmlTable Table, List<SourceWarning> Warnings) ParseFirstTable(string text)
    {
        var tokens = HtmlTokenizer.Tokenize(text).ToList();
        var first = tokens.FindIndex(t => t is HtmlTag { Name: "table", IsEnd: false });
        var warnings = new List<SourceWarning>();
        var (table, _) = HtmlTableParser.Parse(tokens, first, new LineIndex(text), warnings);
        return (table, warnings);
    }

    [Fact]
    public void Places_rowspan_and_colspan_cells_on_the_insurance_grid()
    {
        var (table, warnings) = ParseFirstTable(SeedFiles.Source("ru_insurance_2024.md").Text);
        Assert.Empty(warnings);
        Assert.Equal(4, table.ColumnCount);
        Assert.Equal(new LineRange(89, 808), table.Source); // ru L89–808 (guide §2.6)

        var education = Assert.Single(table.Cells, c => c.Source.First == 118); // ru L118 rowspan="4"
        Assert.Equal((0, 4), (education.Column, education.RowSpan));
        var nextRow = table.Cells.Where(c => c.Row == education.Row + 1).ToList(); // ru L132–145: three cells right of the rowspan
        Assert.Equal([1, 2, 3], nextRow.Select(c => c.Column));
        Assert.Equal("Специальность:\nБизнес и управление", nextRow[1].Text); // ru L138–139

        var function = Assert.Single(table.Cells, c => c.Source.First == 243); // ru L243 rowspan="7"
        Assert.Equal(7, function.RowSpan);
        var skill = Assert.Single(table.Cells, c => c.Source.First == 285); // ru L285 «Навык 2» rowspan="2", under the function
        Assert.Equal((1, 2), (skill.Column, skill.RowSpan));
        var knowledge = Assert.Single(table.Cells, c => c.Source.First == 299); // ru L299 knowledge row: function and skill span it
        Assert.Equal((2, 2), (knowledge.Column, knowledge.ColSpan));

        var level = Assert.Single(table.Cells, c => c.Source.First == 332); // ru L332 «<td>6</td>» in the link block
        Assert.Equal((1, "6"), (level.Column, level.Text));
        var name = Assert.Single(table.Cells, c => c.Source.First == 333);
        Assert.Equal((2, 2, "риск-менеджер в страховании"), (name.Column, name.ColSpan, name.Text));
    }

    [Fact]
    public void Tolerates_unclosed_cells_and_rows()
    {
        const string html = "<table>\n<tr><td>a<td colspan=2>b\n<tr><th>c</th><td>d</td><td>e\n</table>";
        var (table, warnings) = ParseFirstTable(html);
        Assert.Empty(warnings);
        Assert.Equal(["a", "b", "c", "d", "e"], table.Cells.Select(c => c.Text));
        Assert.Equal([0, 1, 0, 1, 2], table.Cells.Select(c => c.Column));
        Assert.True(table.Cells[2].IsHeader);
    }

    [Fact]
    public void Breaks_lines_at_br_and_paragraph_tags_and_strips_inline_tags()
    {
        const string html = "<table><tr><td><b>Умения:</b><br>1. один<br/>2. <i>два</i> &amp; три</td></tr></table>";
        var (table, _) = ParseFirstTable(html);
        Assert.Equal(["Умения:", "1. один", "2. два & три"], table.Cells[0].Lines.Select(l => l.Text));
    }

    [Fact]
    public void Reports_a_table_that_is_never_closed_and_a_short_row()
    {
        const string html = "<table>\n<tr><td>a</td><td>b</td></tr>\n<tr><td>c</td></tr>\n<tr><td>d</td><td>e";
        var (table, warnings) = ParseFirstTable(html);
        Assert.Equal(["a", "b", "c", "d", "e"], table.Cells.Select(c => c.Text));
        Assert.Contains(warnings, w => w.Line == 1 && w.Message.Contains("never closed", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Line == 3 && w.Message.Contains("1 of 2 columns", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_of_another_width_are_reported_once_per_width_with_their_count_and_first_line()
    {
        // 221679 rus.md (mirror): cards 16–17 print their rows 12 wide (an empty <td> and colspan 11) in a table 11 wide
        // elsewhere, and each of the other 735 rows gave its own «table row has 11 of 12 columns», burying the rest.
        const string html = "<table>\n<tr><td>a</td><td colspan=2>b</td></tr>\n<tr><td>c</td><td>d</td></tr>\n"
            + "<tr><td>e</td><td>f</td></tr>\n<tr><td>g</td></tr>\n<tr><td>h</td><td>i</td></tr>\n</table>";
        var (_, warnings) = ParseFirstTable(html);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Line == 3 && w.Message == "3 rows have 2 of 3 columns (first at L3, last at L6)");
        Assert.Contains(warnings, w => w.Line == 5 && w.Message == "table row has 1 of 3 columns");
    }

    [Fact]
    public void A_lone_angle_bracket_is_text()
    {
        var tokens = HtmlTokenizer.Tokenize("a < b <c and 1<2 </").ToList();
        Assert.All(tokens, t => Assert.IsType<HtmlText>(t));
        Assert.Equal("a < b <c and 1<2 </", string.Concat(tokens.Cast<HtmlText>().Select(t => t.Raw)));
    }

    [Fact]
    public void Parses_attributes_quoted_unquoted_and_bare()
    {
        var tag = Assert.IsType<HtmlTag>(HtmlTokenizer.Tokenize("<TD ROWSPAN=3 colspan='2' nowrap class=\"a &amp; b\">").Single());
        Assert.Equal("td", tag.Name);
        Assert.Equal(3, tag.IntAttribute("rowspan", 1));
        Assert.Equal(2, tag.IntAttribute("colspan", 1));
        Assert.Equal("", tag.Attributes["nowrap"]);
        Assert.Equal("a & b", tag.Attributes["class"]);
        Assert.Equal(1, new HtmlTag("td", false, false, new Dictionary<string, string> { ["rowspan"] = "x" }, 0, 0).IntAttribute("rowspan", 1));
    }

    [Fact]
    public void Random_markup_never_throws()
    {
        var random = new Random(20241230);
        var alphabet = "<>/=\"' \n\ttdrbleacoswpn&;#x1234567890";
        for (var round = 0; round < 500; round++)
        {
            var chars = new char[random.Next(0, 200)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var text = "<table><tr><td>" + new string(chars);
            var source = new SourceText("random.md", text, text.Split('\n'));
            var lines = new HtmlTableReader().Read(source, new List<SourceWarning>());
            Assert.All(lines, l => Assert.InRange(l.Lines.First, 1, source.Lines.Count));
        }
    }
}
