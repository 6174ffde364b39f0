namespace CareerGraph.Loader.Tests;

using System.Text.Json;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Tests.Export;
using Xunit;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>The real facade; tests that need a failure the seeds cannot give pass their own extractor.</summary>
    private static Extractor Extract => StandardsExtractor.Extract;

    private static void AssertNoStackTrace(string stderr) =>
        Assert.DoesNotContain("   at ", stderr);

    [Fact]
    public void No_command_is_a_usage_error()
    {
        var (exit, _, err) = _cli.Run(Extract);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Required command was not provided", err);
        AssertNoStackTrace(err);
    }

    [Fact]
    public void Missing_out_option_is_a_usage_error_naming_it()
    {
        var (exit, _, err) = _cli.Run(Extract, "extract", CliHarness.FrameworkFile);
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("--out", err);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_not_an_input()
    {
        var (exit, _, err) = _cli.Run(Extract, "extract", CliHarness.FrameworkFile, "--out", _cli.PathOf("out.json"), "--bogus");
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("Unrecognized option '--bogus'", err);
        Assert.False(File.Exists(_cli.PathOf("out.json")));
    }

    [Fact]
    public void Out_in_a_missing_folder_is_a_usage_error()
    {
        var (exit, _, err) = _cli.Run(Extract, "extract", CliHarness.FrameworkFile, "--out", _cli.PathOf("no/such/out.json"));
        Assert.Equal(ExitCodes.Usage, exit);
        Assert.StartsWith("error: --out: folder", err);
    }

    [Fact]
    public void Extracts_the_framework_to_a_schema_valid_export()
    {
        var output = _cli.PathOf("out.json");
        var (exit, stdout, err) = _cli.Run(Extract, "extract", CliHarness.FrameworkFile, "--out", output);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal("", stdout); // no --report
        Assert.Contains("wrote 1 documents", err);
        using var json = JsonDocument.Parse(File.ReadAllBytes(output));
        Assert.Empty(ExtractSchema.Violations(json.RootElement));
        var doc = Assert.Single(ExtractReader.Read(File.OpenRead(output)));
        Assert.Equal(DocumentKind.SectoralFramework, doc.Kind);
        Assert.Equal(["3.1", "3.2", "3.3"], doc.Framework!.Areas.Select(a => a.Number));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
    }

    [Fact]
    public void Extracts_every_seed_to_a_schema_valid_export_that_round_trips()
    {
        var output = _cli.PathOf("seeds.json");
        var (exit, _, err) = _cli.Run(Extract, "extract", CliHarness.Seeds, "--out", output);

        Assert.Equal(ExitCodes.Ok, exit);
        var bytes = File.ReadAllBytes(output);
        using var json = JsonDocument.Parse(bytes);
        Assert.Empty(ExtractSchema.Violations(json.RootElement));
        var docs = ExtractReader.Read(new MemoryStream(bytes));
        // The seven guide documents (guide §0), loose files in seeds/; SOURCES.md is skipped as not a standard.
        var guide = docs.Where(d => !d.Source.Contains('/')).ToArray();
        Assert.Equal(
            ["kk_employment-assistance_2025.txt", "kk_ict-sectoral-framework_2013.txt", "kk_insurance_2024.md",
             "kk_mice-business-travel_2022.txt", "kk_reference-information-services_2025.txt", "ru_insurance_2024.md",
             "ru_reference-information-services_2025.txt"],
            guide.Select(d => d.Source));
        Assert.Equal([17, 0, 3, 4, 10, 3, 10], guide.Select(d => d.Cards.Count)); // guide §0, «Cards» column
        // and every text of the register's act folders (their cards are asserted in RegisterSeedTests)
        Assert.Equal(CliHarness.RegisterTexts, docs.Count(d => d.Source.Contains('/')));
        using var again = new MemoryStream();
        ExtractWriter.Write(again, docs);
        Assert.Equal(bytes, again.ToArray());
        Assert.Contains($"wrote {docs.Count} documents ({docs.Sum(d => d.Cards.Count)} cards)", err);
    }

    [Fact]
    public void A_file_that_is_not_a_standard_is_reported_with_its_name_and_the_rest_is_written()
    {
        var output = _cli.PathOf("out.json");
        var notes = _cli.Write("notes.txt", "shopping list\nmilk\n");
        var (exit, _, err) = _cli.Run(Extract, "extract", notes, CliHarness.FrameworkFile, "--out", output);

        Assert.Equal(ExitCodes.InputFailed, exit);
        var line = Assert.Single(err.Split('\n'), l => l.Contains("notes.txt", StringComparison.Ordinal) && !l.StartsWith("reading", StringComparison.Ordinal));
        Assert.StartsWith($"{notes}", line);
        Assert.Single(ExtractReader.Read(File.OpenRead(output)));
        AssertNoStackTrace(err);
    }

    [Fact]
    public void A_bad_input_is_one_error_line_and_the_others_are_still_written()
    {
        var output = _cli.PathOf("out.json");
        var missing = _cli.PathOf("missing.txt");
        var (exit, _, err) = _cli.Run(Extract, "extract", missing, CliHarness.FrameworkFile, "--out", output);

        Assert.Equal(ExitCodes.InputFailed, exit);
        var errorLines = err.Split('\n').Where(l => l.StartsWith(missing, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"{missing}: no such file or folder"], errorLines.Select(l => l.TrimEnd('\r')));
        Assert.Single(ExtractReader.Read(File.OpenRead(output)));
        AssertNoStackTrace(err);
    }

    [Fact]
    public void Extraction_errors_are_printed_as_file_line_message()
    {
        Extractor failing = (paths, _) => new ExtractionResult([], [new ExtractionError("bad.txt", 12, "no card heading")]);
        var (exit, _, err) = _cli.Run(failing, "extract", CliHarness.FrameworkFile, "--out", _cli.PathOf("out.json"));
        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Contains("bad.txt:12: no card heading", err.Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void An_error_already_reported_as_progress_is_printed_once()
    {
        var error = new ExtractionError("bad.txt", 3, "not UTF-8");
        Extractor reporting = (_, progress) =>
        {
            progress?.Report(error.ToString());
            return new ExtractionResult([], [error]);
        };
        var (_, _, err) = _cli.Run(reporting, "extract", CliHarness.FrameworkFile, "--out", _cli.PathOf("out.json"));
        Assert.Single(err.Split('\n'), l => l.TrimEnd('\r') == "bad.txt:3: not UTF-8");
    }

    [Fact]
    public void When_every_input_fails_the_previous_output_is_kept()
    {
        var output = _cli.Write("out.json", "previous export");
        var (exit, _, err) = _cli.Run(Extract, "extract", _cli.PathOf("missing.txt"), "--out", output);
        Assert.Equal(ExitCodes.InputFailed, exit);
        Assert.Equal("previous export", File.ReadAllText(output));
        Assert.Contains("not written", err);
    }

    [Fact]
    public void A_failure_while_writing_leaves_the_previous_output_and_no_temp_file()
    {
        var output = _cli.Write("out.json", "previous export");
        var good = StandardsExtractor.Extract([CliHarness.FrameworkFile]).Documents[0];
        // The second document cannot be serialised: the writer fails after the first one was already streamed out.
        var broken = good with { Language = (Language)42 };
        Extractor extractor = (_, _) => new ExtractionResult([good, broken], []);

        var (exit, _, err) = _cli.Run(extractor, "extract", CliHarness.FrameworkFile, "--out", output);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal("previous export", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(_cli.Folder));
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        AssertNoStackTrace(err);
    }

    [Fact]
    public void Report_prints_a_table_per_document_on_stdout()
    {
        var (exit, stdout, err) = _cli.Run(Extract, "extract", CliHarness.FrameworkFile, "--out", _cli.PathOf("out.json"), "--report");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.DoesNotContain("Area", err);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.StartsWith("kk_ict-sectoral-framework_2013.txt  [kk, sectoral-framework (repealed)]", lines[0]);
        Assert.Contains("  areas: 3, level rows: 28, levels: 1–8", lines);
        Assert.Contains(lines, l => l.StartsWith("  Area  Rows  Levels  Inferred  Title", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  3.3   10    1–8     9         Байланыс", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("    L776: ", StringComparison.Ordinal));
        Assert.Contains("1 documents, 0 cards, 0 links, 3 warnings", lines);
    }
}
