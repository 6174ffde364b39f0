namespace CareerGraph.Loader.Tests;

using System.Text.Json;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Xunit;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static Extractor Extract => TestExtractors.Default;

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
        Assert.Empty(JsonSchemaValidator.ForExtractFormat().Validate(json.RootElement));
        var doc = Assert.Single(ExtractReader.Read(File.OpenRead(output)));
        Assert.Equal(DocumentKind.SectoralFramework, doc.Kind);
        Assert.Equal(["3.1", "3.2", "3.3"], doc.Framework!.Areas.Select(a => a.Number));
        Assert.Empty(Directory.GetFiles(_cli.Folder, "*.tmp"));
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
        var good = TestExtractors.Default([CliHarness.FrameworkFile], null).Documents[0];
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
