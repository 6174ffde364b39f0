namespace CareerGraph.Standards.Tests.Html;

using Xunit;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

public class HtmlTableReaderTests
{
    private const string Ru = "ru_insurance_2024.md";
    private const string Kk = "kk_insurance_2024.md";

    private static (IReadOnlyList<LogicalLine> Lines, List<SourceWarning> Warnings) Read(string name)
    {
        var warnings = new List<SourceWarning>();
        return (new HtmlTableReader().Read(SeedFiles.Source(name), warnings), warnings);
    }

    private static LogicalLine At(IReadOnlyList<LogicalLine> lines, int first) => Assert.Single(lines, l => l.Lines.First == first);

    [Theory]
    [InlineData(Ru)]
    [InlineData(Kk)]
    public void Matches_the_insurance_files_by_content(string name) =>
        Assert.True(new HtmlTableReader().Match(SeedFiles.Source(name)) >= 0.8);

    [Theory]
    [InlineData("SOURCES.md")] // mentions `<table>` in prose, has no cells
    [InlineData("kk_mice-business-travel_2022.txt")] // HTML fragments but no table
    [InlineData("kk_reference-information-services_2025.txt")]
    [InlineData("ru_reference-information-services_2025.txt")]
    [InlineData("kk_employment-assistance_2025.txt")]
    public void Does_not_match_other_layouts(string name) =>
        Assert.Equal(0, new HtmlTableReader().Match(SeedFiles.Source(name)));

