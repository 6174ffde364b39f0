using System.Diagnostics;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerGraph.Api.Tests;

public sealed class HostingTests(ApiFixture api)
{
    [Fact]
    public async Task Health_endpoints_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var live = await api.Client.GetAsync("/health/live", ct);
        Assert.Equal(200, (int)live.StatusCode);
        using var ready = await api.Client.GetAsync("/health/ready", ct);
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Contains("\"Healthy\"", await ready.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Browsers_get_GraphiQL_served_from_the_API_itself()
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var page = await api.Client.SendAsync(request, ct);
        Assert.Equal(200, (int)page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(ct);
        Assert.DoesNotContain("https://", html);                       // no CDN: every asset is local
        using var script = await api.Client.GetAsync("/graphql/graphiql/graphiql.min.js", ct);
        Assert.Equal(200, (int)script.StatusCode);
    }

    [Fact]
    public async Task A_snapshot_serves_the_same_answers_as_the_seeds()
    {
        var snapshot = Path.Combine(Path.GetTempPath(), $"careergraph-snapshot-{Guid.NewGuid():N}.json");
        try
        {
            var extracted = StandardsExtractor.Extract([Path.Combine(ApiFixture.RepoRoot(), "seeds")]);
            await using (var file = File.Create(snapshot)) ExtractWriter.Write(file, extracted.Documents);
            await using var fromSnapshot = new WebApplicationFactory<Program>()
                .WithWebHostBuilder(b => b.UseSetting("Graph:Snapshot", snapshot).UseSetting("Graph:Seeds", "/nonexistent"));
            const string q = """
                { careerPaths(from: { title: "Жұмыспен қамтуға жәрдемдесу жөніндегі маман", level: 4 },
                              to: { title: "Жұмыспен қамту қызметінің басшысы", level: 6 }, first: 3) {
                    newSkills steps { to { id } kind confidence } } }
                """;
            var expected = await api.Post(q);
            var actual = await ApiFixture.Post(fromSnapshot.CreateClient(), q);
            Assert.Equal(expected.ToString(), actual.ToString());
        }
        finally { File.Delete(snapshot); }
    }

    [Theory]
    [InlineData("Graph__Seeds", "/nonexistent/seeds", "seeds folder /nonexistent/seeds does not exist")]
    [InlineData("Graph__Snapshot", "/nonexistent/snapshot.json", "snapshot /nonexistent/snapshot.json: cannot be read")]
    public async Task A_startup_problem_is_one_log_line_and_a_non_zero_exit(string variable, string value, string reason)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Api.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.Environment[variable] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var output = (await stdout + await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEqual(0, process.ExitCode);
        var line = Assert.Single(output);
        Assert.Contains("Cannot start: " + reason, line);
        Assert.DoesNotContain("   at ", line);
    }
}
