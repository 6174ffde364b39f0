namespace CareerGraph.Standards.Tests.Parsing;

using CareerGraph.Standards.Model;
using CareerGraph.Standards.Parsing;
using CareerGraph.Standards.Reading;
using Xunit;

/// <summary>Cut or shuffled documents give warnings and partial cards, never an exception.</summary>
public class DamagedInputTests
{
    [Theory]
    [InlineData(Seeds.KkReference)]
    [InlineData(Seeds.KkEmployment)]
    [InlineData(Seeds.KkMice)]
    public void Truncated_documents_parse_without_throwing(string file)
    {
        var seed = Seeds.Parse(file);
        var step = Math.Max(1, seed.Lines.Count / 60);
        for (var cut = 1; cut < seed.Lines.Count; cut += step)
        {
            var warnings = new List<SourceWarning>();
            var doc = StandardParser.Parse(seed.Source, seed.Lines.Take(cut).ToList(), warnings);
            Assert.True(doc.Cards.Count <= seed.Document.Cards.Count);
        }
    }

    [Fact]
    public void Lines_out_of_order_parse_without_throwing()
    {
        var seed = Seeds.Parse(Seeds.KkMice);
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var shuffled = seed.Lines.OrderBy(_ => random.Next()).ToList();
            var warnings = new List<SourceWarning>();
            StandardParser.Parse(seed.Source, shuffled, warnings);
            Assert.All(warnings, w => Assert.True(w.Line >= 1 && w.Line <= seed.Source.Lines.Count));
        }
    }
}
