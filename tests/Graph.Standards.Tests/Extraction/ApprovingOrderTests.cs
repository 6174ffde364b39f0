namespace CareerGraph.Standards.Tests.Extraction;

using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>
/// The approving order is the act's own, never an order a clause of it repeals. Internal affairs 2019 (act 137361 in
/// seeds/register): clause 3 repeals order № 225 of 2015 (rus/kaz L15), and the approval block leaves its own date and
/// number blank (rus L34–35 «от 2019 года», «№ ___»; kaz L32–33 «2019 жылғы .», «№ ____ бұйрығымен»).
/// </summary>
public sealed class ApprovingOrderTests
{
    private const string Act = "07-ministerial/103003000000-qriim/2019/1218-ob-utverzhdenii-professionalnogo-standarta-deiatelnost-po-obespe-137361";

    private static StandardDocument Extract(string file) => Register.RegisterSeed.Extract(Path.Combine(Act, file));

    [Theory]
    [InlineData("kaz.md")]
    [InlineData("rus.md")]
    public void A_repeal_clause_is_no_approval_and_is_read_as_the_repeal_it_is(string file)
    {
        var doc = Extract(file);
        Assert.Null(doc.Approval);                       // neither the repeal clause (L15) nor the blank approval block
        Assert.Null(doc.ApprovedOn);
        var repeal = Assert.Single(doc.Relations);
        Assert.Equal((ActRelationKind.Repeals, "225", new DateOnly(2015, 3, 16), 15), (repeal.Kind, repeal.Order, repeal.Date, repeal.Line));
    }

    [Fact]
    public void The_kazakh_clause_with_kushi_zhoiylsyn_is_a_repeal()
    {
        // 137361 kaz.md L15, shortened: «… 2015 жылғы 16 наурыздағы № 225 бұйрығы (… № 10974 болып тіркелген …) күші жойылсын деп танылсын.»
        var r = Assert.Single(EditionText.Relations(
            ["3. «…» Қазақстан Республикасы Ішкі істер министрінің 2015 жылғы 16 наурыздағы № 225 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 10974 болып тіркелген) күші жойылсын деп танылсын."],
            "kaz.md"));
        Assert.Equal((ActRelationKind.Repeals, "225"), (r.Kind, r.Order));
    }
}
