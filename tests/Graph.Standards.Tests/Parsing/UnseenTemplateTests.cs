namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Html;
using Xunit;

/// <summary>
/// Template features of the real standards copied in session 4 (/work/staging/unseen-s4.md), which the parser had never
/// seen. Those texts are kept out of seeds/ so that they stay unseen for measurement: each test quotes the printed lines
/// it is about (path under /work/staging/mirror and line) in a short card of the same layout.
/// </summary>
public sealed class UnseenTemplateTests
{
    private const string Act192873 = "07-ministerial/103001000000-adilet/2024/0123-ob-utverzhdenii-professionalnykh-standartov-v-sfere-sudebno-eksp-192873";
    private const string Act216979 = "07-ministerial/103012000000-moa/2025/1107-ob-utverzhdenii-professionalnykh-standartov-kormoproizvodstvo-dl-216979";

    /// <summary>A Markdown text with the cards chapter as one HTML table, read as the loader reads it.</summary>
    private static (StandardDocument Doc, List<SourceWarning> Warnings) Read(string chapter, params string[] rows)
    {
        var text = string.Join("\n", [chapter, "", "<table>", .. rows, "</table>", ""]);
        var source = new SourceText("test.md", text, text.Split('\n'));
        var warnings = new List<SourceWarning>();
        var lines = new HtmlTableReader().Read(source, warnings);
        return (StandardParser.Parse(source, lines, warnings), warnings);
    }

    private const string KkChapter = "### 3-тарау. Кәсіптер карточкалары";
    private const string RuChapter = "### Глава 3. Карточки профессий";

    private static string Row(string label, string value) => $"<tr>\n<td>{label}</td>\n<td colspan=\"2\">{value}</td>\n</tr>";

    private static string[] KkSkill(string lf, params string[] abilities) =>
    [
        "<tr>", "<td rowspan=\"2\">", lf, "</td>", "<td rowspan=\"2\">", "1-дағды:", "Құс басын азықтандыру", "</td>",
        "<td>", "Машықтар:", .. abilities, "</td>", "</tr>",
        "<tr>", "<td>", "Білімдер:", "1. Құс азықтандыру нормалары.", "</td>", "</tr>",
    ];

    // ---- 1. A misspelled code label in the value of the code above it ----

