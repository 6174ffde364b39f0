using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;

namespace CareerGraph.Careers.Tests;

internal static class TestGraphs
{
    private static readonly Lazy<ProfessionGraph> GuideGraph = new(() => CareerGraphBuilder.Build(GuideFixtures.All()));

    /// <summary>The graph of every guide fixture (built once; the graph is immutable).</summary>
    public static ProfessionGraph Guide => GuideGraph.Value;

    /// <summary>Index of the profession holding the card with this id (e.g. "kk_employment-assistance_2025/3").</summary>
    public static int ByCard(this ProfessionGraph g, string cardId) =>
        Enumerable.Range(0, g.ProfessionCount).Single(i => ((Profession)g.Nodes[i]).CardIds.Contains(cardId));

    public static string IdOfCard(this ProfessionGraph g, string cardId) => g.Nodes[g.ByCard(cardId)].Id;
}
