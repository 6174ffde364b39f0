namespace CareerGraph.Standards.Tests.Extraction;

using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>The templates of repeal clauses, repeal footnotes and new-edition clauses, one wording per case.</summary>
public sealed class EditionTextTests
{
    [Theory]
    // The footnote template the legal database prints under a repealed act (as in 137841's meta.yaml requisite).
    [InlineData("> *Сноска. Утратил силу приказом Министра труда и социальной защиты населения РК от 28.06.2024 № 228 (вводится в действие …).*", ActRelationKind.RepealedBy, "228", "2024-06-28")]
    [InlineData("Утратил силу приказом Министра труда и социальной защиты населения Республики Казахстан от 28 июня 2024 года № 228 (вводится …)", ActRelationKind.RepealedBy, "228", "2024-06-28")]
    [InlineData("> *Ескерту. Күші жойылды - ҚР Еңбек және халықты әлеуметтік қорғау министрінің 28.06.2024 № 228 (алғашқы ресми …) бұйрығымен.*", ActRelationKind.RepealedBy, "228", "2024-06-28")]
    [InlineData("2. «Об утверждении …» признать утратившим силу приказ Министра труда и социальной защиты населения Республики Казахстан от 31 декабря 2019 года № 714 «Об утверждении профессионального стандарта …».", ActRelationKind.Repeals, "714", "2019-12-31")]
    [InlineData("2. Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2019 жылғы 31 желтоқсандағы № 714 бұйрығының күші жойылды деп танылсын.", ActRelationKind.Repeals, "714", "2019-12-31")]
    // kk_employment-assistance_2025.txt L5
    [InlineData("      1. \"Жұмыспен қамтуға жәрдемдесу\" кәсіптік стандартын бекіту туралы\" Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылғы 19 маусымдағы № 200 бұйрығына мынадай өзгеріс енгізілсін:", ActRelationKind.NewEditionOf, "200", "2024-06-19")]
    public void A_template_wording_gives_the_relation(string line, ActRelationKind kind, string order, string date)
    {
        var r = Assert.Single(EditionText.Relations([line], "x.md"));
        Assert.Equal((kind, order, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), 1), (r.Kind, r.Order, r.Date, r.Line));
    }

    [Theory]
    // 137841 rus.md L88: an amendment footnote is not a repeal.
    [InlineData("> *Сноска. Пункт 2 с изменением, внесенным приказом Министра труда и социальной защиты населения РК от 16.03.2021 № 78 (вводится …).*")]
    // kk_employment-assistance_2025.txt L218: a cited order is not a relation.
    [InlineData("\"Халықты әлеуметтік қорғау … бекіту туралы\" ҚР Еңбек және халықты әлеуметтік қорғау министрінің 2017 жылғы 25 қазандағы № 360 бұйрығы (… № 16057 болып тіркелген).")]
    public void Other_mentions_of_orders_are_not_relations(string line) => Assert.Empty(EditionText.Relations([line], "x.md"));

    [Theory]
    [InlineData("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2025 жылғы 29 қыркүйектегі № 296 бұйрығы", "2025-09-29")] // kk employment L2
    [InlineData("Приказ Министра труда и социальной защиты населения Республики Казахстан от 30 декабря 2024 года № 508", "2024-12-30")]
    [InlineData("от 15 мая 2023 года № 12", "2023-05-15")]
    public void The_approval_date_is_read_from_the_order_line(string approval, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), EditionText.ApprovalDate(approval));

    [Fact]
    public void A_blank_date_is_no_date() => Assert.Null(EditionText.ApprovalDate("от « » 2019 года №")); // 137841 rus.md L27
}
