namespace CareerGraph.Standards.Tests.Pdf;

using System.Text.RegularExpressions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Pdf;
using Xunit;

public sealed class PdfTextReaderMatchTests
{
    [Fact]
    public void Recognises_the_pdf_converted_seed_from_its_content()
    {
        var source = PdfSeeds.Load(PdfSeeds.RuReferenceInfo);

        Assert.True(new PdfTextReader().Match(source) >= 0.8);
        // The same content under another name scores the same: the file name plays no part.
        Assert.Equal(new PdfTextReader().Match(source), new PdfTextReader().Match(source with { FileName = "standard.md" }));
    }

    [Theory]
    [MemberData(nameof(OtherSeeds))]
    public void Scores_low_on_the_other_layouts(string fileName)
    {
        Assert.True(new PdfTextReader().Match(PdfSeeds.Load(fileName)) < 0.2, fileName);
    }

    public static TheoryData<string> OtherSeeds() => new(PdfSeeds.OtherSeeds);

    [Fact]
    public void Page_break_like_blank_runs_alone_are_not_enough()
    {
        var text = string.Concat(Enumerable.Repeat("Обычный абзац текста без вёрстки PDF.\n\n\n\n", 200));
        Assert.Equal(0, new PdfTextReader().Match(new SourceText("prose.txt", text, text.Split('\n'))));
    }

    [Fact]
    public void Empty_text_reads_as_no_lines()
    {
        var warnings = new List<SourceWarning>();
        Assert.Empty(new PdfTextReader().Read(new SourceText("empty.txt", "", [""]), warnings));
        Assert.Equal(0, new PdfTextReader().Match(new SourceText("empty.txt", "", [])));
    }
}

public sealed class PdfTextRepairTests
{
    private static ReadResult Ru => PdfSeeds.Ru;

    [Fact]
    public void Spaced_letters_collapse_into_words()
    {
        // L266 «1 .  О б е с п е ч и в а т ь» + L267–268
        Assert.Equal("1. Обеспечивать информационно-справочную поддержку клиентов", Ru.StartingAt(266).Text);
        // L161 «К о д» + L162 «наименован» + L163 «ия занятия:»
        Assert.Equal(new LogicalLine("Код наименования занятия:", new LineRange(161, 163)), Ru.StartingAt(161));
        // L878 «С в я з ь  с» starts the non-formal education label
        Assert.Equal("Связь с неформальным и информальным образованием:", Ru.StartingAt(878).Text);
    }

    [Fact]
    public void A_level_digit_glued_to_a_spaced_code_is_split_off()
    {
        // L1943 «5 3 3 4 9 - 0 - 0 0 1», L1944 «Администратор»: level 5, code 3349-0-001
        Assert.Equal(new LogicalLine("5 3349-0-001 Администратор", new LineRange(1943, 1944)), Ru.StartingAt(1943));
    }

    [Fact]
    public void Vertical_labels_are_rejoined_and_their_values_kept_apart()
    {
        // L859–868 «К/ва/л/и/ф/и/ка/ц/ия/:», value «-» on L869
        var qualification = Ru.IndexStartingAt(859);
        Assert.Equal(new LogicalLine("Квалификация:", new LineRange(859, 868)), Ru.Lines[qualification]);
        Assert.Equal(new LogicalLine("-", LineRange.Single(869)), Ru.Lines[qualification + 1]);

        // L5901–5903 «Код / груп / пы:», value L5905
        var group = Ru.IndexStartingAt(5901);
        Assert.Equal("Код группы:", Ru.Lines[group].Text);
        Assert.Equal(new LogicalLine("2631-0", LineRange.Single(5905)), Ru.Lines[group + 1]);

        // L5966–5974 «Уров / ень / проф / ессио / наль / ного / образования:» in a column four letters wide
        Assert.Equal("Уровень профессионального образования:", Ru.StartingAt(5966).Text);
        // L5944–5948 and L5952–5964: one label broken by a page break, read once
        Assert.Equal(new LogicalLine("Уровень квалификации по ЕТКС, КС, типовых квалификационных характеристик:", new LineRange(5944, 5964)),
            Ru.StartingAt(5944));
    }

