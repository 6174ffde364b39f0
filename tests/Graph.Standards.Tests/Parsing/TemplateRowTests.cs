namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Parsing;
using Xunit;

/// <summary>
/// Template variants listed in /work/shared/docs/register-mirror.md ("Where today's reader is narrower") that no seed
/// prints: each is a row of the label catalogue, checked here on the printed form the survey of the register names.
/// </summary>
public sealed class TemplateRowTests
{
    [Theory]
    [InlineData("Глава III. Карточки профессий", 3)]
    [InlineData("### Глава IV. Технические данные профессионального стандарта", 4)]
    [InlineData("Глава І. Общие положения", 1)]          // Cyrillic «І» for the Roman one
    [InlineData("Раздел 3. Карточки профессий", 3)]
    [InlineData("3-бөлім. Кәсіптер карточкалары", 3)]
    [InlineData("Глава 3. Карточки профессий", 3)]
    public void Chapters_numbered_in_words_or_Roman_numerals(string line, int chapter)
    {
        var hit = Labels.Match(line);
        Assert.Equal((LabelKind.Chapter, chapter), (hit?.Kind, hit?.Number));
    }

    [Theory]
    [InlineData("Главная цель деятельности")]
    [InlineData("Раздел 3 настоящего приказа применяется")]
    [InlineData("3-бөлімде көрсетілген")]
    public void Sentences_that_mention_a_chapter_are_no_chapter(string line) =>
        Assert.NotEqual(LabelKind.Chapter, Labels.Match(line)?.Kind);

    [Theory]
    [InlineData("Трудовая функция № 2:", LabelKind.LfHeading, 2)]
    [InlineData("Навык №1:", LabelKind.SkillHeading, 1)]
    [InlineData("Дағды № 3:", LabelKind.SkillHeading, 3)]
    public void Function_and_skill_headings_with_a_number_sign(string line, LabelKind kind, int n)
    {
        var hit = Labels.Match(line);
        Assert.Equal((kind, n), (hit?.Kind, hit?.Number));
    }

    [Fact]
    public void Cards_numbered_alike_are_still_cards_when_the_heading_prints_the_card_word()
    {
        // Three cards all numbered «9.»: the second heading comes while card ¶9 is being read.
        Assert.Equal(LabelKind.CardHeading, Labels.Match("9. Карточка профессии «Бухгалтер»", lastParagraph: 9)?.Kind);
        Assert.Equal(LabelKind.CardHeading, Labels.Match("9. «Бухгалтер» кәсібінің карточкасы", lastParagraph: 9)?.Kind);
        // A quoted line alone must continue the numbering (employment ¶10, L651), and a lower number is no heading.
        Assert.Null(Labels.Match("9. «Бухгалтер»", lastParagraph: 9));
        Assert.Null(Labels.Match("8. Карточка профессии «Бухгалтер»", lastParagraph: 9));
    }

    [Theory]
    [InlineData("для 3 разряда:", true)]                 // 207230 rus.md L402
    [InlineData("Для 4 разряда:", true)]                 // 207230 rus.md L414
    [InlineData("3-разряд үшін:", true)]                 // 207230 kaz.md L382
    [InlineData("5, 6-разрядтар үшін:", true)]           // 207230 kaz.md L574
    [InlineData("3 разряда рабочих выполняют работу", false)]
    [InlineData("1. Подготовка сырья", false)]
    public void Grade_parts_of_a_list(string line, bool grade) => Assert.Equal(grade, ListItems.IsGradeHeading(line));

    [Theory]
    [InlineData("Умения для 4 разряда", LabelKind.Abilities, 4)]                          // 216979 rus/an001.md L313
    [InlineData("Знания для 5 разряда", LabelKind.Knowledge, 5)]                          // 216979 rus/an001.md L333
    [InlineData("4-разрядқа арналған машықтар", LabelKind.Abilities, 4)]                  // 216979 kaz/an001.md L312
    [InlineData("5-разрядқа арналған білімдер", LabelKind.Knowledge, 5)]
    public void List_labels_with_a_grade(string line, LabelKind kind, int grade)
    {
        var hit = Labels.Match(line);
        Assert.Equal((kind, grade), (hit?.Kind, hit?.Number));
    }
}
