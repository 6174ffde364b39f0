using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>
/// Link rows of two register templates become graph edges: rows under «Уровень выше» / «Уровень ниже» (act 137361
/// in seeds/register, both languages), and rows naming their target by a sub-item id («8.3.-1») with no level (the
/// template of act 202265, through the Standards tests' fixture Fixtures/sub-item-links_ru.md; F = fixture line, R =
/// the line of 202265 it imitates).
/// </summary>
public sealed class LinkTemplateTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("repository root not found");
    }

    private static ProfessionGraph Build(params string[] paths)
    {
        var result = StandardsExtractor.Extract(paths);
        Assert.Empty(result.Errors);
        return CareerGraphBuilder.Build(result.Documents);
    }

    private static readonly Lazy<ProfessionGraph> Emergency = new(() => Build(Path.Combine(Root, "seeds", "register", "07-ministerial",
        "103003000000-qriim", "2019", "1218-ob-utverzhdenii-professionalnogo-standarta-deiatelnost-po-obespe-137361")));

    private static readonly Lazy<ProfessionGraph> Pension = new(() =>
        Build(Path.Combine(Root, "tests", "Graph.Standards.Tests", "Fixtures", "sub-item-links_ru.md")));

    private static Profession Ru(ProfessionGraph g, string title) => g.Professions.Single(p => p.TitleRu == title);

    private static bool PrintedEdge(ProfessionGraph g, Profession from, Profession to) =>
        g.Edges.Any(e => e.Kind == EdgeKind.PrintedLink && e.From == g.IndexOf(from.Id) && e.To == g.IndexOf(to.Id));

    [Fact]
    public void Direction_rows_give_printed_edges_up_and_down()
    {
        var g = Emergency.Value;
        var firefighter = Ru(g, "Пожарный");                          // level 4 (rus L247)
        var rescuer = Ru(g, "Пожарный – спасатель");                  // level 5 (rus L380)
        var instructor = Ru(g, "Инструктор по противопожарной профилактике"); // level 6 (rus L716)
        Assert.True(PrintedEdge(g, firefighter, rescuer));           // «Уровень выше / Пожарный – спасатель» rus L363–364
        Assert.True(PrintedEdge(g, rescuer, firefighter));           // «Уровень ниже / Пожарный» rus L516–517
        Assert.True(PrintedEdge(g, rescuer, instructor));            // «…профилактики» as printed, rus L521
        var up = g.Resolution.Rows.Single(r => r.Source.EndsWith("rus.md", StringComparison.Ordinal) && r.Lines.First == 364);
        Assert.Equal((LinkDirection?)LinkDirection.Up, up.Direction);
        Assert.Null(up.Level);
        Assert.Equal(rescuer.Id, up.TargetId);
    }

    [Fact]
    public void Every_direction_row_resolves_to_a_card_in_both_languages()
    {
        var g = Emergency.Value;
        var ru = g.Resolution.Rows.Where(r => r.Source.EndsWith("rus.md", StringComparison.Ordinal)).ToList();
        Assert.Equal(9, ru.Count);                                   // rus L364, L517, L521–522, L695, L699–700, L784–785
        Assert.All(ru, r => Assert.NotNull(r.TargetId));
        // kaz L524 «Өртке қарсы алдын алу жөніндегі нұсқаушы»: no kk card has that name (the card is «Өрттің алдын алу
        // нұсқаушысы», kaz L704) and the row prints no level; the Russian card's row at its place (rus L521
        // «Инструктор по противопожарной профилактики») resolved to that card, so the translation does too.
        var kk = g.Resolution.Rows.Single(r => r.Source.EndsWith("kaz.md", StringComparison.Ordinal) && r.Lines.First == 524);
        Assert.Equal(LinkOutcome.ByTwinRow, kk.Outcome);
        Assert.Equal(Ru(g, "Инструктор по противопожарной профилактике").Id, kk.TargetId);
        // kaz L525 «Өрт сөндіруші – Инспектор» fits two kk cards by name; the twin row «Инспектор – пожарный» (rus L522) picks one.
        var ambiguous = g.Resolution.Rows.Single(r => r.Source.EndsWith("kaz.md", StringComparison.Ordinal) && r.Lines.First == 525);
        Assert.Equal(Ru(g, "Инспектор - пожарный").Id, ambiguous.TargetId);
        Assert.All(g.Resolution.Rows, r => Assert.NotNull(r.TargetId));
        Assert.Empty(g.ExternalProfessions);
    }

    [Fact]
    public void A_direction_row_no_card_answers_is_unresolved_and_makes_no_external_node()
    {
        var doc = new DocBuilder("kk_z_2019.md", Language.Kk)
            .Card(1, "Өрт сөндіруші", 4, null, null, c => c.Links.Add(
                new ProfessionLink(null, null, "Құтқару қызметінің бастығы", LineRange.Single(30)) { Direction = LinkDirection.Up }))
            .Build();
        var g = CareerGraphBuilder.Build([doc]);
        var row = Assert.Single(g.Resolution.Rows);
        Assert.Equal(LinkOutcome.Unresolved, row.Outcome);
        Assert.Null(row.TargetId);
        Assert.Empty(g.ExternalProfessions);
        Assert.DoesNotContain(g.Edges, e => e.Kind == EdgeKind.PrintedLink);
    }

    [Fact]
    public void A_sub_item_id_resolves_to_the_card_that_numbers_it()
    {
        var g = Pension.Value;
        var specialist6 = g.Professions.Single(p => p.TitleRu == "специалист по пенсионному обеспечению" && p.Level == 6);
        var unitHead = Ru(g, "руководитель структурного подразделения организации по выплате пенсий");
        var serviceHead = Ru(g, "руководитель службы пенсионного обеспечения");
        var row = g.Resolution.Rows.Single(r => r.Lines.First == 309);       // «8.3.-1» F309, R814
        Assert.Equal(LinkOutcome.BySubItem, row.Outcome);
        Assert.Equal(specialist6.Id, row.FromProfessionId);
        Assert.Equal(unitHead.Id, row.TargetId);                             // numbers 8.3.-1 in its level cell, F332, R837
        Assert.True(PrintedEdge(g, specialist6, unitHead));
        Assert.True(PrintedEdge(g, unitHead, serviceHead));                  // «8.2.-1» F404, R1024 → level cell F427, R1047
    }

    [Fact]
    public void A_sub_item_no_card_numbers_is_reported_and_the_row_falls_back_to_its_name()
    {
        var g = Pension.Value;
        var row = g.Resolution.Rows.Single(r => r.Lines.First == 499);       // «8.1.-1» F499, R1270: no card numbers 8.1.x
        Assert.Equal(LinkOutcome.External, row.Outcome);
        Assert.Contains("sub-item 8.1.-1 is numbered by no card of this standard", row.Note, StringComparison.Ordinal);
        var external = Assert.Single(g.ExternalProfessions, e => e.Name == "Руководитель организации");
        Assert.Equal(8, external.Level);
    }
}

