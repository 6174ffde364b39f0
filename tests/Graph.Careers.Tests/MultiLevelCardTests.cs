using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Extraction;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>A card printed at two levels in one cell is the profession at each level (issue 9 item 2).</summary>
public sealed class MultiLevelCardTests
{
    [Fact]
    public void A_card_printed_at_levels_5_and_6_is_a_profession_at_each()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        Assert.NotNull(dir);
        // seeds/register/…137841/rus.md L294 «Специалист по работе с соискателями», level cell «5 уровень» / «6 уровень» L307–308.
        var file = Path.Combine(dir.FullName, "seeds", "register", "07-ministerial", "103016000000-enbek", "2019",
            "1231-ob-utverzhdenii-professionalnogo-standarta-sodeistvie-zaniatosti-137841", "rus.md");
        var result = StandardsExtractor.ExtractBytes(file, File.ReadAllBytes(file));
        Assert.Empty(result.Errors);
        var graph = CareerGraphBuilder.Build(result.Documents);
        var seekers = graph.Professions.Where(p => p.TitleRu == "Специалист по работе с соискателями").ToList();
        Assert.Equal([5, 6], seekers.Select(p => p.Level).Order());
        Assert.All(seekers, p => Assert.Equal(["rus/2"], p.CardIds));
        // 6 cards, five of them at two levels (L307–308, L491–492, L697–698, L826–827, L998–999): 11 professions.
        Assert.Equal(11, graph.ProfessionCount);
    }
}
