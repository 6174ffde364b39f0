using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Careers.Paths;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>
/// Two editions of one standard loaded side by side: the 2019 employment-assistance standard (act 137841 in
/// seeds/register/…/2019/1231-…-137841, with its meta.yaml) and its 2025 edition (seeds/kk_employment-assistance_2025.txt).
/// </summary>
public sealed class EditionTests
{
    private static readonly Lazy<ProfessionGraph> Seeds = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        var result = StandardsExtractor.Extract([Path.Combine(dir.FullName, "seeds")]);
        Assert.Empty(result.Errors);
        return CareerGraphBuilder.Build(result.Documents);
    });

    private static StandardNode Employment(int year) =>
        Seeds.Value.Standards.Single(s => s.ApprovedOn?.Year == year && (s.TitleKk ?? "").StartsWith("Жұмыспен қамтуға жәрдемдесу", StringComparison.Ordinal));

    [Fact]
    public void Both_editions_are_kept_each_with_its_approval_date()
    {
        // kk 2025 L2: «… 2025 жылғы 29 қыркүйектегі № 296 бұйрығы»; 137841 rus.md L27 prints «от « » 2019 года» (blank),
        // so the date is meta.yaml's «approved_on: 2019-12-31».
        var (old, current) = (Employment(2019), Employment(2025));
        Assert.NotEqual(old.Id, current.Id);
        Assert.Equal(new DateOnly(2019, 12, 31), old.ApprovedOn);
        Assert.Equal(new DateOnly(2025, 9, 29), current.ApprovedOn);
        Assert.Contains(Seeds.Value.Professions, p => p.StandardId == old.Id);
        Assert.Contains(Seeds.Value.Professions, p => p.StandardId == current.Id);
    }

    [Fact]
    public void The_newer_edition_replaces_the_older_one()
    {
        // Same title once the scope note «(жұмыспен қамту орталығы)» is set aside (137841 kaz.md L1 vs kk 2025 L1).
        var (old, current) = (Employment(2019), Employment(2025));
        Assert.Equal([current.Id], old.ReplacedBy);
        var replacement = Assert.Single(current.Replaces);
        Assert.Equal(old.Id, replacement.Older);
        // The evidence names both titles as printed; a title is no single line to cite.
        Assert.Equal($"same title «{old.TitleKk}» and «{current.TitleKk}» once a scope note in parentheses is set aside", replacement.Evidence);
        Assert.Null(replacement.Source);
        Assert.True(current.IsLatest);
        Assert.False(old.IsLatest);
    }

    [Fact]
    public void Printed_relations_are_in_the_model()
    {
        // kk 2025 L1 (heading «… 2024 жылғы 19 маусымдағы № 200 бұйрығына өзгеріс енгізу туралы») and L5 («… бұйрығына
        // мынадай өзгеріс енгізілсін»): a new edition of the standard order № 200 approved; one relation, first line.
        var edition = Assert.Single(Employment(2025).Relations, r => r.Kind == ActRelationKind.NewEditionOf);
        Assert.Equal(("200", new DateOnly(2024, 6, 19), 1), (edition.Order, edition.Date, edition.Line));
        // 137841 meta.yaml requisite: «Утратил силу приказом … от 28 июня 2024 года № 228».
        var repeal = Assert.Single(Employment(2019).Relations, r => r.Kind == ActRelationKind.RepealedBy);
        Assert.Equal(("228", new DateOnly(2024, 6, 28), "meta.yaml"), (repeal.Order, repeal.Date, repeal.Source));
        Assert.True(Employment(2019).Repealed);
    }

    [Fact]
    public void Latest_steps_never_enter_a_replaced_edition()
    {
        var g = Seeds.Value;
        var old = Employment(2019).Id;
        var oldNodes = Enumerable.Range(0, g.ProfessionCount).Where(i => ((Profession)g.Nodes[i]).StandardId == old).ToArray();
        Assert.NotEmpty(oldNodes);
        Assert.All(oldNodes, i => Assert.True(g.IsSuperseded(i)));
        var everyone = Enumerable.Range(0, g.ProfessionCount).Where(i => !g.IsSuperseded(i)).ToArray();
        var latest = everyone.SelectMany(i => NextSteps.Rank(g, i, 100)).Select(s => g.IndexOf(s.ToId)).ToHashSet();
        Assert.DoesNotContain(latest, oldNodes.Contains);
        // With ALL the old edition's professions are reachable again (they link among themselves: 137841's links tables).
        var all = oldNodes.SelectMany(i => NextSteps.Rank(g, i, 100, latestOnly: false)).Select(s => g.IndexOf(s.ToId)).ToHashSet();
        Assert.Contains(all, oldNodes.Contains);
    }

    [Fact]
    public void Editions_are_linked_by_an_order_one_text_names_never_by_file_name()
    {
        // Titles and codes differ; the newer text repeals the order that approved the older one.
        var older = new DocBuilder("zz_a.txt", Language.Ru).Printed(null, "Приказ Министра от 31 декабря 2019 года № 714")
            .Card(9, "Инспектор", 5, null, null).Build() with { ApprovedOn = new DateOnly(2019, 12, 31) };
        var newer = new DocBuilder("aa_b.txt", Language.Ru).Printed(null, "Приказ Министра от 19 июня 2024 года № 200")
            .Card(9, "Специалист", 5, null, null).Build() with
            {
                ApprovedOn = new DateOnly(2024, 6, 19),
                Relations = [new ActRelation(ActRelationKind.Repeals, "714", new DateOnly(2019, 12, 31), "aa_b.txt", 12)],
            };
        var g = CareerGraphBuilder.Build([older, newer]);
        var a = g.Standards.Single(s => s.ApprovedOn?.Year == 2019);
        var b = g.Standards.Single(s => s.ApprovedOn?.Year == 2024);
        Assert.Equal([b.Id], a.ReplacedBy);
        // Without the relation they are two unrelated standards.
        var apart = CareerGraphBuilder.Build([older, newer with { Relations = [] }]);
        Assert.All(apart.Standards, s => Assert.Empty(s.ReplacedBy));
    }

    private static StandardNode Edition(string id, int year, string? code = null, string? title = null, string? approval = null,
        params ActRelation[] relations) =>
        new(id, code, title, null, [], null, approval, false, [$"{id}.txt"]) { ApprovedOn = new DateOnly(year, 1, 15), Relations = relations };

    [Fact]
    public void Each_replacement_says_what_joins_the_two_editions()
    {
        var linked = Editions.Link(
        [
            Edition("coded-2019", 2019, code: "N1"),
            Edition("titled-2020", 2020, title: "Дәнекерлеу (цех)"),
            Edition("both-2021", 2021, code: "N1", title: "Дәнекерлеу", approval: "2021 жылғы 15 қаңтардағы № 7 бұйрығы"),
            Edition("rewrite-2022", 2022, relations: new ActRelation(ActRelationKind.NewEditionOf, "7", new DateOnly(2021, 1, 15), "rewrite-2022.txt", 3)),
        ]).ToDictionary(s => s.Id);

        // 2020 and 2019 share neither code nor title: they are one standard only through the 2021 edition.
        Assert.Equal(new Replacement("coded-2019", "an edition of one standard with coded-2019 through both-2021, rewrite-2022"),
            Assert.Single(linked["titled-2020"].Replaces));
        Assert.Equal(new Replacement("titled-2020", "same title «Дәнекерлеу (цех)» and «Дәнекерлеу» once a scope note in parentheses is set aside"),
            Assert.Single(linked["both-2021"].Replaces));
        Assert.Equal(new Replacement("both-2021", "rewrite-2022.txt L3: a new edition of both-2021, approved by order № 7 of 2021-01-15", "rewrite-2022.txt", 3),
            Assert.Single(linked["rewrite-2022"].Replaces));
        Assert.Empty(linked["coded-2019"].Replaces);
        Assert.Equal(["titled-2020"], linked["coded-2019"].ReplacedBy);
        Assert.True(linked["rewrite-2022"].IsLatest);
    }

    [Fact]
    public void Stored_editions_replace_the_ones_the_texts_give()
    {
        var texts = Editions.Link([Edition("old", 2019, code: "N1"), Edition("new", 2024, code: "N1")]);
        var stored = new Dictionary<string, StoredEdition>
        {
            ["old"] = new([new Replacement("new", "curated")], [new ActRelation(ActRelationKind.RepealedBy, "9", null, "meta.yaml", 2)]),
        };

        var applied = Editions.Apply(texts, stored).ToDictionary(s => s.Id);

        Assert.Equal([new Replacement("new", "curated")], applied["old"].Replaces);
        Assert.Equal(["old"], applied["new"].ReplacedBy);
        Assert.Empty(applied["new"].Replaces);
        Assert.Equal("9", Assert.Single(applied["old"].Relations).Order);
        Assert.Throws<ArgumentException>(() => Editions.Apply(texts, new Dictionary<string, StoredEdition>
        {
            ["new"] = new([new Replacement("missing", "curated")], []),
        }));
    }
}
