namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;
using static CareerGraph.Standards.Tests.Register.RegisterSeed;
using static CareerGraph.Standards.Tests.Register.RegisterActs;

/// <summary>
/// The second batch of register texts in seeds/register/ (agriculture, finance, labour 2019 and 2024), each run through
/// the extractor alone. Every expected value is read from the document: heading line, code row and level row are cited
/// per card; the template rules they exercise are in docs/register-measurements.md.
/// </summary>
public sealed class RegisterSeedBatch2Tests
{
    private static bool Warned(StandardDocument doc, string text) =>
        doc.Warnings.Any(w => w.Message.Contains(text, StringComparison.Ordinal));

    [Fact]
    public void Pensions_2024_sub_levels_listed_in_the_level_cell()
    {
        var doc = Extract($"{Enbek202265}/rus.md");
        Assert.Equal("Организация выплаты пенсий, пособий и социальных выплат", doc.Title);
        AssertCards(doc,
            "142 | специалист по пенсионному обеспечению | 4 | 3350-0-010", // L142; code L150; level L158
            "364 | специалист по пенсионному обеспечению | 5 | 3350-0-010", // L364; code L373; level L388
            "588 | специалист по пенсионному обеспечению | 6 | 2413-9-005", // L588; code L597; level L610
            "820 | руководитель структурного подразделения (управления, отделения, отдела) организации по выплате пенсий, пособий и социальных выплат | 8 | 1344-0-001", // L820; code L828; level L836
            "1030 | руководитель службы пенсионного обеспечения | 8 | 1344-0-005"); // L1030; code L1038; level L1046
        // L158–162 «4 – без категории; 4.1. – 2 категории; …», L389–390 «Послесреднее образование / 5.3. – высшей
        // категории» (no plain level: the sub-level's), L1047–1050 «8.2.-1 Руководитель …» … «8.2.-4 …».
        Assert.Equal(["4.1, 4.2, 4.3", "5.3", "6.1, 6.2, 6.3", "8.3.-1, 8.3.-2, 8.3.-3, 8.3.-4", "8.2.-1, 8.2.-2, 8.2.-3, 8.2.-4"],
            doc.Cards.Select(c => c.Sublevel));
        Assert.Equal("3350-0-010\n2413-9-005\n2631-0-017", doc.Cards[1].OccupationCode); // L373–375: three codes, one a line
        Assert.False(Warned(doc, "the passport lists"));                                    // L132–136: 3 rows, 5 cards; row 1 «4 - 6 уровни» stands for ¶9–¶11
    }

