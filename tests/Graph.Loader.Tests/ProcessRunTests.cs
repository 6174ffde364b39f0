namespace CareerGraph.Loader.Tests;

using System.Diagnostics;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
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
        // The checkout may sit in a folder only its owner can enter (mktemp -d): the other user runs a copy of the build.
        var copy = uid is null || OperatingSystem.IsWindows() ? null : ReadableCopy(AppContext.BaseDirectory);
        try
        {
            var dll = Path.Combine(copy?.FullName ?? AppContext.BaseDirectory, "Graph.Loader.dll");
            var start = new ProcessStartInfo(uid is null ? "dotnet" : "setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
            if (uid is { } id)
            {
                foreach (var a in new[] { $"--reuid={id}", $"--regid={id}", "--clear-groups", "--", "dotnet" }) start.ArgumentList.Add(a);
                start.Environment["DOTNET_CLI_HOME"] = copy!.FullName;
            }
            start.ArgumentList.Add(dll);
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
        finally
        {
            copy?.Delete(recursive: true);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static DirectoryInfo ReadableCopy(string folder)
    {
        var copy = Directory.CreateTempSubdirectory("cg-loader-");
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy.FullName, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        foreach (var dir in copy.EnumerateDirectories("*", SearchOption.AllDirectories).Append(copy))
            File.SetUnixFileMode(dir.FullName, (UnixFileMode)0b111_101_101);
        foreach (var file in copy.EnumerateFiles("*", SearchOption.AllDirectories))
            File.SetUnixFileMode(file.FullName, (UnixFileMode)0b110_100_100);
        return copy;
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

    /// <summary>
    /// Killed at the first progress line the run is mid-way, and the previous export must still be there, or, if it
    /// finished that fast, a complete new one. Killed once it printed "wrote", the file has been replaced: the new
    /// export must be complete (the second case makes the "complete output" branch run every time).
    /// </summary>
    [Theory]
    [InlineData("reading ")]
    [InlineData("wrote ")]
    public void Killing_a_run_leaves_the_previous_output_or_a_complete_new_one(string killAt)
    {
        var output = _cli.Write("out.json", "previous export");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Graph.Loader.dll"), "extract", CliHarness.Seeds, "--out", output })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        string? line;
        while ((line = process.StandardError.ReadLine()) is not null && !line.StartsWith(killAt, StringComparison.Ordinal)) { }
        Assert.NotNull(line);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        var text = File.ReadAllText(output);
        if (killAt == "wrote ") Assert.NotEqual("previous export", text);
        if (text != "previous export")
            Assert.Equal(StandardsExtractor.Extract([CliHarness.Seeds]).Documents.Count, ExtractReader.Read(File.OpenRead(output)).Count); // the run had finished
    }

    [Fact]
    public void Load_to_a_snapshot_as_a_process_writes_the_graph_the_api_serves()
    {
        var snapshot = _cli.PathOf("graph.json");
        var run = RunLoader(["load", .. CliHarness.GuideSeeds, "--to", "snapshot", snapshot]);

        Assert.Equal(ExitCodes.Ok, run.Exit);
        Assert.Contains($"wrote snapshot {snapshot}: 7 documents, 34 professions", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        var documents = ExtractReader.Read(File.OpenRead(snapshot));
        var direct = StandardsExtractor.Extract(CliHarness.GuideSeeds).Documents;
        // The snapshot is the extraction itself: the same documents, cards and repairs the API would extract.
        Assert.Equal(direct.Select(d => (d.Source, d.Cards.Count, d.Repairs.Count, d.Warnings.Count)),
            documents.Select(d => (d.Source, d.Cards.Count, d.Repairs.Count, d.Warnings.Count)));
        var graph = CareerGraph.Careers.Building.CareerGraphBuilder.Build(documents);
        Assert.Equal(34, graph.ProfessionCount);
        Assert.Contains(graph.Professions, p => p.Id == "order-394_2025/1" && p.TitleKk is not null && p.TitleRu is not null);
    }

    [Fact]
    public void Load_of_a_missing_input_writes_no_snapshot()
    {
        var snapshot = _cli.Write("graph.json", "previous snapshot");
        var missing = _cli.PathOf("missing");
        var run = RunLoader("load", CliHarness.Seeds, missing, "--to", "snapshot", snapshot);

        Assert.Equal(ExitCodes.InputFailed, run.Exit);
        Assert.Contains($"{missing}: no such file or folder", run.Err);
        Assert.Equal("previous snapshot", File.ReadAllText(snapshot));
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
