using CareerGraph.Careers.Building;
using CareerGraph.Standards.Model;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>Issue 12 item 4: ids stay unique by construction, and a clash the builder cannot resolve is a clear error.</summary>
public sealed class UniqueIdTests
{
    private static StandardDocument Doc(string source, Language language, string code) =>
        new DocBuilder(source, language, code).Card(1, $"Маман {code}", 5, null, null).Build();

    [Fact]
    public void A_standard_whose_id_is_taken_gets_another_so_profession_ids_never_repeat()
    {
        // Standard ids come from what the documents print (docs/career-graph.md): two Kazakh standards that print
        // the same code «X1» cannot pair (one language) and both want the id "X1_…"; the second gets "~2", so their
        // first professions are not both "X1/1".
        var graph = CareerGraphBuilder.Build([Doc("a.txt", Language.Kk, "X1"), Doc("b.txt", Language.Kk, "X1")]);

        var ids = graph.Standards.Select(s => s.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, ids.Length);
        Assert.Equal(ids[0] + "~2", ids[1]);
        Assert.Equal(graph.Nodes.Count, graph.Nodes.Select(n => n.Id).Distinct().Count());
    }

    [Fact]
    public void Two_cards_with_one_id_are_refused_naming_both_files()
    {
        var md = Doc("kk_insurance_2024.md", Language.Kk, "K65112007");
        var txt = md with { Source = "kk_insurance_2024.txt" };

        var error = Assert.Throws<ArgumentException>(() => CareerGraphBuilder.Build([md, txt]));

        Assert.Equal("card id kk_insurance_2024/1 is in both kk_insurance_2024.md and kk_insurance_2024.txt: is one standard given twice?",
            error.Message);
    }
}
