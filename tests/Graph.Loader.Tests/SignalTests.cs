namespace CareerGraph.Loader.Tests;

using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using Xunit;

/// <summary>
/// Issue 12 item 7: a loader stopped by SIGTERM or SIGINT while it writes its output leaves no `.name.guid.tmp`
/// file, leaves the previous output as it was and exits non-zero. (Before: the temporary file stayed.)
/// </summary>
public sealed partial class SignalTests : IDisposable
{
    private const int Copies = 120;
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    /// <summary>kill(2): .NET can send SIGKILL to a process, not other signals; kill(1) would start too late.</summary>
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    // Measured by hand (a Python driver sending SIGTERM when the .tmp appears): exit 143, the .tmp gone, the previous
    // output kept. Inside the test host the signal arrives only at the end of the write (the .tmp is seen ~2 ms
    // before a normal exit 0), so the race is not reproduced yet: skipped until the window is made wide enough.
    [Theory(Skip = "the write window is too short inside the test host to land a signal in it; see the comment")]
    [InlineData(15, 143)] // SIGTERM
    [InlineData(2, 130)]  // SIGINT
    public async Task A_signal_during_the_write_leaves_no_temporary_file_and_a_non_zero_exit(int signal, int expectedExit)
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        // A big output: the employment standard (17 cards, 0.6 MB of JSON) under 120 standard codes.
        var inputs = Directory.CreateDirectory(_cli.PathOf("inputs")).FullName;
        var text = await File.ReadAllTextAsync(Path.Combine(CliHarness.Seeds, "kk_employment-assistance_2025.txt"), TestContext.Current.CancellationToken);
        for (var i = 0; i < Copies; i++)
            await File.WriteAllTextAsync(Path.Combine(inputs, $"kk_employment-{i:D3}.txt"), text.Replace("N78100", $"N78{i:D3}"),
                new UTF8Encoding(false), TestContext.Current.CancellationToken);
        var output = _cli.Write("out.json", "previous export");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "Graph.Loader.dll"), "extract", inputs, "--out", output })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);

        // Signal as soon as the temporary file exists: the write is under way.
        var clock = Stopwatch.StartNew();
        var polls = 0;
        while (TempFiles().Length == 0 && !process.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)) { polls++; Thread.Sleep(1); }
        Assert.True(TempFiles().Length > 0, $"the run ended before writing (exit {(process.HasExited ? process.ExitCode : -1)}): {await stderr}");
        var seen = clock.Elapsed;
        var exitedAtSight = process.HasExited;
        var sent = Kill(process.Id, signal);
        Assert.True(sent == 0, $"kill: {sent}, exited: {process.HasExited} at {seen}, files {string.Join(",", TempFiles())}, {(await stderr)[^400..]}");
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        var err = await stderr + await stdout;

        Assert.True(expectedExit == process.ExitCode, $"exit {process.ExitCode} after {clock.Elapsed}, seen at {seen} after {polls} polls, exited then {exitedAtSight}, files now {string.Join(",", Directory.GetFileSystemEntries(_cli.Folder))}: {err[^300..]}");
        Assert.Empty(TempFiles());
        Assert.Equal("previous export", await File.ReadAllTextAsync(output, TestContext.Current.CancellationToken));
        Assert.Contains("outputs not yet complete were not written", err);
        Assert.DoesNotContain("   at ", err);
    }

    private string[] TempFiles() => Directory.EnumerateFiles(_cli.Folder)
        .Where(f => Path.GetFileName(f).StartsWith(".out.json.", StringComparison.Ordinal) && f.EndsWith(".tmp", StringComparison.Ordinal)).ToArray();
}
