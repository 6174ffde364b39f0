using System.Diagnostics;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs the node scripts of tests/conformance (npm ci on first use). Without node the calling test is skipped by
/// name — unless CAREERGRAPH_REQUIRE_TOOLS=1 (CI), where a missing tool is a failure.
/// </summary>
public static class NodeTool
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static bool ToolsRequired => Environment.GetEnvironmentVariable("CAREERGRAPH_REQUIRE_TOOLS") == "1";

    public static string ConformanceFolder { get; } = Path.Combine(RepositoryRoot(), "tests", "conformance");

    /// <summary>Skips (or fails under CAREERGRAPH_REQUIRE_TOOLS=1) when the executable is not found.</summary>
    public static string Require(string executable, string why)
    {
        var found = FindOnPath(executable);
        if (found is not null) return found;
        var reason = $"{executable} is not on PATH; {why} needs it";
        if (ToolsRequired) Assert.Fail(reason + " (CAREERGRAPH_REQUIRE_TOOLS=1)");
        Assert.Skip(reason);
        return null!;
    }

    public static async Task<(int ExitCode, string Output)> RunScriptAsync(string script, params string[] arguments)
    {
        var node = Require("node", $"the graphql-js conformance check {script}");
        await EnsureInstalledAsync();
        return await RunAsync(node, ConformanceFolder, [script, .. arguments]);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (Directory.Exists(Path.Combine(ConformanceFolder, "node_modules", "graphql-http"))) return;
            var npm = Require("npm", "installing the pinned graphql-js");
            var (exit, output) = await RunAsync(npm, ConformanceFolder, ["ci", "--no-audit", "--no-fund", "--loglevel=error"]);
            Assert.True(exit == 0, $"npm ci in {ConformanceFolder} failed: {output}");
        }
        finally
        {
            InstallLock.Release();
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string executable, string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, (await stdout) + (await stderr));
    }

    private static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, executable)).FirstOrDefault(File.Exists);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"CareerGraph.sln not found above {AppContext.BaseDirectory}");
    }
}
