namespace CareerGraph.Standards.Tests.Framework;

using CareerGraph.Standards.Framework;
using CareerGraph.Standards.Model;
using Xunit;

public sealed class FrameworkParserTests
{
    private static readonly Lazy<StandardDocument> Doc = new(() => FrameworkParser.Parse(FrameworkSeed.Load()));

    private static FrameworkArea Area(string number) => Doc.Value.Framework!.Areas.Single(a => a.Number == number);

    [Fact]
    public void Recognises_the_framework_by_content_only()
    {
        var seed = FrameworkSeed.Load();
        Assert.True(FrameworkParser.IsFramework(seed with { FileName = "renamed.txt" }));
    }

    [Fact]
    public void Professional_standards_are_not_frameworks()
    {
        foreach (var name in new[] { "kk_reference-information-services_2025.txt", "kk_employment-assistance_2025.txt", "ru_insurance_2024.md" })
        {
            var path = Path.Combine(Path.GetDirectoryName(FrameworkSeed.Path)!, name);
            Assert.False(FrameworkParser.IsFramework(FrameworkSeed.FromText(name, File.ReadAllText(path))), name);
        }
    }

    [Fact]
    public void Document_metadata()
    {
        var doc = Doc.Value;
        Assert.Equal(DocumentKind.SectoralFramework, doc.Kind);
        Assert.Equal(Language.Kk, doc.Language);
        Assert.Equal(FrameworkSeed.FileName, doc.Source);
        // L54–56
        Assert.Equal("«Ақпараттық-коммуникациялық технологиялар» салалық біліктілік шеңбері", doc.Title);
        Assert.Equal("№ 769, 30.09.2013", doc.Approval); // L9
        Assert.True(doc.Repealed); // L4 «Күшін жойған»
        Assert.Equal("№ 629, 28.05.2015", doc.Repeal); // L9–10
        Assert.Null(doc.Code);
        Assert.Null(doc.Version);
        Assert.Empty(doc.Cards);
    }

    [Fact]
    public void Oked_comes_from_appendices_1_to_3_as_printed()
    {
        string[] expected =
        [
            "62.01", "62.02", "62.03", "62.09", "63.11", "63.12", "58.21", "58.29", "92.12", // L297–321
            "26.1", "26.2", "26.3", "26.4", "26.8", "26.51", "46.5", "95.11", "95.12",       // L347–371
            "61.1", "61.2", "61.3", "61.9", "64.20", "53.0",                                  // L393–408
        ];
        Assert.Equal(expected, Doc.Value.Oked);
    }

    [Fact]
    public void The_92_12_misprint_is_kept_and_warned()
    {
        var warning = Assert.Single(Doc.Value.Warnings, w => w.Line == 321);
        Assert.Contains("92.12", warning.Message);
        Assert.Contains("95.12", warning.Message);
    }

    [Fact]
    public void Three_areas_with_titles_and_3_3_titled_from_appendix_3()
    {
        var areas = Doc.Value.Framework!.Areas;
        Assert.Equal(["3.1", "3.2", "3.3"], areas.Select(a => a.Number));
        Assert.StartsWith("Компьютерлік бағдарламалау, кеңес беру", areas[0].Title); // L430
        Assert.StartsWith("Компьютерлердің, электрондық және оптикалық", areas[1].Title); // L536
        Assert.Equal("Байланыс", areas[2].Title); // L389, appendix 3; the area header is missing at L685
        Assert.Contains(Doc.Value.Warnings, w => w.Line == 685 && w.Message.Contains("Байланыс"));
        Assert.Equal(new LineRange(426, 526), areas[0].Lines);
        Assert.Equal(532, areas[1].Lines.First);
        Assert.Equal(685, areas[2].Lines.First);
    }

    [Fact]
    public void Area_3_1_keeps_the_raw_two_digit_levels()
    {
        var levels = Area("3.1").Levels;
        // L439–511: «11» … «71», then two rows without level cells (L517, L522)
        Assert.Equal(["11", "21", "31", "41", "51", "61", "62", "71", null, null], levels.Select(l => l.RawLevel));
        Assert.Equal([1, 2, 3, 4, 5, 6, 6, 7, 7, 8], levels.Select(l => l.Level));
        Assert.Equal([false, false, false, false, false, false, false, false, true, true], levels.Select(l => l.LevelInferred));
        Assert.Null(levels[6].NationalLevel); // the ҰБШ cell of «62» is empty, L496
        Assert.Equal("6", levels[5].NationalLevel); // L488
        Assert.Equal(new LineRange(517, 521), levels[8].Lines);
    }