    [Fact]
    public void Words_split_by_the_column_are_joined_only_into_words_the_document_prints_whole()
    {
        // L3117 «информационно-с» / L3118 «правочному»
        var line = Ru.Lines.Single(l => l.Lines.First <= 3117 && l.Lines.Last >= 3118);
        Assert.Contains("информационно-справочному обслуживанию", line.Text);
        // L308–314 «Обеспечива / т ь / информаци / онно-справ / очную / поддержку / клиентов»
        Assert.Equal("Обеспечивать информационно-справочную поддержку клиентов", Ru.StartingAt(308).Text);
        // L4418 ends «бизнес-»: the hyphen is real
        Assert.StartsWith("Модернизация бизнес-процессов и бюджетирование", Ru.StartingAt(4418).Text);
        // L287–290: real words on both sides of a line break stay apart
        Assert.Equal("1) использовать основные программные обеспечения и информационно-коммуникационную сеть \"Интернет\" для выполнения рабочих задач;",
            Ru.StartingAt(287).Text);
    }

    [Fact]
    public void Flattened_rows_become_a_label_line_and_a_value_line()
    {
        // L2912 «Наименование профессии: Администратор»
        var name = Ru.IndexStartingAt(2912);
        Assert.Equal(new LogicalLine("Наименование профессии:", LineRange.Single(2912)), Ru.Lines[name]);
        Assert.Equal(new LogicalLine("Администратор", LineRange.Single(2912)), Ru.Lines[name + 1]);

        // L156 «Код группы» / L157 «:» / L159 «4224-5»
        var group = Ru.IndexStartingAt(156);
        Assert.Equal(new LogicalLine("Код группы:", new LineRange(156, 157)), Ru.Lines[group]);
        Assert.Equal("4224-5", Ru.Lines[group + 1].Text);

        // L134 «62.02. 0 Консультационные услуги…»
        Assert.StartsWith("62.02.0 Консультационные услуги", Ru.StartingAt(134).Text);

        // L1984 «Уровень образования: Специальность: Квалификация:» with L1986 «ТиПО (специалист среднего звена) - -»
        var columns = Ru.Lines.Skip(Ru.IndexStartingAt(1984)).Take(6).Select(l => l.Text);
        Assert.Equal(["Уровень образования:", "ТиПО (специалист среднего звена)", "Специальность:", "-", "Квалификация:", "-"], columns);
    }

    [Fact]
    public void Recognition_value_stays_on_its_line()
    {
        // L5844 «Возможность признания навыка: Рекомендовано», then ¶15's personal competencies without their label (L5845)
        var recognition = Ru.IndexStartingAt(5844);
        Assert.Equal("Возможность признания навыка:", Ru.Lines[recognition].Text);
        Assert.Equal("Рекомендовано", Ru.Lines[recognition + 1].Text);
        Assert.StartsWith("высокий уровень стрессоустойчивости;", Ru.Lines[recognition + 2].Text);
    }

    [Fact]
    public void A_list_number_printed_before_a_label_is_dropped_with_a_warning()
    {
        // L6685 «1) Знания:», then the knowledge items from L6687
        var knowledge = Ru.IndexStartingAt(6685);
        Assert.Equal("Знания:", Ru.Lines[knowledge].Text);
        Assert.StartsWith("1) различных методик", Ru.Lines[knowledge + 1].Text);
        Assert.Contains(Ru.Warnings, w => w.Line == 6685 && w.Message.Contains("«1)»"));
    }

    [Fact]
    public void Kazakh_letter_printed_for_yo_is_normalised_with_a_warning()
    {
        // L1062 «утверждҰнными»
        Assert.Contains(Ru.Lines, l => l.Lines.First <= 1062 && l.Lines.Last >= 1062 && l.Text.Contains("утверждёнными регламентами"));
        Assert.DoesNotContain(Ru.Lines, l => l.Text.Contains('Ұ'));
        Assert.Contains(Ru.Warnings, w => w.Line == 1062);
    }

    [Fact]
    public void Moved_hyperlink_text_is_kept_and_reported()
    {
        // L7 «В соответствии с  статьи 5 Закона … "О пунктом 5», L12 «Утвердить прилагаемый  "Деятельность профессиональный стандарт»
        Assert.StartsWith("В соответствии с статьи 5 Закона Республики Казахстан \"О пунктом 5", Ru.StartingAt(7).Text);
        Assert.Contains("Утвердить прилагаемый \"Деятельность профессиональный стандарт", Ru.StartingAt(12).Text);
        Assert.Contains(Ru.Warnings, w => w.Line == 7 && w.Message.Contains("hyperlink"));
        Assert.Contains(Ru.Warnings, w => w.Line == 12 && w.Message.Contains("hyperlink"));
    }