/// <summary>
/// A standard's identity and approval as the graph shows them: internal affairs 2019 (137361) is named by its act,
/// not by the 2015 order its clause 3 repeals; the 2019 employment standard (137841) shows its blank printed date
/// with meta.yaml's date beside it.
/// </summary>
public sealed class StandardIdentityTests
{
    private static readonly Lazy<ProfessionGraph> Register = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        var result = StandardsExtractor.Extract([Path.Combine(dir.FullName, "seeds", "register")]);
        Assert.Empty(result.Errors);
        return CareerGraphBuilder.Build(result.Documents);
    });

    [Fact]
    public void The_repealed_order_does_not_name_the_standard_that_repeals_it()
    {
        // rus.md/kaz.md L15 repeal order № 225 of 16.03.2015; the text prints no code and leaves its own order's
        // number blank (rus L34–35), so the act (137361, the database's id of this order) names it.
        var s = Register.Value.Standards.Single(s => s.TitleRu == "Деятельность по обеспечению безопасности в чрезвычайных ситуациях");
        Assert.Equal("act-137361", s.Id);
        Assert.All(Register.Value.Professions.Where(p => p.StandardId == s.Id), p => Assert.StartsWith("act-137361/", p.Id, StringComparison.Ordinal));
        Assert.Contains(s.Relations, r => r.Kind == ActRelationKind.Repeals && r.Order == "225");
    }

    [Fact]
    public void A_blank_printed_approval_date_is_shown_with_the_date_of_meta_yaml()
    {
        // 137841 kaz.md L26 «2019 жылғы « » №»; meta.yaml «approved_on: 2019-12-31».
        var s = Register.Value.Standards.Single(s => s.TitleRu == "Содействие занятости (центр занятости)");
        Assert.Equal("2019 жылғы « » № [date left blank in the text; 31.12.2019 from meta.yaml]", s.Approval);
    }
}
