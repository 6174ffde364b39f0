using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace CareerGraph.Api.Tests;

/// <summary>
/// The suite's smoke test: the README's commands run as a user runs them. The built API (the dll `dotnet run`
/// would start, from the repository root, in the Development environment of launchSettings.json) is started as a
/// real process on a free port, asked every curl query the README prints, and stopped with SIGTERM; the loader's
/// README commands are run as processes too and the API then serves their snapshot. The commands are read from
/// README.md itself, so a README query or command that stops working fails here.
/// </summary>
public sealed partial class ReadmeSmokeTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("cg-readme-");

    public void Dispose() => _scratch.Delete(recursive: true);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerGraph.sln not found above the test output folder");
    }

    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));

    [GeneratedRegex(@"^curl -s localhost:5000(?<path>/\S+) -H '(?<header>[^']+)' -d '(?<body>[^']*)'", RegexOptions.Multiline)]
    private static partial Regex CurlCommand();

    [GeneratedRegex(@"^dotnet run --project src/Graph.Loader -- (?<args>[^#\n]+?)\s*(#.*)?$", RegexOptions.Multiline)]
    private static partial Regex LoaderCommand();

    /// <summary>Every `curl … -d '…'` of the README: path and body, sent as printed.</summary>
    private static IReadOnlyList<(string Path, string Body)> ReadmeQueries()
    {
        var queries = CurlCommand().Matches(Readme).Select(m => (m.Groups["path"].Value, m.Groups["body"].Value)).ToList();
        // A curl the pattern does not read (a line break inside the body, another host) is a README change to catch.
        Assert.Equal(Regex.Count(Readme, @"^curl ", RegexOptions.Multiline), queries.Count);
        Assert.NotEmpty(queries);
        return queries;
    }

    [Fact]
    public async Task The_api_started_as_the_readme_says_answers_every_readme_query_and_stops_cleanly()
    {
        await using var api = await ApiProcess.Start(RepoRoot(), []);

        foreach (var health in new[] { "/health/live", "/health/ready" })
            Assert.Equal(HttpStatusCode.OK, (await api.Http.GetAsync(health, TestContext.Current.CancellationToken)).StatusCode);
        using var page = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        page.Headers.Accept.ParseAdd("text/html");
        var graphiql = await api.Http.SendAsync(page, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, graphiql.StatusCode);
        Assert.Contains("graphiql", await graphiql.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.OrdinalIgnoreCase);

        foreach (var (path, body) in ReadmeQueries())
            AssertCanonicalRoute(await api.Post(path, body));

        Assert.Equal(0, await api.Stop());
        Assert.Contains("Application is shutting down", api.Output);
    }

    [Fact]
    public async Task The_loader_commands_of_the_readme_write_a_snapshot_the_api_serves_with_the_same_answers()
    {
        var root = RepoRoot();
        var commands = LoaderCommand().Matches(Readme).Select(m => m.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Contains(commands, c => c[0] == "extract");
        Assert.Contains(commands, c => c is ["load", .., "snapshot", _]);
        string? snapshot = null;
        // `load … --to neo4j` needs a Neo4j server; the Neo4j tests run it where NEO4J_URI is set.
        foreach (var args in commands.Where(c => !c.Contains("neo4j")))
        {
            // Outputs go to a scratch folder instead of the checkout; every other argument is as printed.
            var run = args.Select(a => a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_scratch.FullName, a) : a).ToArray();
            var (exit, stdout, stderr) = await RunLoader(root, run);
            Assert.True(exit == 0, $"loader {string.Join(' ', args)} exited {exit}: {stderr}");
            Assert.DoesNotContain("   at ", stderr);
            if (args[0] == "extract")
            {
                // the seven guide documents and every text of seeds/register's act folders
                var texts = 7 + Directory.EnumerateFiles(Path.Combine(ApiFixture.RepoRoot(), "seeds", "register"), "*.md", SearchOption.AllDirectories).Count();
                Assert.Contains($"wrote {texts} documents", stderr);
                if (args.Contains("--report")) Assert.Contains("Оператор Call-центра", stdout);
            }
            else snapshot = run[^1];
        }
        Assert.NotNull(snapshot);

        var (path, body) = ReadmeQueries()[0];
        string fromSeeds;
        await using (var seeds = await ApiProcess.Start(root, []))
        {
            fromSeeds = await seeds.Post(path, body);
            Assert.Equal(0, await seeds.Stop());
        }
        await using var served = await ApiProcess.Start(root, new() { ["Graph__Snapshot"] = snapshot });
        Assert.Contains($"snapshot {snapshot}", served.Output);
        var fromSnapshot = await served.Post(path, body);
        AssertCanonicalRoute(fromSnapshot);
        Assert.Equal(fromSeeds, fromSnapshot);
        Assert.Equal(0, await served.Stop());
    }

    /// <summary>
    /// The README's question: ru reference-info ¶8 «Оператор Call-центра» (level 3, L154) to ¶18 «Руководитель
    /// (управляющий) Call-центра» (level 7, L8059), printed links only, three routes. The best goes through ¶10
    /// (the same title at level 4, L808), ¶13 «Администратор» (5, L2906), ¶17 «Руководитель группы
    /// (специализированной в прочих отраслях)» (6) and ¶14 (the head at level 6, L4175): nothing links level 5 to
    /// the level-6 head directly (standards guide §5).
    /// </summary>
    private static void AssertCanonicalRoute(string response)
    {
        using var json = JsonDocument.Parse(response);
        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var paths = json.RootElement.GetProperty("data").GetProperty("careerPaths").EnumerateArray().ToArray();
        Assert.Equal(3, paths.Length);
        foreach (var p in paths)
        {
            var steps = p.GetProperty("steps").EnumerateArray().ToArray();
            Assert.Equal("Оператор Call-центра", steps[0].GetProperty("from").GetProperty("title").GetString());
            Assert.Equal("Руководитель (управляющий) Call-центра", steps[^1].GetProperty("to").GetProperty("title").GetString());
            Assert.Equal(7, steps[^1].GetProperty("to").GetProperty("level").GetInt32());
            Assert.All(steps, s => Assert.Equal("PRINTED_LINK", s.GetProperty("kind").GetString()));
            Assert.All(steps, s => Assert.Matches(@"reference-information-services_2025\.txt L\d+", s.GetProperty("evidence").GetString()));
        }
        var best = paths[0].GetProperty("steps").EnumerateArray().ToArray();
        Assert.Equal(5, paths[0].GetProperty("length").GetInt32());
        Assert.Equal([4, 5, 6, 6, 7], best.Select(s => s.GetProperty("to").GetProperty("level").GetInt32()));
        Assert.Equal(
            ["Оператор Call-центра", "Администратор", "Руководитель группы (специализированной в прочих отраслях)",
             "Руководитель (управляющий) Call-центра", "Руководитель (управляющий) Call-центра"],
            best.Select(s => s.GetProperty("to").GetProperty("title").GetString()));
    }

    /// <summary>The loader's built dll (the same configuration as this test), run from the repository root.</summary>
    private static async Task<(int Exit, string Out, string Err)> RunLoader(string root, string[] args)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(root, "src", "Graph.Loader", "bin", configuration, "net10.0", "Graph.Loader.dll");
        Assert.True(File.Exists(dll), $"{dll} is not built; build the solution first");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add(dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The API as a process: started on port 0, its address read from its log, stopped with SIGTERM.</summary>
    private sealed partial class ApiProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

        [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
        private static partial Regex Listening();

        private ApiProcess(Process process)
        {
            _process = process;
            process.OutputDataReceived += (_, e) => Line(e.Data);
            process.ErrorDataReceived += (_, e) => Line(e.Data);
            process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"the API exited: {Output}"));
        }

        public HttpClient Http { get; private set; } = null!;

        public string Output { get { lock (_output) return _output.ToString(); } }

        private void Line(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
            if (Listening().Match(line) is { Success: true } m) _listening.TrySetResult(new Uri(m.Groups["url"].Value));
        }

        public static async Task<ApiProcess> Start(string root, Dictionary<string, string> environment)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
            var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = root,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development"; // launchSettings.json's profile
            foreach (var (key, value) in environment) start.Environment[key] = value;
            var process = new Process { StartInfo = start, EnableRaisingEvents = true };
            var api = new ApiProcess(process);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            var address = await api._listening.Task.WaitAsync(timeout.Token);
            api.Http = new HttpClient { BaseAddress = address };
            while (true)
            {
                try
                {
                    if ((await api.Http.GetAsync("/health/ready", timeout.Token)).StatusCode == HttpStatusCode.OK) return api;
                }
                catch (HttpRequestException) { }
                await Task.Delay(100, timeout.Token);
            }
        }

        public async Task<string> Post(string path, string body)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var response = await Http.PostAsync(path, content, TestContext.Current.CancellationToken);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {text}");
            return text;
        }

        /// <summary>SIGTERM, as a service manager or Ctrl+C stops it; the exit code after a clean shutdown.</summary>
        public async Task<int> Stop()
        {
            using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            await _process.WaitForExitAsync(timeout.Token);
            return _process.ExitCode;
        }

        public async ValueTask DisposeAsync()
        {
            Http?.Dispose();
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
            _process.Dispose();
        }
    }
}
