namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;
using static CareerGraph.Standards.Tests.Register.RegisterSeed;
using static CareerGraph.Standards.Tests.Register.RegisterActs;

/// <summary>
/// Four Kazakh register texts measured before any change for them (docs/register-measurements.md, "Unseen Kazakh
/// texts"): 196806 and 202265 gave no card, 207230 lost ¶17 into ¶16, 194717 lost two levels. Each is extracted alone;
/// every expected value is read from the document, heading, code row and level row cited per card.
/// </summary>
public sealed class RegisterSeedKazakhUnseenTests
{
    [Fact]
    public void Social_work_2024_kk_unnumbered_cards_chapter()
    {
        // L178 «#### Кәсіптердің карточкалары» is the only heading of the cards chapter (no «3-тарау»).
        var doc = Extract($"{Enbek196806}/kaz.md");
        AssertCards(doc,
            "180 | Жеке көмекші | 1/2 | 5320-2-003", // L180 «мамандығының карточкасы»; code L189; level L197 «1-2»
            "436 | Әлеуметтік көмекші | 2/3 | 5320-9-006", // L436; code L445; level L453
            "657 | Ымдау тілі маманы | 2/3 | 2643-9-009", // L657 «кәсібінің карточкасы»; code L666; level L674
            "872 | Арнаулы әлеуметтік қызметтер көрсететін ұйымдардағы әлеуметтік жұмыскердің ассистенті | 3/4 | 3412-0-011", // L872 «кәсіптік карточкасы»; code L881; level L889
            "1101 | Әлеуметтік жұмыскер | 4 | 3412-0-008", // L1101; code L1110; level L1118
            "1460 | Әлеуметтік жұмыскер кейс-менеджер | 5 | 3412-0-005", // L1460; code L1469; level L1477
            "1771 | Әлеуметтік жұмыс жөніндегі маман (жалпы профиль) | 6 | 2635-3-001", // L1771; code L1780; level L1788
            "2126 | Әлеуметтік қорғау ұйымының құрылымдық бөлімшесінің (бөлімінің, секторының, тобының) бастығы | 7 | 1344-0-004", // L2126; code L2135; level L2143
            "2447 | Арнаулы әлеуметтік қызметтер көрсету орталығының (әлеуметтік қызмет көрсету орталығы (қарттар мен мүгедектігі бар адамдар), белгілі бір тұрғылықты жері жоқ адамдарға арналған әлеуметтік бейімдеу орталығы, отбасы мен балаларға әлеуметтік көмек көрсету орталығы, кәмелетке толмағандарға арналған әлеуметтік оңалту орталығы, балалар мен жасөспірімдерге арналған әлеуметтік баспана және т.б.) директоры | 7 | 1210-0-040", // L2447; code L2456; level L2464
            "2755 | Әлеуметтік жұмыс менеджері | 8 | 2379-9-013"); // L2755: the heading is a <td colspan="8"> of ¶17's table; code L2763; level L2771
        // «СБШ бойынша кіші деңгейі:» rows: empty but for ¶16 (L2147 «7.1») and ¶17 (L2468 «7.2»).
        Assert.Equal(new string?[] { null, null, null, null, null, null, null, "7.1", "7.2", null }, doc.Cards.Select(c => c.Sublevel));
        // L204–207: the label cell «ЖЖКБТБА, БА,» / «үлгілік … біліктілік деңгейі:» wraps after its comma; the value is L208.
        Assert.Equal("санатсыз", doc.Cards[0].TypicalQualification);
        Assert.Equal("5320-2", doc.Cards[0].GroupCode); // L184–185
        // L430–432: the link row's level cell prints a range «2-3» — the level range of the card it names (L453) —
        // and is read at its first level, not dropped as a row without a level.
        var link = Assert.Single(doc.Cards[0].Links);
        Assert.Equal((2, "Әлеуметтік көмекші"), (link.Level, link.Name));
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
    }

    [Fact]
    public void Pensions_2024_kk_title_first_without_quotes()
    {
        var doc = Extract($"{Enbek202265}/kaz.md");
        AssertCards(doc,
            "168 | Зейнетақымен қамсыздандыру жөніндегі маман | 4 | 3350-0-010", // L168 «9. X кәсібінің карточкасы» in a <td>; code L176; level L183–188
            "391 | Зейнетақымен қамсыздандыру жөніндегі маман | 5 | 3350-0-010", // L391; codes L400–402; level L414–417
            "615 | Зейнетақымен қамсыздандыру жөніндегі маман | 6 | 2413-9-005", // L615; codes L624–625; level L636
            "849 | Зейнетақы, жәрдемақы және әлеуметтік төлемдерді төлеу жөніндегі ұйымның құрылымдық бөлімшесінің (басқармасының, бөлімшесінің, бөлімінің) басшысы | 8 | 1344-0-001", // L849; code L857; level L864
            "1059 | Зейнетақымен қамсыздандыру қызметінің басшысы | 8 | 1344-0-005"); // L1059; code L1067; level L1074
        // L184–188 «4 – санат жоқ; 4.1. – 2 - санат; …»; L416–417 «Орта білімнен кейінгі білім / 5.3. – жоғары санатты».
        Assert.Equal(["4.1, 4.2, 4.3", "5.3", "6.1, 6.2, 6.3", "8.3.-1, 8.3.-2, 8.3.-3, 8.3.-4", "8.2.-1, 8.2.-2, 8.2.-3, 8.2.-4"],
            doc.Cards.Select(c => c.Sublevel));
        Assert.Equal("3350-0-010\n2413-9-005\n2631-0-017", doc.Cards[1].OccupationCode); // L400–402: three codes, one a line
    }

