namespace CareerGraph.Loader.Tests;

using System.Diagnostics;
using CareerGraph.Standards.Export;
using Xunit;

/// <summary>The built CLI run as a real process: exit codes and stderr as a shell sees them.</summary>
public sealed class ProcessRunTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static (int Exit, string Out, string Err) RunLoader(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Loader.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Usage_error_and_missing_input_exit_codes_as_a_process()
    {
        var usage = RunLoader("extract");
        Assert.Equal(ExitCodes.Usage, usage.Exit);
        Assert.Contains("--out", usage.Err);

        var missing = _cli.PathOf("missing.txt");
        var failed = RunLoader("extract", missing, "--out", _cli.PathOf("out.json"));
        Assert.Equal(ExitCodes.InputFailed, failed.Exit);
        Assert.Contains($"{missing}: no such file or folder", failed.Err);
        Assert.DoesNotContain("   at ", failed.Err);
    }

    [Fact]
    public void Killing_a_run_leaves_the_previous_output_or_a_complete_new_one()
    {
        var output = _cli.Write("out.json", "previous export");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Graph.Loader.dll"), "extract", CliHarness.Seeds, "--out", output })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        // Kill as soon as extraction has visibly started: the run is mid-way, wherever exactly.
        process.StandardError.ReadLine();
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var text = File.ReadAllText(output);
        if (text != "previous export")
            Assert.Equal(7, ExtractReader.Read(File.OpenRead(output)).Count); // the run had finished
    }

    [Fact]
    public void Extracts_the_framework_as_a_process()
    {
        var output = _cli.PathOf("out.json");
        var run = RunLoader("extract", CliHarness.FrameworkFile, "--out", output, "--report");
        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains("Байланыс", run.Out); // UTF-8 on stdout
        Assert.Contains("wrote 1 documents", run.Err);
        Assert.True(File.Exists(output));
    }
}
