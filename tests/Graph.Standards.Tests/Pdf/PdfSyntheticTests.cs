namespace CareerGraph.Standards.Tests.Pdf;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Reading.Pdf;
using Xunit;

/// <summary>
/// The repairs on a small made-up card in the same layout: nothing in the reader is tied to the seed's line numbers
/// or wording beyond the label catalogue.
/// </summary>
public sealed class PdfSyntheticTests
{
    private static readonly string[] Card =
    [
        "1. Карточка профессии \"Сборщик данных\"",                // 1
        "",
        "К о д  ",                                                   // 3
        "г р у п п ы :  ",                                           // 4
        "",
        "1111-1",                                                    // 6
        "",
        "Описание трудовых функций",                                 // 8
        "",
        "Навык 1:",                                                  // 10
        "Сбор данных",                                               // 11
        "",
        "Умения:",                                                   // 13
        "",
        "1) собирать сведения о клиентах и заказах;",                // 15
        "2) проверять сведения о клиентах и заказах.",               // 16
        "",
        "Знания:",                                                   // 18
        "",
        "1) правил хранения сведений о клиентах;",                   // 20
        "",
        "Возможность признания навыка: Рекомендовано",               // 22
        "",
        "Умения:",                                                   // 24
        "",
        "1) сверять сведения о заказах с",                           // 26
        "",
        "",
        "",
        "Навык 2.",                                                  // 30
        "Проверка данных",                                           // 31
        "",
        "журналом учета;",                                           // 33
        "2) хранить сведения о клиен",                               // 34
        "тах в установленном порядке.",                              // 35
        "",
        "Знания:",                                                   // 37
        "1) правил хранения сведений о заказах.",                    // 38
        "",
        "Возможность признания навыка: Не рекомендовано",            // 40
        "",
        "К",                                                         // 42
        "ва",
        "л",
        "и",
        "ф",
        "и",
        "ка",
        "ц",
        "ия",
        ":",
        "-",                                                         // 52
    ];

    private static IReadOnlyList<LogicalLine> Read(ICollection<SourceWarning> warnings)
    {
        var text = string.Join('\n', Card);
        return new PdfTextReader().Read(new SourceText("synthetic.txt", text, Card), warnings);
    }

    [Fact]
    public void A_made_up_card_in_the_pdf_layout_reads_clean()
    {
        var warnings = new List<SourceWarning>();
        var lines = Read(warnings).Select(l => (l.Text, l.Lines.First, l.Lines.Last)).ToList();

        Assert.Equal(
        [
            ("1. Карточка профессии \"Сборщик данных\"", 1, 1),
            ("Код группы:", 3, 4),
            ("1111-1", 6, 6),
            ("Описание трудовых функций:", 8, 8),
            ("Навык 1:", 10, 10),
            ("Сбор данных", 11, 11),
            ("Умения:", 13, 13),
            ("1) собирать сведения о клиентах и заказах;", 15, 15),
            ("2) проверять сведения о клиентах и заказах.", 16, 16),
            ("Знания:", 18, 18),
            ("1) правил хранения сведений о клиентах;", 20, 20),
            ("Возможность признания навыка:", 22, 22),
            ("Рекомендовано", 22, 22),
            ("Навык 2:", 30, 30),                                        // moved before its abilities (L24)
            ("Проверка данных", 31, 31),
            ("Умения:", 24, 24),
            ("1) сверять сведения о заказах с журналом учета;", 26, 33),  // closed up around the moved header
            ("2) хранить сведения о клиентах в установленном порядке.", 34, 35), // «клиен / тах»: «клиентах» is printed whole above
            ("Знания:", 37, 37),
            ("1) правил хранения сведений о заказах.", 38, 38),
            ("Возможность признания навыка:", 40, 40),
            ("Не рекомендовано", 40, 40),
            ("Квалификация:", 42, 51),
            ("-", 52, 52),
        ], lines);
        Assert.Contains(warnings, w => w.Line == 30);
    }
}
