namespace CareerGraph.Standards.Tests.Register;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

/// <summary>A text of seeds/register/ run through the extractor alone, and its cards compared with what is printed.</summary>
internal static class RegisterSeed
{
    /// <summary>The one document of <paramref name="path"/> (relative to seeds/register/), which must extract without error.</summary>
    public static StandardDocument Extract(string path)
    {
        var full = Path.Combine(Seeds.Directory, "register", path);
        var result = StandardsExtractor.ExtractBytes(full, File.ReadAllBytes(full));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Documents);
    }

    /// <summary>Card: heading line | title | level (or levels «5/6») | occupation code as printed (its first line) or «-».</summary>
    public static void AssertCards(StandardDocument doc, params string[] expected) =>
        AssertCards(doc, code => code.Split('\n')[0], expected);

    /// <summary>As <see cref="AssertCards(StandardDocument, string[])"/>, with the whole code cell (several lines).</summary>
    public static void AssertCardsWholeCode(StandardDocument doc, params string[] expected) =>
        AssertCards(doc, code => code, expected);

    private static void AssertCards(StandardDocument doc, Func<string, string> shown, string[] expected)
    {
        Assert.Equal(expected.Length, doc.Cards.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            var parts = expected[i].Split(" | ");
            var card = doc.Cards[i];
            var levels = card.Levels.Count > 0 ? string.Join("/", card.Levels) : card.Level?.ToString() ?? "-";
            Assert.Equal((int.Parse(parts[0]), parts[1], parts[2], parts[3]),
                (card.Lines.First, card.Title, levels, card.OccupationCode is { } code ? shown(code) : "-"));
        }
    }
}