    [Fact]
    public void Two_items_on_one_line_split_only_on_the_next_number()
    {
        // L2596–2599 «3) основных требований … центрами; 4) основных положений» continues to L2602
        Assert.Equal(new LogicalLine("3) основных требований национальных стандартов в сфере управления контактными информационными центрами;",
            new LineRange(2596, 2599)), Ru.StartingAt(2596));
        Assert.Equal(new LogicalLine("4) основных положений законодательных и нормативных правовых актов Республики Казахстан в сфере защиты прав потребителей.",
            new LineRange(2599, 2602)), Ru.Lines[Ru.IndexStartingAt(2596) + 1]);
        // L146 «6) Руководитель … – 6 уровень ОРК 7) Специалист по» continues to L147: passport items 6 and 7
        var six = Ru.IndexStartingAt(146);
        Assert.Equal(new LogicalLine("6) Руководитель (управляющий) Call-центр – 6 уровень ОРК", LineRange.Single(146)), Ru.Lines[six]);
        Assert.Equal(new LogicalLine("7) Специалист по анализу и контролю качества предоставляемых услуг – 6 уровень ОРК", new LineRange(146, 147)),
            Ru.Lines[six + 1]);
        // L3407 «1) 2) анализировать…» is one item, printed numbers kept for the parser
        Assert.StartsWith("1) 2) анализировать текущую ситуацию", Ru.StartingAt(3407).Text);
        // L121: «3. Название … стандарта: Деятельность» wraps onto L122 as one line
        Assert.Equal(new LogicalLine("3. Название профессионального стандарта: Деятельность справочно-информационных служб", new LineRange(121, 122)),
            Ru.StartingAt(121));
    }
}

public sealed class PdfPageBreakTests
{
    private static ReadResult Ru => PdfSeeds.Ru;