    [Fact]
    public void Sausages_2025_kk_bracket_after_the_heading_word_and_grade_parts()
    {
        var doc = Extract($"{Moa207230}/kaz.md");
        AssertCards(doc,
            "123 | Туралған етті араластырушы | 3 | 7511-9-065", // L123; code L127; level L139
            "325 | Ет өнімдерін термиялық өңдеу аппаратшысы, 3, 4-разрядтар | 2 | 8161-9-009", // L325; code L329; level L341
            "516 | Ет өнімдерін термиялық өңдеу аппаратшысы, 5, 6-разрядтар | 3 | 8161-1-001", // L516: a table nested in ¶9–12's; code L520; level L532
            "753 | Шұжық өнімдерін өндіру операторы | 3 | 8161-1-005", // L753; code L757; level L769
            "918 | Тартылған ет құрастырушы, 4, 5-разрядтар | 2 | 7511-3-005", // L918; code L922; level L934
            "1218 | Тартылған ет құрастырушы, 6-разряд | 3 | 7511-3-005", // L1218; code L1222; level L1234
            "1542 | Шұжық өнімдерін қалыптаушы 1,2,3-разрядтар | 2 | 7511-9-066", // L1542; code L1546; level L1558
            "1770 | Шұжық өнімдерін қалыптаушы, 4,5-разрядтар | 3 | 7511-9-066", // L1770; code L1774 (as ¶15's); level L1786
            "1990 | Цех шебері | 4 | 1321-0-024", // L1990 «17. «Цех шебері» кәсіп карточкасы (Өңдеуші өнеркәсіп)»; code L1994; level L2006
            "2303 | Тамақ өнімдерін консервілеу жөніндегі технологы | 5 | 3129-9-007"); // L2303; code L2307; level L2319
        Assert.Equal("Цех шебері (Өңдеуші өнеркәсіп)", doc.Cards[8].NameField); // L2001–2002 «Кәсіп атауы:»
        // L332–337: «Топ коды:» 8161-9, then «Мамандық атауы:» with the heading's title (so no separate name field).
        Assert.Equal(("8161-9", null), (doc.Cards[1].GroupCode, doc.Cards[1].NameField));
        // ¶10 LF1 skill 1 (L398): «Машықтар:» / «3-разряд үшін:» 4 items (L405–410), «Машықтар:» / «4-разряд үшін:»
        // 5 items (L411–417); «Білімдер:» 8 (L422–431) + 5 (L432–438). The grade lines head parts and are no items.
        var skill = doc.Cards[1].LaborFunctions[0].Skills[0];
        Assert.Equal((9, 13), (skill.Abilities.Count, skill.Knowledge.Count));
        Assert.DoesNotContain(skill.Abilities, a => a.Text.Contains("разряд үшін", StringComparison.Ordinal));
    }

    [Fact]
    public void Veterinary_2024_kk_biliktiliktin_dengeyi_and_link_level_column()
    {
        var doc = Extract($"{Moa194717}/kaz.md");
        AssertCards(doc,
            "176 | Ветеринариялық санитар | 3 | 5190-4-007", // L176; code L184; level L191 «біліктіліктің деңгейі» / L192
            "391 | Ветеринариялық фельдшер | 4 | 3240-0-006", // L391; code L399; level L406
            "616 | Ветеринариялық дәрігер | 6 | 2250-0-003", // L616; code L624; level L631
            "962 | Ветеринариялық-санитариялық дәрігер | 6 | 2250-0-002", // L962; code L970; level L977 «біліктіліктің деңгейі» / L978
            "1292 | Ветеринариялық дәрігер (серолог) | 6 | 2250-0-004", // L1292; code L1300; level L1307
            "1519 | Ветеринариялық дәрігер (эпидемиолог) | 6 | 2250-0-005", // L1519; code L1527; level L1534
            "1741 | Ветеринариялық хирург | 6 | 2250-0-007", // L1741; code L1749; level L1756
            "1994 | Ветеринариялық зертхана меңгерушісі | 7 | 1342-2-004", // L1994; code L2002; level L2009
            "2203 | Ветеринариялық станцияның меңгерушісі | 7 | 1342-2-005", // L2203; code L2211; level L2218
            "2413 | Ветеринариялық пункт меңгерушісі | 7 | 1342-2-006", // L2413; code L2421; level L2428
            "2697 | Ветеринариялық учаске меңгерушісі | 7 | 1342-2-007", // L2697; code L2705; level L2712
            "2931 | Ветеринариялық дәріхана меңгерушісі | 7 | 1342-2-002", // L2931; code L2939; level L2946
            "3149 | Ветеринариялық клиника (емхана, поликлиника) меңгерушісі | 7 | 1342-2-003"); // L3149; code L3157; level L3164
        // The sub-level rows print the level again (¶9 L195–196 «3», before the typical-qualification row).
        Assert.Equal(doc.Cards.Select(c => c.Level?.ToString()), doc.Cards.Select(c => c.Sublevel));
        Assert.Null(doc.Cards[0].NameField); // L187–188: the name row equals the heading; the level row is not glued to it
        // «СБШ-ның деңгейі:» is the links table's level column (¶9 L380), not a link row.
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
    }
}
