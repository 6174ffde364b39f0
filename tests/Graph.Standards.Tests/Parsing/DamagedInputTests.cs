namespace CareerGraph.Standards.Tests.Parsing;

using System.Text;
using CareerGraph.Standards.Extraction;
using Xunit;

/// <summary>
/// Cut or shuffled standards through the whole extractor: each damage gives the error or warning that names it,
/// never an exception and never a clean-looking document.
/// </summary>
public class DamagedInputTests
{
    private static readonly string[] NothingRead = ["the file is empty", "not a professional standard", "no profession card", "the document is cut off"];

    private static byte[] Lines(IEnumerable<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    /// <summary>
    /// A cut before the first card's heading leaves no card: the one error says so (or, before any chapter heading,
    /// that the text is no standard at all; before any text, that the file is empty). A cut after it but before the
    /// last card ends loses chapter 4 (the version, printed after the cards): from the end of the first card on, the
    /// document is kept with that warning.
    /// </summary>
    [Theory]
    [InlineData(Seeds.KkReference)]
    [InlineData(Seeds.KkEmployment)]
    [InlineData(Seeds.KkMice)]
    [InlineData(Seeds.RuInsurance)]
    public void Truncated_documents_say_what_they_lost(string file)
    {
        var seed = Seeds.Parse(file);
        Assert.NotNull(seed.Document.Version);
        Assert.DoesNotContain(seed.Document.Warnings, w => w.Message.Contains("chapter 4", StringComparison.Ordinal));
        var firstCard = seed.Document.Cards[0].Lines.First;
        var firstCardEnd = seed.Document.Cards[0].Lines.Last;
        var lastCardEnd = seed.Document.Cards[^1].Lines.Last;
        var step = Math.Max(1, seed.Source.Lines.Count / 60);
        for (var cut = 1; cut < lastCardEnd; cut += step)
        {
            var result = StandardsExtractor.ExtractBytes(file, Lines(seed.Source.Lines.Take(cut)));
            // Inside the first card, the layout may not yet be recognisable from so little of it: either outcome.
            if (cut < firstCard || cut < firstCardEnd && result.Errors.Count > 0)
            {
                var error = Assert.Single(result.Errors);
                Assert.Empty(result.Documents);
                Assert.Contains(NothingRead, e => error.Message.Contains(e, StringComparison.Ordinal));
                continue;
            }
            // Past the first card the cut shows (list of cards goes on, or the last card stops before its labour
            // functions) and is refused, or it fell between cards and only chapter 4 is missing: kept, warned.
            if (result.Errors.Count > 0)
                Assert.Contains("the document is cut off", Assert.Single(result.Errors).Message);
            var kept = StandardsExtractor.ExtractBytes(file, Lines(seed.Source.Lines.Take(cut)), ExtractionSteps.Default with { KeepIncomplete = true });
            Assert.True(kept.Errors.Count == 0, $"cut at L{cut}: {string.Join("; ", kept.Errors)}");
            var document = Assert.Single(kept.Documents);
            Assert.InRange(document.Cards.Count, 1, seed.Document.Cards.Count);
            Assert.Null(document.Version);
            Assert.Contains(document.Warnings, w => w.Message.StartsWith("no version: chapter 4", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Lines_out_of_order_are_an_error_or_a_document_with_new_warnings()
    {
        var seed = Seeds.Parse(Seeds.KkMice);
        var baseline = seed.Document.Warnings.Select(w => w.Message).ToHashSet();
        var random = new Random(7);
        for (var round = 0; round < 20; round++)
        {
            var shuffled = seed.Source.Lines.OrderBy(_ => random.Next()).ToList();
            var result = StandardsExtractor.ExtractBytes(Seeds.KkMice, Lines(shuffled));
            if (result.Errors.Count > 0)
            {
                Assert.Contains(new[] { "no profession card", "the document is cut off" }, e => Assert.Single(result.Errors).Message.Contains(e, StringComparison.Ordinal));
                continue;
            }
            var document = Assert.Single(result.Documents);
            Assert.Contains(document.Warnings, w => !baseline.Contains(w.Message));
            Assert.All(document.Warnings, w => Assert.InRange(w.Line, 1, seed.Source.Lines.Count));
        }
    }
}
