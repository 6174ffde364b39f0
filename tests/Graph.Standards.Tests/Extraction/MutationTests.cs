namespace CareerGraph.Standards.Tests.Extraction;

using System.Text;
using Xunit;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;
using CareerGraph.Standards.Tests.Html;

/// <summary>
/// Every seed, corrupted in deterministic ways (seeded random truncation, shuffled lines, random bytes), goes
/// through the real pipeline: the outcome is one error naming the file and saying what is wrong, or one document
/// carrying a warning the unmutated seed does not have (every seed already has some), and no exception escapes.
/// </summary>
public class MutationTests
{
    public static TheoryData<string> Seeds() =>
    [
        "kk_employment-assistance_2025.txt", "kk_ict-sectoral-framework_2013.txt", "kk_insurance_2024.md",
        "kk_mice-business-travel_2022.txt", "kk_reference-information-services_2025.txt", "ru_insurance_2024.md",
        "ru_reference-information-services_2025.txt",
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> Baselines = new();

    /// <summary>The warning messages of the unmutated seed; a mutation is flagged only by a message not among them.</summary>
    private static HashSet<string> Baseline(string name) => Baselines.GetOrAdd(name, n =>
    {
        var result = StandardsExtractor.ExtractBytes(n, SeedFiles.Bytes(n));
        Assert.True(result.Errors.Count == 0, $"{n} does not extract unmutated: {string.Join("; ", result.Errors)}");
        return [.. Assert.Single(result.Documents).Warnings.Select(w => w.Message)];
    });

    /// <summary>
    /// The mutated file gives either one one-line error naming the file whose message contains one of
    /// <paramref name="errors"/>, or one document with a warning the unmutated seed does not have, containing one of
    /// <paramref name="warnings"/> (any new warning when none is named).
    /// </summary>
    private static void AssertFlagged(string name, byte[] bytes, string mutation, string[] errors, string[] warnings)
    {
        var baseline = Baseline(name);
        var result = StandardsExtractor.ExtractBytes(name, bytes);
        if (result.Errors.Count > 0)
        {
            var error = Assert.Single(result.Errors);
            Assert.Empty(result.Documents);
            Assert.Equal(name, error.File);
            Assert.DoesNotContain('\n', error.Message);
            Assert.True(errors.Any(e => error.Message.Contains(e, StringComparison.Ordinal)),
                $"{name} {mutation}: unexpected error «{error.Message}»; expected one containing «{string.Join("» or «", errors)}»");
            return;
        }
        var document = Assert.Single(result.Documents);
        var fresh = document.Warnings.Where(w => !baseline.Contains(w.Message)).ToList();
        Assert.True(fresh.Any(w => warnings.Length == 0 || warnings.Any(e => w.Message.Contains(e, StringComparison.Ordinal))),
            $"{name} {mutation}: no new warning{(warnings.Length == 0 ? "" : $" containing «{string.Join("» or «", warnings)}»")} "
            + $"beside the unmutated seed's {baseline.Count}; new ones: {string.Join(" | ", fresh.Select(w => w.Message))}");
    }

    // What each outcome must say (Completeness.cs and SourceDecoder.cs word them).
    private static readonly string[] Truncated = ["chapter 4", "may be cut short"];
    private static readonly string[] NothingRead =
        ["the file is empty", "not a professional standard", "no profession card", "no level descriptors"];
    private static readonly string[] CutShort = [.. NothingRead, "ends in the middle of a UTF-8 character", "the document is cut off"];
    private static readonly string[] Undecodable = ["damaged UTF-8", "not UTF-8", "control character", "NUL byte"];

    /// <summary>Cuts at seeded random points before the end of the last card (chapter 4 gone with it).</summary>
    [Theory]
    [MemberData(nameof(Seeds))]
    public void Truncated_at_random_points(string name)
    {
        var bytes = SeedFiles.Bytes(name);
        var random = new Random(name.Length * 7919);
        var end = EndOfCards(name, bytes);
        for (var i = 0; i < 12; i++)
        {
            var cut = random.Next(0, end);
            AssertFlagged(name, bytes[..cut], $"cut at byte {cut}", CutShort, Truncated);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Lines_shuffled(string name)
    {
        var lines = Encoding.UTF8.GetString(SeedFiles.Bytes(name)).Split('\n');
        for (var seed = 1; seed <= 3; seed++)
        {
            var shuffled = lines.ToArray();
            new Random(seed).Shuffle(shuffled);
            AssertFlagged(name, Encoding.UTF8.GetBytes(string.Join('\n', shuffled)), $"shuffle seed {seed}", NothingRead, []);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_written_over_and_inserted(string name)
    {
        var original = SeedFiles.Bytes(name);
        for (var seed = 1; seed <= 3; seed++)
        {
            var random = new Random(seed);
            var overwritten = original.ToArray();
            for (var i = 0; i < 16; i++) overwritten[random.Next(overwritten.Length)] = (byte)random.Next(256);
            AssertFlagged(name, overwritten, $"16 bytes overwritten, seed {seed}", Undecodable, []);

            var noise = new byte[32];
            random.NextBytes(noise);
            var at = random.Next(original.Length);
            AssertFlagged(name, [.. original[..at], .. noise, .. original[at..]], $"32 bytes inserted at {at}, seed {seed}", Undecodable, []);
        }
    }

    /// <summary>The HTML reader alone, on corrupted insurance text that still decodes: never throws, lines stay in range.</summary>
    [Theory]
    [InlineData("ru_insurance_2024.md")]
    [InlineData("kk_insurance_2024.md")]
    public void The_html_reader_survives_cut_and_shuffled_markup(string name)
    {
        var text = SeedFiles.Source(name).Text;
        var random = new Random(42);
        for (var i = 0; i < 40; i++)
        {
            var mutated = i % 2 == 0
                ? text[..random.Next(text.Length)]
                : string.Join('\n', text.Split('\n').OrderBy(_ => random.Next()));
            var source = new SourceText(name, mutated);
            var lines = new HtmlTableReader().Read(source, new List<SourceWarning>());
            Assert.All(lines, l => Assert.InRange(l.Lines.Last, l.Lines.First, Math.Max(1, source.Lines.Count)));
        }
    }

    /// <summary>
    /// Where a cut is sure to be visible, from the unmutated document: the line where the last card ends (a
    /// standard then loses chapter 4), or for a framework the line where its first area starts (nothing in a
    /// framework says how many areas or rows it should have). The whole file when nothing can be extracted yet,
    /// since every cut then ends in an error anyway.
    /// </summary>
    private static int EndOfCards(string name, byte[] bytes)
    {
        var line = StandardsExtractor.ExtractBytes(name, bytes).Documents switch
        {
            [{ Kind: DocumentKind.ProfessionalStandard, Cards: [.., var last] }] => last.Lines.Last,
            [{ Kind: DocumentKind.SectoralFramework, Framework.Areas: [var first, ..] }] => first.Lines.First,
            _ => 0,
        };
        if (line == 0) return bytes.Length;
        var offset = 0;
        for (var l = 1; l < line; l++)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n', offset);
            if (newline < 0) break;
            offset = newline + 1;
        }
        return Math.Max(1, offset);
    }
}
