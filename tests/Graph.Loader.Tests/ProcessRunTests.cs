namespace CareerGraph.Loader.Tests;

using System.Diagnostics;
using CareerGraph.Standards.Export;
using Xunit;

/// <summary>The built CLI run as a real process: exit codes and stderr as a shell sees them.</summary>
public sealed class ProcessRunTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private static (int Exit, string Out, string Err) RunLoader(params string[] args) => RunLoaderAs(null, args);

    /// <summary>Runs the built loader; with <paramref name="uid"/>, as that user through setpriv (util-linux).</summary>
    private static (int Exit, string Out, string Err) RunLoaderAs(int? uid, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Loader.dll");
        var start = new ProcessStartInfo(uid is null ? "dotnet" : "setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (uid is { } id)
            foreach (var a in new[] { $"--reuid={id}", $"--regid={id}", "--clear-groups", "--", "dotnet" }) start.ArgumentList.Add(a);
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

    /// <summary>
    /// Root reads any file whatever its mode, so under root (CI) the loader runs as «nobody» (uid 65534): the
    /// permission check is then the kernel's, as for any user account.
    /// </summary>
    [Fact]
    public void An_unreadable_file_is_a_one_line_permission_error_as_a_process()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes are needed to make a file unreadable");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("cg-perm-");
        try
        {
            File.SetUnixFileMode(folder.FullName, (UnixFileMode)0b111_111_111);
            var path = Path.Combine(folder.FullName, "ru_insurance_2024.md");
            File.Copy(Path.Combine(CliHarness.Seeds, "ru_insurance_2024.md"), path);
            File.SetUnixFileMode(path, UnixFileMode.None);
            var asUser = Environment.UserName == "root" ? 65534 : (int?)null;
            var (exit, _, err) = RunLoaderAs(asUser, "extract", path, "--out", Path.Combine(folder.FullName, "out.json"));
            Assert.Equal(ExitCodes.InputFailed, exit);
            Assert.Equal($"{path}: permission denied: the file cannot be read", Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith(path, StringComparison.Ordinal)));
            Assert.DoesNotContain("   at ", err);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
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