    [Fact]
    public void Level_descriptors_hold_the_three_columns()
    {
        var levels = Area("3.1").Levels;
        Assert.Equal(("-", "-", "-"), (levels[0].Competencies, levels[0].Skills, levels[0].Knowledge)); // L440–442
        var two = levels[1];
        Assert.StartsWith("Ақпараттық-коммуникациялық жабдықты сүйемелдеу", two.Competencies); // L446
        Assert.Contains("Бірінші біліктілік деңгейіндегі қызметшілер үшін", two.Competencies); // L450, continuation
        Assert.StartsWith("Нұсқаулық негізінде жұмыс істеу тәсілін таңдайды", two.Skills); // L451
        Assert.StartsWith("Еңбек пәні, қарапайым үлгілі міндеттерді", two.Knowledge); // L454
        Assert.Equal(new LineRange(444, 454), two.Lines);
    }

    [Fact]
    public void Footnotes_are_not_part_of_any_descriptor()
    {
        var all = Doc.Value.Framework!.Areas.SelectMany(a => a.Levels);
        Assert.DoesNotContain(all, l => l.Knowledge.Contains("Ескертпе")); // L529, L803
        Assert.EndsWith("ең терең және толық білім.", Area("3.1").Levels[^1].Knowledge); // L526
    }

    [Fact]
    public void Area_3_2_infers_the_missing_levels()
    {
        var levels = Area("3.2").Levels;
        // Only «3» (L556–557) and «8» (L652–653) are printed; the rest follow row order and the lower levels the
        // text mentions («бірінші, екінші және үшінші деңгейлердегі», L577 ⇒ 4; «алтыншы деңгей», L639 ⇒ 7).
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8], levels.Select(l => l.Level));
        Assert.Equal([null, null, "3", null, null, null, null, "8"], levels.Select(l => l.RawLevel));
        Assert.Equal([543, 550, 556, 573, 588, 605, 628, 652], levels.Select(l => l.Lines.First));
    }

    [Fact]
    public void Area_3_3_has_ten_rows_and_keeps_the_repeated_level_5_row()
    {
        var levels = Area("3.3").Levels;
        Assert.Equal(10, levels.Count);
        Assert.Equal([688, 691, 699, 717, 734, 749, 754, 776, 791, 796], levels.Select(l => l.Lines.First));
        Assert.Equal([1, 2, 3, 4, 5, 6, 6, 5, 7, 8], levels.Select(l => l.Level));
        Assert.Equal("3", levels[2].RawLevel); // the lone «3» cell, L699
        Assert.False(levels[2].LevelInferred);
        Assert.Equal(levels[4].Competencies, levels[7].Competencies); // L734 = L776
        var repeat = Assert.Single(Doc.Value.Warnings, w => w.Line == 776);
        Assert.Contains("734", repeat.Message);
    }

    [Fact]
    public void Every_area_covers_levels_1_to_8()
    {
        foreach (var area in Doc.Value.Framework!.Areas)
            Assert.Equal(Enumerable.Range(1, 8), area.Levels.Select(l => l.Level).Distinct().Order());
    }

    [Fact]
    public void Rows_without_level_cells_take_the_level_their_text_implies()
    {
        // A synthetic two-area table: the second row mentions «төртінші деңгей» and so is level 5 even though it
        // follows a level-3 row; the last row has no evidence and takes the next level.
        var text = string.Join('\n',
            "Күшін жойған", "", "\tБҰШ деңгейі", "\tСБШ деңгейі", "\tКәсіби қызмет саласы:", "", "1.1 Сынақ саласы", "",
            "\t", "\t", "\tЖеке және кәсіби құзыреттіліктерге қойылатын талаптар",
            "\tІскерлікке және машықтарға қойылатын талаптар", "\tБілімге қойылатын талаптар",
            "\t3", "\t3", "\tА", "\tБ", "\tВ",
            " \tГ", "", "Төртінші деңгейдегі қызметкерлерге жағдай жасау.", "\tД", "\tЕ",
            " \tЖ", "\tЗ", "\tИ");
        var doc = FrameworkParser.Parse(FrameworkSeed.FromText("synthetic.txt", text));
        var area = Assert.Single(doc.Framework!.Areas);
        Assert.Equal("1.1", area.Number);
        Assert.Equal("Сынақ саласы", area.Title);
        Assert.Equal([3, 5, 6], area.Levels.Select(l => l.Level));
        Assert.Equal([false, true, true], area.Levels.Select(l => l.LevelInferred));
        Assert.Equal("Г\nТөртінші деңгейдегі қызметкерлерге жағдай жасау.", area.Levels[1].Competencies);
        Assert.True(doc.Repealed);
        Assert.Null(doc.Repeal);
    }
}