    [Fact]
    public void Page_break_blank_runs_leave_no_empty_lines()
    {
        Assert.All(Ru.Lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Text), l.Lines.ToString()));
        // L86 «… обращений (» / three blank lines / L90 «запросов, откликов…»: one definition
        Assert.Contains("обработку обращений (запросов, откликов, предложений)", Ru.StartingAt(85).Text);
    }

    [Fact]
    public void A_skill_header_pushed_below_its_abilities_is_read_first()
    {
        // ¶8 LF2: «Умения:» L382 and item 1 L384–385, page break, «Навык 1.» L389 with title L390–391
        var header = Ru.IndexStartingAt(389);
        Assert.Equal("Навык 1:", Ru.Lines[header].Text);
        Assert.Equal("Информирование вышестоящего руководителя обо всех нештатных ситуация", Ru.Lines[header + 1].Text);
        Assert.Equal(new LogicalLine("Умения:", LineRange.Single(382)), Ru.Lines[header + 2]);
        Assert.StartsWith("1) взаимодействовать с коллегами", Ru.Lines[header + 3].Text);
        Assert.StartsWith("2) сглаживать конфликтные", Ru.Lines[header + 4].Text);
        Assert.Contains(Ru.Warnings, w => w.Line == 389);
    }

    [Fact]
    public void A_skill_header_printed_inside_an_item_lets_the_item_close_up()
    {
        // ¶10 LF2: item 3 L1108–1113, page break, «Навык 1.» L1117–1119, rest of item 3 L1121–1122
        Assert.Equal("Навык 1:", Ru.Lines[Ru.IndexStartingAt(1117)].Text);
        Assert.Equal(new LogicalLine(
            "3) пользоваться инструментами мониторинга своевременности и качества выполнения задач по обращению клиента за технической поддержкой;",
            new LineRange(1108, 1122)), Ru.StartingAt(1108));
    }

    [Fact]
    public void A_labour_function_label_moves_before_the_skill_that_opens_its_function()
    {
        // ¶8: «Трудовая функция 1:» printed at L305 between knowledge items 1 and 2 of skill 1 (L280)
        var lf1 = Ru.IndexStartingAt(305);
        Assert.Equal("Трудовая функция 1:", Ru.Lines[lf1].Text);
        Assert.Equal("Навык 1:", Ru.Lines[lf1 + 2].Text);
        Assert.Equal(280, Ru.Lines[lf1 + 2].Lines.First);
        // ¶10: «Знания:» L1178, page break, «Трудовая функция 2» L1182–1188, «Навык 2:» L1190, knowledge items from L1195
        var lf2 = Ru.IndexStartingAt(1182);
        Assert.Equal("Трудовая функция 2:", Ru.Lines[lf2].Text);
        Assert.Equal("Консультировать по технической поддержке клиентов предприятия", Ru.Lines[lf2 + 1].Text); // tail L1256–1257
        Assert.Equal(1117, Ru.Lines[lf2 + 2].Lines.First);
        var knowledge = Ru.IndexStartingAt(1178);
        Assert.Equal("Знания:", Ru.Lines[knowledge].Text);
        Assert.StartsWith("1) методических документов", Ru.Lines[knowledge + 1].Text);
    }

    [Fact]
    public void A_label_cut_by_a_page_break_is_read_whole()
    {
        // L780–783 «Список / технически / х / регламенто», page break, L787–790 «в  и / национальн / ы х / стандартов:»
        Assert.Equal(new LogicalLine("Список технических регламентов и национальных стандартов:", new LineRange(780, 790)), Ru.StartingAt(780));
        Assert.StartsWith("СТ РК ISO 18295-1-2020", Ru.Lines[Ru.IndexStartingAt(780) + 1].Text);
    }

    [Fact]
    public void The_link_table_header_follows_its_label_again()
    {
        // ¶11: «Уровень ОРК: Наименование профессии:» L2447, page break, «Связь с другими / профессиями в / рамках ОРК:» L2451–2453
        var label = Ru.IndexStartingAt(2451);
        Assert.Equal("Связь с другими профессиями в рамках ОРК:", Ru.Lines[label].Text);
        Assert.Equal(["Уровень ОРК:", "Наименование профессии:", "4 4224-5-003 Оператор колл-центра"],
            Ru.Lines.Skip(label + 1).Take(3).Select(l => l.Text));
    }

    [Fact]
    public void A_label_doubled_across_a_page_break_is_read_once()
    {
        // L401 «Знания:» and L403 «Знания:»
        var knowledge = Ru.IndexStartingAt(401);
        Assert.Equal(new LogicalLine("Знания:", new LineRange(401, 403)), Ru.Lines[knowledge]);
        Assert.StartsWith("1) стандартов и методических документов", Ru.Lines[knowledge + 1].Text);
    }

    [Fact]
    public void Every_skill_unit_of_the_nine_cards_with_headers_opens_with_its_skill_header()
    {
        // The robust unit: text between two «Возможность признания навыка» lines. ¶15 (L5031) and ¶16 (L5899) lost
        // their LF labels, ¶15 also its skill headers; all other cards must read header first.
        foreach (var heading in new[] { 154, 808, 1946, 2461, 2906, 4175, 6554, 8059 })
        {
            var card = Ru.Card(heading);
            var start = card.ToList().FindIndex(l => l.Text == "Описание трудовых функций:") + 1;
            Assert.True(start > 0, $"L{heading}");
            for (var i = start; i < card.Count; i++)
            {
                if (IsFunctionLabel(card[i].Text))
                {
                    if (!card[i + 1].Text.StartsWith("Навык ", StringComparison.Ordinal)) i++; // the function's title
                    continue;
                }
                if (card[i].Text.StartsWith("Требования к личностным", StringComparison.Ordinal)) break;
                Assert.True(card[i].Text.StartsWith("Навык ", StringComparison.Ordinal), $"card L{heading}: {card[i].Lines} «{card[i].Text}»");
                while (card[i].Text != "Возможность признания навыка:") i++;
                i++; // the recognition value
            }
        }
    }

    private static bool IsFunctionLabel(string text) =>
        text.StartsWith("Трудовая функция", StringComparison.Ordinal) || text.StartsWith("Дополнительная трудовая функция", StringComparison.Ordinal);

    [Fact]
    public void Every_printed_line_is_read_or_reported()
    {
        var covered = new HashSet<int>(Ru.Lines.SelectMany(l => Enumerable.Range(l.Lines.First, l.Lines.Last - l.Lines.First + 1)));
        var missing = Enumerable.Range(1, Ru.Source.Lines.Count)
            .Where(n => Ru.Source.Lines[n - 1].Trim().Length > 0 && !covered.Contains(n)).ToList();
        // Only the second halves of labels cut by a page break are dropped, each with a warning at its first line.
        var runStarts = missing.Where(n => !missing.Contains(n - 1));
        Assert.All(runStarts, n => Assert.Contains(Ru.Warnings, w => w.Line == n && w.Message.Contains("cut by a page break")));
        Assert.True(missing.Count < 40, $"{missing.Count} lines unread");
    }
}