    [Fact]
    public void A_misspelled_occupation_code_label_is_read_as_that_label_with_a_warning()
    {
        // 192873 kaz/an020.md L378–384: «Топтың коды» 2611-7, then «Қызыметтер атауының коды» (an extra «ы») 2611-7-002;
        // the misspelled row was glued into the group code («2611-7⏎Қызыметтер атауының коды⏎2611-7-002»).
        var (doc, warnings) = Read(KkChapter,
            "<tr><td colspan=\"3\">10. «Сот сарапшылары» кәсіптік карточкасы</td></tr>",
            Row("Топтың коды", "2611-7"),
            Row("Қызыметтер атауының коды", "2611-7-002"),
            Row("Кәсіп атауы", "Сот сарапшылары"),
            Row("СБШ бойынша біліктілік деңгейі", "6"));
        var card = Assert.Single(doc.Cards);
        Assert.Equal(("2611-7", "2611-7-002"), (card.GroupCode, card.OccupationCode));
        Assert.Equal(6, card.Level);
        Assert.Contains(warnings, w => w.Line == 10 && w.Message.Contains("«Қызыметтер атауының коды»", StringComparison.Ordinal)
            && w.Message.Contains("occupation code", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_that_is_no_code_inside_a_code_value_is_kept_as_printed_with_a_warning()
    {
        // The same glue with a row that is no code label at all (192873 kaz/an020.md L378–384 shape): nothing reads it as
        // a label, so the value keeps it, but a code value holding words is reported.
        var (doc, warnings) = Read(KkChapter,
            "<tr><td colspan=\"3\">10. «Сот сарапшылары» кәсіптік карточкасы</td></tr>",
            Row("Топтың коды", "2611-7"),
            Row("Сот сарапшылары", "2611-7-002"));
        var card = Assert.Single(doc.Cards);
        Assert.Equal("2611-7\nСот сарапшылары\n2611-7-002", card.GroupCode);
        Assert.Contains(warnings, w => w.Line == 10 && w.Message.Contains("no code", StringComparison.Ordinal)
            && w.Message.Contains("«Сот сарапшылары»", StringComparison.Ordinal));
    }

    // ---- 2. A worker-grade heading printed on an item's line ----

    [Theory]
    [InlineData("5-разрядқа арналған машықтар 1. Торда ұсталатын өнеркәсіптік құс тобына күтім жасау.", LabelKind.Abilities, 5)] // 216979 kaz/an004.md L306
    [InlineData("4-разрядқа арналған білімдер 1. Әртүрлі топтағы жылқылардың тәуліктік су тұтыну нормалары.", LabelKind.Knowledge, 4)] // 216979 kaz/an002.md L1230
    [InlineData("5 разрядқа арналған машықтар 1. Құсты аулау.", LabelKind.Abilities, 5)] // 216979 kaz/an004.md L2291 (no hyphen)
    [InlineData("Знания для 4 разряда 1. Основы анатомии и физиологии овец и коз.", LabelKind.Knowledge, 4)] // 216979 rus/an003.md L353
    public void A_grade_heading_before_item_1_on_its_line_heads_the_list_and_item_1_follows(string line, LabelKind kind, int grade)
    {
        var hit = Labels.Match(line);
        Assert.Equal((kind, grade), (hit?.Kind, hit?.Number));
        Assert.StartsWith("1. ", hit!.Rest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3-разрядқа арналған білімдері:", LabelKind.Knowledge, 3)] // 216979 kaz/an004.md L2204 (possessive «білімдері»)
    [InlineData("5 -разрядқа арналған машықтар", LabelKind.Abilities, 5)]   // 216979 kaz/an004.md L1990 (spacing variant)
    public void Grade_headings_in_other_spellings(string line, LabelKind kind, int grade)
    {
        var hit = Labels.Match(line);
        Assert.Equal((kind, grade, ""), (hit?.Kind, hit?.Number, hit?.Rest));
    }

    [Fact]
    public void A_kk_grade_heading_before_item_1_starts_the_next_grade_part()
    {
        // 216979 kaz/an004.md L298–307: the 4-grade abilities 1–8, then «5-разрядқа арналған машықтар 1. Торда …» on one
        // line and item 2 below it. Item 8 used to swallow the heading and item 1 (19 abilities printed, 18 read).
        var (doc, warnings) = Read(KkChapter,
        [
            "<tr><td colspan=\"3\">9. «Құс өсіруші» кәсібінің карточкасы</td></tr>",
            .. KkSkill("1-еңбек функциясы:\nҚұс өсіру",
                "4-разрядқа арналған машықтар",
                "1. Ересек құстар мен балапандарды еденде ұстау кезінде күтіп-баптау.",
                "2. Құрал-жабдықтарды, оның ішінде тор жүйесіндегі табақтарды тазалау және күтіп ұстау.",
                "5-разрядқа арналған машықтар 1. Торда ұсталатын өнеркәсіптік құс тобына күтім жасау.",
                "2. Асыл тұқымды балапандарға, ата-аналық және селекциялық-асыл тұқымға күтім жасау."),
        ]);
        var abilities = Assert.Single(Assert.Single(doc.Cards).LaborFunctions).Skills[0].Abilities.Select(a => a.Text).ToList();
        Assert.Equal(4, abilities.Count);
        Assert.Equal("Құрал-жабдықтарды, оның ішінде тор жүйесіндегі табақтарды тазалау және күтіп ұстау.", abilities[1]);
        Assert.Equal("Торда ұсталатын өнеркәсіптік құс тобына күтім жасау.", abilities[2]);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("out of sequence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_grade_heading_at_the_end_of_an_item_line_starts_the_next_grade_part()
    {
        // 216979 rus/an003.md L2081: «5. Вести учет и отчетность по производству продукции. Умения для 5 разряда», then «1. …».
        var (doc, warnings) = Read(RuChapter,
        [
            "<tr><td colspan=\"3\">14. Карточка профессии «Оператор овцеводческих комплексов и механизированных ферм»</td></tr>",
            "<tr>", "<td rowspan=\"2\">", "Трудовая функция 1:", "Соблюдение технологического регламента", "</td>",
            "<td rowspan=\"2\">", "Навык 1:", "Производство продукции", "</td>",
            "<td>", "Умения:", "Умения для 4 разряда",
            "1. Контролировать качество продукции на всех этапах производства.",
            "2. Вести учет и отчетность по производству продукции. Умения для 5 разряда",
            "1. Обеспечивать выполнение технологического регламента.",
            "</td>", "</tr>",
            "<tr>", "<td>", "Знания:", "1. Технологии производства.", "</td>", "</tr>",
        ]);
        var abilities = Assert.Single(Assert.Single(doc.Cards).LaborFunctions).Skills[0].Abilities.Select(a => a.Text).ToList();
        Assert.Equal(["Контролировать качество продукции на всех этапах производства.",
            "Вести учет и отчетность по производству продукции.", "Обеспечивать выполнение технологического регламента."], abilities);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("out of sequence", StringComparison.Ordinal));
    }

    [Fact]
    public void A_kk_grade_heading_at_the_end_of_an_item_line_starts_the_next_grade_part()
    {
        // 216979 kaz/an004.md L437–438: «5. Құсханалар … қағидалары. 5-разрядқа арналған білімдер», then «1. Құсты …».
        var (doc, warnings) = Read(KkChapter,
        [
            "<tr><td colspan=\"3\">9. «Құс өсіруші» кәсібінің карточкасы</td></tr>",
            "<tr>", "<td rowspan=\"2\">", "1-еңбек функциясы:", "Құс өсіру", "</td>",
            "<td rowspan=\"2\">", "1-дағды:", "Құсты аулау", "</td>",
            "<td>", "Машықтар:", "1. Құсты аулау.", "</td>", "</tr>",
            "<tr>", "<td>", "Білімдер:", "4-разрядқа арналған білімдер",
            "1. Құсты орналастыру тығыздығы мен тасымалдау жағдайларына қойылатын талаптар.",
            "2. Құсханалар мен жабдықтарды аулауға дайындау қағидалары. 5-разрядқа арналған білімдер",
            "1. Құсты аулау және тасымалдау кезінде санитарлық және індетке қарсы қауіпсіздік талаптары.",
            "</td>", "</tr>",
        ]);
        var knowledge = Assert.Single(Assert.Single(doc.Cards).LaborFunctions).Skills[0].Knowledge.Select(a => a.Text).ToList();
        Assert.Equal(3, knowledge.Count);
        Assert.Equal("Құсханалар мен жабдықтарды аулауға дайындау қағидалары.", knowledge[1]);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("out of sequence", StringComparison.Ordinal));
    }

    // ---- 3. An LF label wrapped with its title on the second line ----

    [Fact]
    public void An_lf_label_wrapped_before_its_colon_keeps_the_title_that_follows_the_colon()
    {
        // 192873 kaz/an005.md L970–971: «1-еңбек» ⏎ «функциясы: Химия-токсикологиялық сараптамасын (зерттеуін) …».
        var (doc, warnings) = Read(KkChapter,
        [
            "<tr><td colspan=\"3\">12. «Сот-сараптамалық санитары» кәсіптік карточкасы</td></tr>",
            .. KkSkill("1-еңбек\nфункциясы: Химия-токсикологиялық сараптамасын (зерттеуін) жүргізу кезіндегі қосалқы қызмет",
                "1. Құсты азықтандыру."),
        ]);
        var lf = Assert.Single(Assert.Single(doc.Cards).LaborFunctions);
        Assert.Equal((LaborFunctionKind.Mandatory, 1), (lf.Kind, lf.N));
        Assert.Equal("Химия-токсикологиялық сараптамасын (зерттеуін) жүргізу кезіндегі қосалқы қызмет", lf.Title);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("outside any field", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("before any labour function label", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrapped_lf_label_is_joined_only_where_the_joined_text_up_to_the_colon_is_the_label()
    {
        // 192873 kaz/an005.md L970–971 and its negative: a line ending a sentence, then a «word: text» line, stays two lines.
        var joined = CellItems.Group([new CellLine("1-еңбек", 970), new CellLine("функциясы: Химия-токсикологиялық сараптама", 971)]).ToList();
        Assert.Equal("1-еңбек функциясы: Химия-токсикологиялық сараптама", Assert.Single(joined).Text);
        var apart = CellItems.Group([new CellLine("Құс өсіру", 1), new CellLine("Ескерту: мәтін", 2)]).ToList();
        Assert.Equal(2, apart.Count);
    }

    // ---- 4. An additional-LF label with an ordinal suffix ----

    [Theory]
    [InlineData("1-ші қосымша еңбек функциясы:", 1, true)]   // 192873 kaz/an012.md L261, kaz/an020.md L262
    [InlineData("2-ші еңбек функциясы:", 2, false)]
    [InlineData("1-қосымша еңбек функциясы.", 1, true)]      // 192873 kaz/an020.md L633 (period for colon), read before too
    public void Lf_labels_with_an_ordinal_suffix(string line, int n, bool additional)
    {
        var hit = Labels.Match(line);
        Assert.Equal((LabelKind.LfHeading, n, additional), (hit?.Kind, hit?.Number, hit?.Additional));
    }

    [Fact]
    public void An_additional_lf_label_with_an_ordinal_suffix_names_its_function()
    {
        // 192873 kaz/an012.md L259–265: «1-ші қосымша еңбек функциясы:» ⏎ «Ғылыми-зерттеу, … жұмыстарға қатысу»; the label was
        // lost and the additional LF inferred from the skill numbering («skill numbering restarts without an LF label»).
        var (doc, warnings) = Read(KkChapter,
        [
            "<tr><td colspan=\"3\">9. «Бөлім басшысы» кәсіптік карточкасы</td></tr>",
            .. KkSkill("1-еңбек функциясы:\nБөлімше жұмысына басшылық ету", "1. Жоспарлау."),
            .. KkSkill("1-ші қосымша еңбек функциясы:\nҒылыми-зерттеу, ғылыми-әдістемелік және оқу-әдістемелік жұмыстарға қатысу", "1. Қатысу."),
        ]);
        var lfs = Assert.Single(doc.Cards).LaborFunctions;
        Assert.Equal([(LaborFunctionKind.Mandatory, 1), (LaborFunctionKind.Additional, 1)], lfs.Select(l => (l.Kind, l.N)));
        Assert.Equal("Ғылыми-зерттеу, ғылыми-әдістемелік және оқу-әдістемелік жұмыстарға қатысу", lfs[1].Title);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("restarts without an LF label", StringComparison.Ordinal));
    }

    // ---- 5. A list item whose number is printed twice without a space ----

    [Fact]
    public void An_item_number_printed_twice_without_a_space_is_one_number()
    {
        // 221679 rus.md L5065: «3.3.Сопровождение обучающихся …» as the third mandatory LF.
        var item = ListItems.Parse("3.3.Сопровождение обучающихся в развитии учебной мотивации", 3);
        Assert.Equal((ItemMarker.Number, 3, "Сопровождение обучающихся в развитии учебной мотивации"), (item.Marker, item.Number, item.Text));
        Assert.NotNull(item.Oddity);
        // A sub-number («4.1 …», «1.2. …») is still no item marker.
        Assert.Equal(ItemMarker.None, ListItems.Parse("4.1 Организация работы", 4).Marker);
        Assert.Equal(ItemMarker.None, ListItems.Parse("1.2. Организация работы", 1).Marker);
    }

    [Fact]
    public void A_doubled_item_number_in_the_lf_list_counts_as_the_next_function()
    {
        // 221679 rus.md L5056–5065 (card ¶17 at L4997): items «1.…», «2.…» (no final period), «3.3.…»; the third was
        // glued to the second and the card warned «2 Mandatory LFs listed, 3 described».
        string[] Lf(int n, string title) =>
        [
            "<tr>", "<td rowspan=\"2\">", $"Трудовая функция {n}:", title, "</td>", "<td rowspan=\"2\">", "Навык 1:", "Навык", "</td>",
            "<td>", "Умения:", "1. Уметь.", "</td>", "</tr>", "<tr>", "<td>", "Знания:", "1. Знать.", "</td>", "</tr>",
        ];
        var (doc, warnings) = Read(RuChapter,
        [
            "<tr><td colspan=\"3\">17. Карточка профессии «Коуч в образовании»:</td></tr>",
            "<tr><td rowspan=\"3\">Перечень трудовых функций:</td><td rowspan=\"3\">Обязательные трудовые функции:</td>",
            "<td>1.Сопровождение образовательных организаций в развитии стратегических направлений и инноваций</td></tr>",
            "<tr><td>2.Сопровождение педагогов в развитии профессионального мастерства и образовательного взаимодействия</td></tr>",
            "<tr><td>3.3.Сопровождение обучающихся в развитии учебной мотивации, самоуправления и образовательных навыков</td></tr>",
            "<tr><td colspan=\"3\">Описание трудовых функций</td></tr>",
            .. Lf(1, "Сопровождение образовательных организаций в развитии стратегических направлений и инноваций"),
            .. Lf(2, "Сопровождение педагогов в развитии профессионального мастерства и образовательного взаимодействия"),
            .. Lf(3, "Сопровождение обучающихся в развитии учебной мотивации, самоуправления и образовательных навыков"),
        ]);
        Assert.Equal(3, Assert.Single(doc.Cards).LaborFunctions.Count);
        Assert.DoesNotContain(warnings, w => w.Message.Contains("LFs listed", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Message.Contains("LF 2 differs", StringComparison.Ordinal));
    }

    // ---- 7. Heading forms ----

    [Theory]
    [InlineData("9. Кәсіптің карточкасы «Аджастер»:", 9, "Аджастер")]          // 205264 kaz.md L91 (word first, title after)
    [InlineData("9. «Құс өсіруші» кәсібінің карточкасы", 9, "Құс өсіруші")]    // 216979 kaz/an004.md L187
    [InlineData("9.Карточка профессии «Бизнес-коуч»:", 9, "Бизнес-коуч")]     // 221679 rus.md L164 (no space after «9.»)
    [InlineData("10. «Сот сарапшылары» кәсіптік карточкасы", 10, "Сот сарапшылары")] // 192873 kaz/an020.md L375
    public void Card_heading_forms_of_the_session_4_texts(string line, int n, string title)
    {
        var hit = Labels.Match(line);
        Assert.Equal((LabelKind.CardHeading, n, title), (hit?.Kind, hit?.Number, hit?.Rest));
    }
}