    [Theory]
    [InlineData(Ru)]
    [InlineData(Kk)]
    public void Reads_without_warnings_and_without_markup(string name)
    {
        var (lines, warnings) = Read(name);
        Assert.Empty(warnings);
        Assert.DoesNotContain(lines, l => l.Text.Contains("<td", StringComparison.Ordinal) || l.Text.Contains("</", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.Contains("&quot;", StringComparison.Ordinal) || l.Text.StartsWith('#') || l.Text.Contains("**", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => string.IsNullOrWhiteSpace(l.Text) || l.Text != l.Text.Trim());
    }

    [Theory]
    [InlineData(Ru)]
    [InlineData(Kk)]
    public void Keeps_document_order_and_physical_line_ranges(string name)
    {
        var source = SeedFiles.Source(name);
        var (lines, _) = Read(name);
        for (var i = 1; i < lines.Count; i++) Assert.True(lines[i].Lines.First > lines[i - 1].Lines.Last, $"{lines[i - 1].Lines} then {lines[i].Lines}");
        // Every logical line's text starts on its first physical line.
        foreach (var line in lines)
        {
            var words = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var firstWord = words[0].Trim('«', '*', '"');
            Assert.True(source.Lines[line.Lines.First - 1].Contains(firstWord, StringComparison.Ordinal) || firstWord.Contains('"'),
                $"{line.Lines}: «{firstWord}» not on «{source.Lines[line.Lines.First - 1]}»");
        }
    }

    [Fact]
    public void Markdown_headings_order_items_and_signature_become_lines()
    {
        var (lines, _) = Read(Ru);
        Assert.Equal("Об утверждении профессионального стандарта «Страхование»", At(lines, 1).Text); // ru L1 «# …»
        Assert.Equal("С. Жакупова", At(lines, 21).Text); // ru L21 «**С. Жакупова**»
        Assert.Equal("Приложение к приказу", At(lines, 23).Text); // ru L23 «> *Приложение к приказу*»
        Assert.Equal("Профессиональный стандарт «Страхование»", At(lines, 25).Text); // ru L25 «## …»
        Assert.Equal("Глава 1. Общие положения", At(lines, 27).Text); // ru L27 «### …»
        Assert.Equal("5. Код профессионального стандарта: K65112007", At(lines, 63).Text); // ru L63
        Assert.Equal("65.11.2 Негосударственное страхование жизни", At(lines, 75).Text); // ru L75, indented OKED row
        Assert.Equal("3) Риск-менеджер в страховании - 6 уровень ОРК", At(lines, 85).Text); // ru L85 passport item
        Assert.Equal("Глава 4. Технические данные профессионального стандарта", At(lines, 810).Text); // ru L810
        Assert.Equal("12 Наименование государственного органа:", At(lines, 812).Text); // ru L812: «12 » without a dot
        Assert.Equal("17. Номер версии и год выпуска: версия 2, 2024 г.", At(lines, 842).Text); // ru L842
    }

    [Fact]
    public void Each_field_row_gives_its_label_then_its_value()
    {
        var (lines, _) = Read(Ru);
        var heading = lines.Select((l, i) => (l, i)).Single(x => x.l.Lines.First == 91).i; // ru L91
        Assert.Equal("9. Карточка профессии «Аджастер»:", lines[heading].Text);
        Assert.Equal(
            ["Код группы:", "3315-3", "Код наименования занятия:", "3315-3-001", "Наименование профессии:", "Аджастер", "Уровень квалификации по ОРК:", "6"],
            lines.Skip(heading + 1).Take(8).Select(l => l.Text)); // ru L94–107
        Assert.Equal(new LineRange(95, 95), lines[heading + 2].Lines);
        // Empty value cells (sub-level, ru L110–111) give no line: the next label follows.
        Assert.Equal("Уровень квалификации по ЕТКС, КС и др типовых квалификационных характеристик:", lines[heading + 10].Text); // ru L114
    }

    [Fact]
    public void Multi_line_cells_give_one_line_per_printed_line()
    {
        var (lines, _) = Read(Ru);
        Assert.Equal("Трудовая функция 2:", At(lines, 244).Text); // ru L243–246 rowspan="7" cell
        Assert.Equal("Урегулирование страховых случаев по договорам страхования (перестрахования)", At(lines, 245).Text);
        Assert.Equal("Навык 2:", At(lines, 286).Text); // ru L286
        Assert.Equal("Организация страховой выплаты", At(lines, 287).Text);
        // Personal competencies, one per line with no numbering (ru L317–319), stay separate.
        Assert.Equal("Стрессоустойчивость", At(lines, 317).Text);
        Assert.Equal("Умение быстро принимать решения", At(lines, 318).Text);
        Assert.Equal("Четкое выполнение инструкций", At(lines, 319).Text);
    }

    [Theory]
    [InlineData(Ru, "Постановление Правления Национального Банка Республики Казахстан от 26 декабря 2016 года № 304.")]
    [InlineData(Kk, "Қазақстан Республикасы Ұлттық Банкі Басқармасының 2016 жылғы 26 желтоқсандағы № 304 қаулысы.")]
    public void An_unnumbered_line_continues_the_previous_item(string name, string continuation)
    {
        var (lines, _) = Read(name);
        var item3 = At(lines, 701); // L701–702 in both files (guide §3.1)
        Assert.Equal(new LineRange(701, 702), item3.Lines);
        Assert.StartsWith("3. ", item3.Text);
        Assert.EndsWith(" " + continuation, item3.Text);
        var item4 = At(lines, 703);
        Assert.Equal(new LineRange(703, 704), item4.Lines);
        Assert.StartsWith("4. ", item4.Text);
        Assert.StartsWith("5. ", At(lines, 705).Text);
        Assert.DoesNotContain(lines, l => l.Lines.First == 702);
    }

    [Fact]
    public void Entities_are_decoded()
    {
        var (lines, _) = Read(Kk);
        Assert.Equal("1. \"Сақтандыру қызметі туралы\" заң.", At(lines, 699).Text); // kk L699 «&quot;…&quot;»
        Assert.Equal("1. \"Сақтандыру қызметі туралы\" заң.", At(lines, 769).Text); // kk L769
    }

    [Fact]
    public void Kazakh_doubled_label_is_kept_as_printed()
    {
        var (lines, _) = Read(Kk);
        Assert.Equal("Машықтар:", At(lines, 719).Text); // kk L719–720 print the label twice (guide §3.2)
        Assert.Equal("Машықтар:", At(lines, 720).Text);
        Assert.StartsWith("1. ", At(lines, 721).Text);
    }

    [Fact]
    public void Link_rows_give_level_then_name()
    {
        var (lines, _) = Read(Ru);
        Assert.Equal(
            ["Связь с другими профессиями в рамках ОРК:", "Уровень ОРК:", "Наименование профессии:", "6", "риск-менеджер в страховании",
             "6", "аналитик в области страхования (андеррайтер)", "6", "актуарий по вопросам страхования"],
            lines.Where(l => l.Lines.First is >= 327 and <= 341).Select(l => l.Text)); // ru L327–341
    }

    [Fact]
    public void Lists_three_card_headings_per_file()
    {
        foreach (var name in new[] { Ru, Kk })
        {
            var (lines, _) = Read(name);
            var headings = lines.Where(l => l.Text.Contains("Карточка профессии", StringComparison.Ordinal) || l.Text.Contains("Кәсіптің карточкасы", StringComparison.Ordinal))
                .Select(l => l.Lines.First).ToList();
            Assert.Equal([91, 344, 559], headings); // guide §2.6–2.7: ¶9 L91, ¶10 L344, ¶11 L559 in both
        }
    }
}
