namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>
/// Links tables that print a direction heading instead of a level column: «Уровень выше» / «Уровень ниже» (ru) and
/// «Деңгейі жоғары» / «Деңгейі төмен» (kk) in the internal-affairs standard of 2019 (act 137361 in seeds/register).
/// Each row under a heading is a link with that direction and no level. Lines cite the seed files.
/// </summary>
public sealed class DirectionLinkTests
{
    private const string Act = "07-ministerial/103003000000-qriim/2019/1218-ob-utverzhdenii-professionalnogo-standarta-deiatelnost-po-obespe-137361";

    private static StandardDocument Extract(string file) => RegisterSeed.Extract(Path.Combine(Act, file));

    private static string Describe(ProfessionLink l) => $"{l.Direction?.ToString() ?? "-"} {l.Level?.ToString() ?? "-"} {l.Name} L{l.Lines.First}";

    [Fact]
    public void Ru_rows_under_level_up_and_level_down_are_links_with_their_direction()
    {
        var doc = Extract("rus.md");
        Assert.Empty(doc.Cards[0].Links);                                        // «Наладчик…» prints no links table (L116–233)
        Assert.Equal(["Up - Пожарный – спасатель L364"], doc.Cards[1].Links.Select(Describe));           // L363–364
        Assert.Equal(
            ["Down - Пожарный L517", "Up - Инструктор по противопожарной профилактики L521", "Up - Инспектор – пожарный L522"],
            doc.Cards[2].Links.Select(Describe));                                                     // L515–523
        Assert.Equal(
            ["Down - пожарный - спасатель L695", "Up - Инструктор по противопожарной профилактики L699", "Up - Пожарный – спасатель L700"],
            doc.Cards[3].Links.Select(Describe));                                                     // L693–701
        // «Уровень выше» with nothing under it (L787) is an empty column, not a row.
        Assert.Equal(["Down - Инспектор – пожарный L784", "Down - Пожарный – спасатель L785"], doc.Cards[4].Links.Select(Describe));
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("link row without a level", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("has no link table", StringComparison.Ordinal));
    }

    [Fact]
    public void Kk_rows_under_the_kazakh_headings_are_read_the_same_way()
    {
        var doc = Extract("kaz.md");
        Assert.Equal(["Up - Өрт сөндіруші-құтқарушы L367"], doc.Cards[1].Links.Select(Describe));       // «Деңгейі жоғары» L366
        Assert.Equal(
            ["Down - Өрт сөндіруші L520", "Up - Өртке қарсы алдын алу жөніндегі нұсқаушы L524", "Up - Өрт сөндіруші – Инспектор L525"],
            doc.Cards[2].Links.Select(Describe));                                                     // «Деңгейі төмен» L519, «Деңгейі жоғары» L523
        // The last card's label ends «…байланысы» (L784); its rows are read, and the text is not called cut short.
        Assert.Equal(["Down - Инспектор-өрт сөндіруші L787", "Down - Өрт сөндіруші-құтқарушы L788"], doc.Cards[4].Links.Select(Describe));
        Assert.DoesNotContain(doc.Warnings, w => w.Message.Contains("may be cut short", StringComparison.Ordinal));
    }
}
