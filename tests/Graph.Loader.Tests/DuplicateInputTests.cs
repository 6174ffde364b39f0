namespace CareerGraph.Loader.Tests;

using Xunit;

/// <summary>
/// Issue 12 item 4: the same standard given twice, under any name, is one error line naming both files, exit 2 and
/// nothing written, in `extract` and in `load`. (Before: exit 0 and a snapshot the API could not start on.)
/// </summary>
public sealed class DuplicateInputTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>seed copied to a new name; <c>changed</c> appends a newline so the bytes differ and the content decides.</summary>
    public static TheoryData<string, string, bool, string> Copies => new()
    {
        { "kk_insurance_2024.md", "X.txt", false, "the same standard as {seed} (identical bytes); give each standard once" },
        { "kk_insurance_2024.md", "kk_insurance_2024.txt", false, "the same standard as {seed} (identical bytes); give each standard once" },
        { "kk_insurance_2024.md", "copy.md", true, "the same standard as {seed} (same standard code K65112007 in kk); give each standard once" },
        // The reference-info pair prints no standard code (guide §2.2): the title decides.
        { "kk_reference-information-services_2025.txt", "ref.txt", true,
            "the same standard as {seed} (same title «Анықтамалық-ақпараттық қызметтердің қызметі» in kk); give each standard once" },
        { "kk_ict-sectoral-framework_2013.txt", "framework.md", true,
            "the same standard as {seed} (same title ««Ақпараттық-коммуникациялық технологиялар» салалық біліктілік шеңбері» in kk); give each standard once" },
        { "kk_insurance_2024.md", "kk_insurance_2024.txt", true,
            "the same standard as {seed} (same standard code K65112007 in kk); give each standard once" },
    };

    private string Copy(string seed, string name, bool changed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(CliHarness.Seeds, seed));
        var path = _cli.PathOf(name);
        File.WriteAllBytes(path, changed ? [.. bytes, .. "\n"u8] : bytes);
        return path;
    }

    private static string[] Lines(string stderr) => stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [MemberData(nameof(Copies))]
    public void Load_refuses_a_standard_given_twice_and_writes_nothing(string seed, string name, bool changed, string message)
    {
        var copy = Copy(seed, name, changed);
        var snapshot = _cli.PathOf("graph.json");

        var (exit, _, err) = _cli.Run(null, "load", CliHarness.Seeds, copy, "--to", "snapshot", snapshot);

        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Single(Lines(err), l => l == $"{copy}: {message.Replace("{seed}", Path.Combine(CliHarness.Seeds, seed))}");
        Assert.False(File.Exists(snapshot));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
    }

    [Theory]
    [MemberData(nameof(Copies))]
    public void Extract_refuses_a_standard_given_twice_and_writes_nothing(string seed, string name, bool changed, string message)
    {
        var copy = Copy(seed, name, changed);
        var output = _cli.PathOf("out.json");

        var (exit, _, err) = _cli.Run(null, "extract", CliHarness.Seeds, copy, "--out", output);

        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Single(Lines(err), l => l == $"{copy}: {message.Replace("{seed}", Path.Combine(CliHarness.Seeds, seed))}");
        Assert.Contains($"error: 1 input(s) repeat a standard; {output} not written", err);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Two_different_standards_with_one_file_name_are_refused_since_their_card_ids_would_repeat()
    {
        // Another standard (MICE) saved as kk_insurance_2024.txt beside the real kk_insurance_2024.md.
        var clash = _cli.PathOf("kk_insurance_2024.txt");
        File.Copy(Path.Combine(CliHarness.Seeds, "kk_mice-business-travel_2022.txt"), clash);
        var insurance = Path.Combine(CliHarness.Seeds, "kk_insurance_2024.md");

        var (exit, _, err) = _cli.Run(null, "load", insurance, clash, "--to", "snapshot", _cli.PathOf("graph.json"));

        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Contains($"{clash}: the same file name as {insurance} without its extension («kk_insurance_2024»), and card ids are made from it; rename one",
            Lines(err));
        Assert.False(File.Exists(_cli.PathOf("graph.json")));
    }

    [Fact]
    public void The_seeds_themselves_hold_no_standard_twice()
    {
        var (exit, _, err) = _cli.Run(null, "load", CliHarness.Seeds, "--to", "snapshot", _cli.PathOf("graph.json"));
        Assert.True(exit == ExitCodes.Ok, err);
        Assert.DoesNotContain("the same", err);
    }
}
