namespace CareerGraph.Standards.Tests.Reading;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using Xunit;

public class LayoutDetectionTests
{
    [Theory]
    [InlineData(Seeds.KkReference, "tab-cells")]
    [InlineData(Seeds.KkEmployment, "tab-cells")]
    [InlineData(Seeds.KkMice, "markdown-fragments")]
    public void Picks_the_reader_from_the_content(string file, string family)
    {
        // Renamed, so the file name cannot help.
        var source = Seeds.Source(file) with { FileName = "upload.bin" };
        Assert.Equal(family, LayoutDetector.Detect(source)?.Family);
    }

    [Theory]
    [InlineData(Seeds.RuInsurance)]
    [InlineData(Seeds.KkInsurance)]
    public void My_readers_leave_html_tables_alone(string file)
    {
        var source = Seeds.Source(file);
        Assert.Equal(0, new TabCellReader().Match(source));
        Assert.Equal(0, new MarkdownFragmentReader().Match(source));
    }

    [Fact]
    public void Plain_prose_matches_no_layout()
    {
        var text = "Кез келген мәтін.\nЕкінші жол.\n";
        Assert.Null(LayoutDetector.Detect(new SourceText("x.txt", text, text.Split('\n'))));
    }

    [Fact]
    public void Tab_cell_reader_drops_cell_breaks_and_keeps_physical_lines()
    {
        var lines = Seeds.Parse(Seeds.KkReference).Lines;
        var level = lines.Single(l => l.Lines.First == 159);          // «3 » after «СБШ бойынша біліктілік деңгейі:» L157
        Assert.Equal("3", level.Text);
        Assert.DoesNotContain(lines, l => l.Lines.First == 138);      // L138 is a lone tab
        Assert.DoesNotContain(lines, l => l.Text.Contains('\u00A0')); // NBSP indents (L9) are cleaned
        Assert.Contains(lines, l => l.Lines.First == 6 && l.Text.Contains("шілдедегі")); // Latin «i» in «шiлдедегі» repaired
    }

    [Fact]
    public void Markdown_reader_splits_cells_paragraphs_and_list_items()
    {
        var lines = Seeds.Parse(Seeds.KkMice).Lines.Where(l => l.Lines.First == 44).Select(l => l.Text);
        Assert.Equal(["Топтың коды:", "1439-1"], lines);                                          // L44 `label\tvalue\t\t`
        var l61 = Seeds.Parse(Seeds.KkMice).Lines.Where(l => l.Lines.First == 61).Select(l => l.Text).ToList();
        Assert.Equal("Білімдер:", l61[0]);                                                         // <p>Білімдер:</p>
        Assert.Equal("1. Персоналды басқару әдістері.", l61[1]);                                   // first <li>
        Assert.Equal(new LineRange(61, 61), Seeds.Parse(Seeds.KkMice).Lines.First(l => l.Lines.First == 61).Lines);
        var heading = Seeds.Parse(Seeds.KkMice).Lines.Single(l => l.Lines.First == 123);
        Assert.StartsWith("11. Кәсіптің карточкасы", heading.Text);                               // <b> removed
    }
    // Template variants of the HTML-table family the seeds lack: upper-case tags (older legal-database exports), header
    // cells, Windows line ends. Each must pick the same reader and read the same cards as the seed.
    [Theory]
    [InlineData("upper-case tags")]
    [InlineData("th cells")]
    [InlineData("CRLF")]
    public void Html_table_variants_read_like_the_seed(string variant)
    {
        var text = Seeds.Source(Seeds.RuInsurance).Text;
        var changed = variant switch
        {
            "upper-case tags" => System.Text.RegularExpressions.Regex.Replace(text, "</?(?:table|tr|td|tbody)\\b", m => m.Value.ToUpperInvariant()),
            "th cells" => text.Replace("<td", "<th").Replace("</td>", "</th>"),
            _ => text.Replace("\n", "\r\n"),
        };
        Assert.NotEqual(text, changed);
        Assert.Equal("html-tables", LayoutDetector.Detect(new SourceText("upload.bin", changed))?.Family);
        var result = CareerGraph.Standards.Extraction.StandardsExtractor.ExtractBytes(Seeds.RuInsurance, System.Text.Encoding.UTF8.GetBytes(changed));
        var document = Assert.Single(result.Documents);
        Assert.Equal(["Аджастер", "Андеррайтер", "Риск-менеджер в страховании"], document.Cards.Select(c => c.Title)); // ru L91, L344, L559
        Assert.Equal([6, 6, 6], document.Cards.Select(c => c.Level ?? 0));
    }

    [Theory]
    [InlineData(Seeds.KkReference)]
    [InlineData(Seeds.KkEmployment)]
    public void Tab_cells_with_windows_line_ends_are_still_tab_cells(string file)
    {
        var text = Seeds.Source(file).Text.Replace("\n", "\r\n");
        Assert.Equal("tab-cells", LayoutDetector.Detect(new SourceText("upload.bin", text))?.Family);
        var result = CareerGraph.Standards.Extraction.StandardsExtractor.ExtractBytes(file, System.Text.Encoding.UTF8.GetBytes(text));
        Assert.Equal(Seeds.Parse(file).Document.Cards.Select(c => c.Title), Assert.Single(result.Documents).Cards.Select(c => c.Title));
    }
}