    [Fact]
    public void Maralovodstvo_2024_ru_all_cards_in_one_table()
    {
        var doc = Extract($"{Moa194767}/rus.md");
        AssertCards(doc,
            "135 | Пастух | 1 | 9211-2-004", // L135; code L143; level L151
            "402 | Рабочий по уходу за животными | 3 | 6129-0-011", // L402; code L410; level L418
            "710 | Приготовитель кормов | 3 | 6121-2-003", // L710; code L718; level L726
            "968 | Механик оборудования для скотоводческой фермы | 4 | 7239-1-001", // L968; code L976; level L984
            "1164 | Техник-осеменатор в животноводстве | 4 | 6121-3-010", // L1164; code L1172; level L1180
            "1390 | Мараловод | 4 | 6121-3-006", // L1390; code L1398; level L1406
            "1675 | Зоотехник | 4 | 3142-0-007", // L1675; code L1683; level L1691
            "2033 | Главный зоотехник | 6 | 1310-1-011", // L2033; code L2041; level L2049
            "2299 | Директор сельскохозяйственной организации | 6 | 1210-0-049"); // L2299; code L2307; level L2315
        Assert.Equal(["1", "3", "3", "4", "4", "4", "4", "6", "6"], doc.Cards.Select(c => c.Sublevel)); // «подуровень квалификации по ОРК:» rows
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void Maralovodstvo_2024_kk_title_first_headings_and_kazakh_labels()
    {
        var doc = Extract($"{Moa194767}/kaz.md");
        AssertCards(doc,
            "135 | Бақташы | 1 | 9211-2-004", // L135; code L143; level L151
            "402 | Жануарларға қарайтын жұмысшы | 3 | 6129-0-011", // L402; code L410; level L418
            "710 | Азық әзірлеуші | 3 | 6121-2-003", // L710; code L718; level L726
            "968 | Мал өсіру фермаларына арналған жабдықтар механигі | 4 | 7239-1-001", // L968; code L976; level L984
            "1164 | Мал шаруашылығындағы техник-ұрықтандырушы | 4 | 6121-3-010", // L1164; code L1172; level L1180
            "1390 | Марал өсіруші | 4 | 6121-3-006", // L1390; code L1398; level L1406
            "1675 | Зоотехник | 4 | 3142-0-007", // L1675; code L1683; level L1691
            "2033 | Бас зоотехник | 6 | 1310-1-011", // L2033; code L2041; level L2049
            "2296 | Ауыл шаруашылығы ұйымының директоры | 6 | 1210-0-049"); // L2296; code L2304; level L2312
        // L155 «СБШ бойынша біліктіліктің ішкі деңгейі:» is the sub-level row; L393 «СБШ аясында басқа кәсіптермен байланыс:».
        Assert.Equal("1", doc.Cards[0].Sublevel);
        Assert.All(doc.Cards, c => Assert.NotEmpty(c.Links));
        // L349 «1-қосымша еңбек функциясы:»: the additional function of ¶9.
        Assert.Contains(doc.Cards[0].LaborFunctions, lf => lf is { Kind: LaborFunctionKind.Additional, N: 1 });
        Assert.False(Warned(doc, "text outside any field"));
    }

    [Fact]
    public void Feed_production_2025_ru_lists_split_by_worker_grade()
    {
        var doc = Extract($"{Moa216979}/rus/an001.md");
        AssertCards(doc,
            "186 | Квалифицированный рабочий по подготовке и приготовлению кормов | 3 | 6121-2-001", // L186; code L194; level L202
            "594 | Ветеринарный фельдшер-лаборант | 5 | 3240-0-007", // L594; code L602; level L610
            "836 | Рабочий по орошению, ирригации | 2 | 9211-1-004", // L836; code L844; level L852
            "1052 | Начальник лаборатории (в сельском хозяйстве) | 6 | 1310-1-034", // L1052; code L1060; level L1068
            "1410 | Квалифицированный сельскохозяйственный рабочий (полевые культуры) | 3 | 6111-1-001", // L1410; code L1418; level L1426
            "1863 | Агроном отделения (бригады, сельскохозяйственного участка, фермы, цеха) (средней квалификации) | 5 | 3142-0-002"); // L1863; code L1871; level L1879
        // ¶9 LF1 skill 1, L311–321: «Умения:», «Умения для 4 разряда» 1–4 (L314–317), «Умения для 5 разряда» 1–4 (L319–322).
        var skill = doc.Cards[0].LaborFunctions[0].Skills[0];
        Assert.Equal(8, skill.Abilities.Count);
        Assert.Equal("Приготавливать корма из одно- и двухлетних кормовых культур вручную и с использованием простого инвентаря.", skill.Abilities[0].Text);
        Assert.Equal("Организовывать процесс приготовления кормов с применением механизированного оборудования.", skill.Abilities[4].Text);
        Assert.Equal(8, skill.Knowledge.Count);                                              // L327–337, «Знания для 4/5 разряда»
        Assert.DoesNotContain(doc.Cards.SelectMany(c => c.LaborFunctions).SelectMany(lf => lf.Skills).SelectMany(s => s.Abilities.Concat(s.Knowledge)),
            item => item.Text.Contains("разряда", StringComparison.Ordinal));
        Assert.False(Warned(doc, "out of sequence"));
    }

    [Fact]
    public void Feed_production_2025_kk_grade_first_labels()
    {
        var doc = Extract($"{Moa216979}/kaz/an001.md");
        AssertCards(doc,
            "186 | Азықты дайындау және даярлау жөніндегі білікті жұмысшы | 3 | 6121-2-001", // L186; code L194; level L202
            "593 | Ветеринариялық фельдшер-зертханашы | 5 | 3240-0-007", // L593; code L601; level L609
            "835 | Суару, суландыру жөніндегі жұмысшы | 2 | 9211-1-004", // L835; code L843; level L851
            "1052 | Зертхана бастығы (ауыл шаруашылығында) | 6 | 1310-1-034", // L1052; code L1060; level L1068
            "1413 | Білікті ауыл шаруашылығы (егін дақылдары) жұмыскері | 3 | 6111-1-001", // L1413; code L1421; level L1429
            "1864 | Бөлімше агрономы (біліктілік денгейі орташа) | 5 | 3142-0-002"); // L1864; code L1872; level L1880
        // L311–321: «Машықтар:», «4-разрядқа арналған машықтар» 1–4, «5-разрядқа арналған машықтар» 1–4.
        Assert.Equal(8, doc.Cards[0].LaborFunctions[0].Skills[0].Abilities.Count);
    }

    [Fact]
    public void Sausages_2025_list_as_a_table_and_cards_split_by_grade()
    {
        var doc = Extract($"{Moa207230}/rus.md");
        Assert.Equal("Производство колбасных изделий и мясных деликатесов", doc.Title);
        AssertCards(doc,
            "143 | Фаршемесильщик | 3 | 7511-9-065", // L143; code L147; level L159
            "345 | Аппаратчик термической обработки мясопродуктов, 3,4 разряды | 2 | 8161-9-009", // L345; code L349; level L361
            "537 | Аппаратчик термической обработки мясопродуктов, 5,6 разряды | 3 | 8161-9-009", // L537; code L541; level L553
            "767 | Оператор производства колбасных изделий | 3 | 8161-1-005", // L767; code L771; level L783
            "938 | Составитель фарша, 4,5 разряды | 2 | 7511-3-005", // L938; code L942; level L954
            "1239 | Составитель фарша, 6 разряд | 3 | 7511-3-005", // L1239; code L1243; level L1255
            "1558 | Формовщик колбасных изделий, 1,2,3 разряды | 2 | 7511-9-066", // L1558; code L1562; level L1574
            "1784 | Формовщик колбасных изделий, 4,5 разряды | 3 | 7511-9-066", // L1784; code L1788; level L1800
            "2013 | Мастер цеха | 4 | 1321-0-024", // L2013; code L2017; level L2029
            "2325 | Технолог по консервированию пищевых продуктов | 5 | 3129-9-007"); // L2325; code L2329; level L2341
        // L90–137: the list is a table, names in one cell and levels in the next: 10 rows, read against the 10 cards.
        Assert.False(Warned(doc, "the passport lists"));
        Assert.False(Warned(doc, "passport list row without a level"));
        // L2013 «Мастер цеха» (обрабатывающая промышленность): the quote closes before the bracket; the name row and
        // the list (L130) print it whole.
        Assert.Equal("Мастер цеха (обрабатывающая промышленность)", doc.Cards[8].NameField);
        Assert.True(Warned(doc, "¶17 title «Мастер цеха» is «Мастер цеха (обрабатывающая промышленность)» in the passport list"));
        // ¶10 L402–406: «для 3 разряда:» 1., «для 4 разряда:» 1., 2.: two functions described (L411, L468), no count warning.
        Assert.Equal(2, doc.Cards[1].LaborFunctions.Count);
        Assert.False(Warned(doc, "¶10: 3 Mandatory LFs listed"));
        Assert.False(Warned(doc, "text outside any field: «Код:»"));                           // L146 «Код:» is the occupation code
    }

    [Fact]
    public void Accountant_2023_ru_th_heading_and_swapped_code_rows()
    {
        var doc = Extract($"{Minfin75186}/rus.md");
        // Group and occupation codes are printed in each other's rows (L155–160): kept as printed, reported.
        AssertCards(doc,
            "152 | Бухгалтер | 3 | 2411-1", // L152; code L160; level L168
            "461 | Бухгалтер | 4 | 2411-1", // L461; code L469; level L477
            "833 | Бухгалтер | 5 | 2411-1", // L833; code L841; level L849
            "1139 | Бухгалтер | 6 | 2411-1", // L1139; code L1147; level L1155
            "1452 | Главный бухгалтер | 7 | 1221-1", // L1452; code L1460; level L1468
            "1783 | Бухгалтер | 8 | 1210-0"); // L1783; code L1791; level L1799
        Assert.Equal("2411-1-001", doc.Cards[0].GroupCode);
        Assert.True(Warned(doc, "¶9: group code «2411-1-001» and occupation code «2411-1» are printed in each other's row"));
        Assert.Equal("Руководитель по бухгалтерскому учету (главный бухгалтер)", doc.Cards[4].NameField); // L1464
    }

    [Fact]
    public void Accountant_2023_kk_kasip_atauynyn_kody()
    {
        var doc = Extract($"{Minfin75186}/kaz.md");
        AssertCards(doc,
            "145 | Бухгалтер | 3 | 2411-1", // L145; code L153; level L161
            "454 | Бухгалтер | 4 | 2411-1", // L454; code L462; level L470
            "825 | Бухгалтер | 5 | 2411-1", // L825; code L833; level L841
            "1125 | Бухгалтер | 6 | 2411-1", // L1125; code L1133; level L1141
            "1433 | Бас бухгалтер | 7 | 1221-1", // L1433; code L1441; level L1449
            "1768 | Бухгалтер | 8 | 1210-0"); // L1768; code L1776; level L1784
        Assert.Equal("2411-1-001", doc.Cards[0].GroupCode);                                  // L148 «Топ коды:», L149
        // L229 «Машығы:» labels the abilities of ¶9 LF1 skill 1 (L233–237).
        Assert.Equal(5, doc.Cards[0].LaborFunctions[0].Skills[0].Abilities.Count);
    }

    [Fact]
    public void Psychological_and_social_work_2019_ru_thirty_cards_one_per_level()
    {
        var doc = Extract($"{Enbek131993}/rus.md");
        Assert.Equal("Психологическая и социальная работа", doc.Title);
        AssertCards(doc,
            "198 | Специалист по социальной работе | 4 | 3412-008", // L198; code L202; level L210
            "377 | Специалист по социальной работе | 5 | 2635-3-001", // L377; code L381; level L389
            "593 | Специалист по социальной работе | 6 | 2635-3-001", // L593; code L597; level L605
            "787 | Специалист по социальной работе (оказание социально-медицинских услуг) | 4 | 3412-008", // L787; code L791; level L799
            "885 | Специалист по социальной работе (оказание социально-медицинских услуг) | 5 | 2635-3-001", // L885; code L889; level L897
            "1088 | Социальный работник по оказанию социальной помощи на дому | 4 | 3412-008", // L1088; code L1092; level L1100
            "1226 | Социальный работник по оказанию социальной помощи на дому | 5 | 2635-3-001", // L1226; code L1230; level L1238
            "1302 | Социальный работник по оценке и определению потребности в специальных социальных услугах | 6 | 2635-3-001", // L1302; code L1306; level L1314
            "1463 | Супервизор по социальной работе | 7 | 2212-8", // L1463; code L1467; level L1475
            "1631 | Эксперт медико-социальной экспертизы | 6 | 2213-2", // L1631; code L1635; level L1643
            "1782 | Эксперт медико-социальной экспертизы | 7 | 2213-2", // L1782; code L1786; level L1794
            "1928 | Врач медико-социальной экспертизы | 6 | 1342-1-004, 2211-1, 2211-7, 2211-8, 2212-6, 2212-8, 2212-8-011, 2213-1, 2213-2, 2214-1, 2214-3, 2215-1, 2217-1", // L1928; code L1932; level L1955
            "2076 | Врач медико-социальной экспертизы | 7 | 1342-1-004, 2211-1, 2211-7, 2211-8, 2212-6, 2212-8, 2212-8-011, 2213-1, 2213-2, 2214-1, 2214-3, 2215-1, 2217-1", // L2076; code L2080; level L2103
            "2202 | Медицинский регистратор медико-социальной экспертизы | 4 | 3252", // L2202; code L2206; level L2214
            "2295 | Медицинский регистратор медико-социальной экспертизы | 5 | 3252", // L2295; code L2299; level L2307
            "2363 | Психолог в области трудовой и организационной психологии | 6 | 2634-2-001", // L2363; code L2367; level L2375
            "2547 | Социальный психолог | 6 | 2634-9-004", // L2547; code L2551; level L2559
            "2750 | Социальный работник с осужденными в пенитенциарной системе | 6 | 2634-4-001", // L2750; code L2754; level L2762
            "2825 | Социальный работник с осужденными в пенитенциарной системе | 7 | 2634-4-001", // L2825; code L2829; level L2837
            "2987 | Психолог-консультант в социальной сфере | 6 | 2634-9-004", // L2987; code L2991; level L2999
            "3221 | Психолог-консультант в социальной сфере (судебный) | 6 | 2634-9-004", // L3221; code L3225; level L3233
            "3376 | Психолог-консультант в социальной сфере (судебный) | 7 | 2634-9-004", // L3376; code L3380; level L3388
            "3466 | Социальный педагог школьный | 5 | 2379-9-007", // L3466; code L3470; level L3478
            "3595 | Социальный педагог школьный | 6 | 2379-9-007", // L3595; code L3599; level L3607
            "3740 | Социальный педагог дошкольной организации образования | 5 | 2379-9-007", // L3740; code L3744; level L3752
            "3849 | Социальный педагог дошкольной организации образования | 6 | 2379-9-007", // L3849; code L3853; level L3861
            "3975 | Педагог-психолог начального уровня образования | 5 | 2634-1-007", // L3975; code L3979; level L3987
            "4099 | Педагог-психолог начального уровня образования | 6 | 2634-1-007", // L4099; code L4103; level L4111
            "4211 | Школьный психолог | 6 | 2634-1-008", // L4211; code L4215; level L4223
            "4334 | Школьный психолог | 7 | 2634-1-008"); // L4334; code L4338; level L4346
        // L885 «Карточка профессии профессии «…»», L2363 «Карточка професии «…»»: misprints of the heading word; L3376
        // the name alone. L210 «4 (4.1., 4.2., 4.3.)»: sub-levels in brackets.
        Assert.Equal("4.1, 4.2, 4.3", doc.Cards[0].Sublevel);
        // L153–187: 17 professions with level ranges («4-6 уровни») are the 30 cards, one per level.
        Assert.False(Warned(doc, "the passport lists"));
        Assert.All(doc.Cards, c => Assert.Null(c.Paragraph));
    }

    [Fact]
    public void Psychological_and_social_work_2019_kk_kasibinin_kartochkasy()
    {
        var doc = Extract($"{Enbek131993}/kaz.md");
        AssertCards(doc,
            "199 | Әлеуметтік жұмыс жөніндегі маман | 4 | 3412-008", // L199; code L203; level L211
            "387 | Әлеуметтік жұмыс жөніндегі маман | 5 | 2635-3-001", // L387; code L391; level L399
            "613 | Әлеуметтік жұмыс жөніндегі маман | 6 | 2635-3-001", // L613; code L617; level L625
            "811 | Әлеуметтік жұмыс жөніндегі маман (әлеуметтік-медициналық қызмет көрсету) | 4 | 3412-008", // L811; code L815; level L823
            "909 | Әлеуметтік жұмыс жөніндегі маман (әлеуметтік-медициналық қызмет көрсету) | 5 | 2635-3-001", // L909; code L913; level L921
            "1116 | Үйде әлеуметтік көмек көрсету жөніндегі әлеуметтік қазметкер | 4 | 3412-008", // L1116; code L1120; level L1128
            "1255 | Үйде әлеуметтік көмек көрсету жөніндегі әлеуметтік қазметкер | 5 | 2635-3-001", // L1255; code L1259; level L1267
            "1334 | Арнаулы әлеуметтік қызметтерге қажеттілікті бағалау және айқындау жөніндегі әлеуметтік қызметкер | 6 | 2635-3-001", // L1334; code L1338; level L1346
            "1494 | Әлеуметтік жұмыс жөніндегі супервизор | 7 | 2212-8", // L1494; code L1498; level L1506
            "1662 | Медициналық-әлеуметтік сараптаманың сарапшысы | 6 | 2213-2", // L1662; code L1666; level L1674
            "1819 | Медициналық-әлеуметтік сараптаманың сарапшысы | 7 | 2213-2", // L1819; code L1823; level L1831
            "1969 | Медициналық-әлеуметтік сараптаманың дәрігері | 6 | 1342-1-004, 2211-1, 2211-7, 2211-8, 2212-6, 2212-8, 2212-8-011, 2213-1, 2213-2, 2214-1, 2214-3, 2215-1, 2217-1", // L1969; code L1973; level L1996
            "2123 | Медициналық-әлеуметтік сараптаманың дәрігері | 7 | 1342-1-004, 2211-1, 2211-7, 2211-8, 2212-6, 2212-8, 2212-8-011, 2213-1, 2213-2, 2214-1, 2214-3, 2215-1, 2217-1", // L2123; code L2127; level L2150
            "2251 | Медициналық – әлеуметтік сараптаманың медициналық тіркеушісі | 4 | 3252", // L2251; code L2255; level L2263
            "2344 | Медициналық – әлеуметтік сараптаманың медициналық тіркеушісі | 5 | 3252", // L2344; code L2348; level L2356
            "2414 | Еңбек және ұйымдастырушылық психология саласындағы психолог | 6 | 2634-2-001", // L2414; code L2418; level L2426
            "2598 | Әлеуметтік психолог | 6 | 2634-9-004", // L2598; code L2602; level L2610
            "2801 | Пенитенциарлық жүйесінде сотталғандармен жұмыс істейтін әлеуметтік қызметкер | 6 | 2634-4-001", // L2801; code L2805; level L2813
            "2876 | Пенитенциарлық жүйесіндегі сотталғандармен жұмыс істейтін әлеуметтік қызметкер | 7 | 2634-4-001", // L2876; code L2880; level L2888
            "3041 | Әлеуметтік саласындағы психолог-консультант | 6 | 2634-9-004", // L3041; code L3045; level L3053
            "3275 | Әлеуметтік саладағы психолог-консультант (сот) | 6 | 2634-9-004", // L3275; code L3279; level L3287
            "3429 | Әлеуметтік саладағы психолог-консультант (сот) | 7 | 2634-9-004", // L3429; code L3433; level L3441
            "3519 | Мектептегі әлеуметтік педагог | 5 | 2379-9-007", // L3519; code L3523; level L3531
            "3645 | Мектептегі әлеуметтік педагог | 6 | 2379-9-007", // L3645; code L3649; level L3657
            "3787 | Мектеп жасына дейінгі білім беру ұйымының әлеуметтік педагог | 5 | 2379-9-007", // L3787; code L3791; level L3799
            "3894 | Мектеп жасына дейінгі білім беру ұйымының әлеуметтік педагог | 6 | 2379-9-007", // L3894; code L3898; level L3906
            "4018 | Білімнің бастауыш деңгейіндегі педагог-психолог | 5 | 2634-1-007", // L4018; code L4022; level L4030
            "4142 | Білімнің бастауыш деңгейіндегі педагог-психолог | 6 | 2634-1-007", // L4142; code L4146; level L4154
            "4256 | Мектеп психологы | 6 | 2634-1-008", // L4256; code L4260; level L4268
            "4378 | Мектеп психологы | 7 | 2634-1-008"); // L4378; code L4382; level L4390
        Assert.False(Warned(doc, "the passport lists"));                                     // L154–188, «4-6 деңгейлері»
        // «Икемділіктер мен дағдылар:» (L237) and «Білуге тиіс:» (L255) are the abilities and knowledge of ¶1 LF1 task 1.
        var task = doc.Cards[0].LaborFunctions[0].Skills[0];
        Assert.Equal(3, task.Abilities.Count);
        Assert.Equal(4, task.Knowledge.Count);
        Assert.NotEmpty(doc.Cards[0].Links);                                                 // L374 «СБШ шеңберінде басқа кәсіптерімен байланысы»
    }
    [Fact]
    public void Pensions_2024_kk_title_first_heading_without_quotes()
    {
        var doc = Extract($"{Enbek202265}/kaz.md");
        // «9. Зейнетақымен қамсыздандыру жөніндегі маман кәсібінің карточкасы» (L168): title first, no quotes.
        AssertCards(doc,
            "168 | Зейнетақымен қамсыздандыру жөніндегі маман | 4 | 3350-0-010",   // L168; code L176; level L184–188
            "391 | Зейнетақымен қамсыздандыру жөніндегі маман | 5 | 3350-0-010",   // L391; code L400; level L415
            "615 | Зейнетақымен қамсыздандыру жөніндегі маман | 6 | 2413-9-005",   // L615; code L624; level L637
            "849 | Зейнетақы, жәрдемақы және әлеуметтік төлемдерді төлеу жөніндегі ұйымның құрылымдық бөлімшесінің (басқармасының, бөлімшесінің, бөлімінің) басшысы | 8 | 1344-0-001", // L849; code L857; level L865
            "1059 | Зейнетақымен қамсыздандыру қызметінің басшысы | 8 | 1344-0-005"); // L1059; code L1067; level L1075
        Assert.Equal("4.1, 4.2, 4.3", doc.Cards[0].Sublevel);                               // L185–188 «4.1. – 2 - санат;» …
    }

    [Fact]
    public void Sausages_2025_kk_bracket_after_the_heading_and_grades_per_part()
    {
        var doc = Extract($"{Moa207230}/kaz.md");
        AssertCards(doc,
            "123 | Туралған етті араластырушы | 3 | 7511-9-065",                         // L123; code L127; level L139
            "325 | Ет өнімдерін термиялық өңдеу аппаратшысы, 3, 4-разрядтар | 2 | 8161-9-009", // L325; code L329; level L341
            "516 | Ет өнімдерін термиялық өңдеу аппаратшысы, 5, 6-разрядтар | 3 | 8161-1-001", // L516; code L520; level L532 (ru prints 8161-9-009)
            "753 | Шұжық өнімдерін өндіру операторы | 3 | 8161-1-005",                     // L753; code L757; level L769
            "918 | Тартылған ет құрастырушы, 4, 5-разрядтар | 2 | 7511-3-005",             // L918; code L922; level L934
            "1218 | Тартылған ет құрастырушы, 6-разряд | 3 | 7511-3-005",                  // L1218; code L1222; level L1234
            "1542 | Шұжық өнімдерін қалыптаушы 1,2,3-разрядтар | 2 | 7511-9-066",          // L1542; code L1546; level L1558
            "1770 | Шұжық өнімдерін қалыптаушы, 4,5-разрядтар | 3 | 7511-9-066",           // L1770; code L1774; level L1786
            "1990 | Цех шебері | 4 | 1321-0-024",                                          // L1990 «… кәсіп карточкасы (Өңдеуші өнеркәсіп)»; code L1994; level L2006
            "2303 | Тамақ өнімдерін консервілеу жөніндегі технологы | 5 | 3129-9-007");      // L2303; code L2307; level L2319
        // L382–386: «3-разряд үшін:» 1., «4-разряд үшін:» 1., 2.: parts of one list, not a sequence out of order.
        Assert.False(Warned(doc, "out of sequence"));
        Assert.False(Warned(doc, "the passport lists"));                                    // L88–115: the list as a table
    }
}
