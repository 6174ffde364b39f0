namespace CareerGraph.Loader.Tests;

using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using Xunit;

/// <summary>
/// Issue 12 item 6: a standard cut off half-way is refused by extract and load (exit 2, one line with the file and the
/// line of the list that names the missing cards), unless --keep-incomplete asks to keep it with its warning.
/// </summary>
public sealed class TruncatedInputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>
    /// kk_employment-assistance_2025.txt lists 17 cards in its passport (guide §0) starting at L158; its first third
    /// holds only the first cards, the way a download that stopped early looks.
    /// </summary>
    private string CutEmploymentStandard()
    {
        var lines = File.ReadAllText(Path.Combine(CliHarness.Seeds, "kk_employment-assistance_2025.txt")).Split('\n');
        return _cli.Write("kk_employment_cut.txt", string.Join('\n', lines[..(lines.Length / 3)]));
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("load")]
    public void A_standard_cut_off_half_way_is_an_error_naming_the_file_and_line(string command)
    {
        var cut = CutEmploymentStandard();
        var target = _cli.PathOf("out.json");
        string[] args = command == "extract" ? ["extract", cut, "--out", target] : ["load", cut, "--to", "snapshot", target];

        var (exit, _, err) = _cli.Run(StandardsExtractor.Extract, args);

        Assert.Equal(ExitCodes.InputFailed, exit);
        var line = Assert.Single(err.Split('\n'), l => l.StartsWith(cut + ":", StringComparison.Ordinal));
        Assert.Matches(@":158: the passport lists 17 cards and the text ends after \d+: «.+» and the rest are missing, the document is cut off \(pass --keep-incomplete to load it anyway\)$", line);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Keep_incomplete_keeps_the_cut_text_with_its_warning()
    {
        var cut = CutEmploymentStandard();
        var output = _cli.PathOf("out.json");

        var (exit, _, _) = _cli.Run(StandardsExtractor.Extract, "extract", cut, "--out", output, "--keep-incomplete");

        Assert.Equal(ExitCodes.Ok, exit);
        var document = Assert.Single(ExtractReader.Read(File.OpenRead(output)));
        Assert.InRange(document.Cards.Count, 1, 16);
        Assert.Contains(document.Warnings, w => w.Line == 158 && w.Message.Contains("the document is cut off", StringComparison.Ordinal));
    }
}
