using System.Collections.Concurrent;
using CareerGraph.GraphQL.Tests.Conformance;
using CareerGraph.GraphQL.Tests.Http;
using Microsoft.Playwright;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Browser;

/// <summary>
/// GraphiQL as a person uses it: Debian's headless chromium opens the endpoint, the page loads only from our server
/// (every request is checked to stay on 127.0.0.1), a query runs and its result appears in the response pane.
/// </summary>
public class GraphiQLBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task GraphiQL_loads_offline_from_the_endpoint_and_runs_a_query()
    {
        if (!File.Exists(Chromium))
        {
            var reason = $"{Chromium} is missing (apt-get install chromium); the GraphiQL browser test needs it";
            if (NodeTool.ToolsRequired) Assert.Fail(reason + " (CAREERGRAPH_REQUIRE_TOOLS=1)");
            Assert.Skip(reason);
        }
        await using var server = await TestServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        var page = await browser.NewPageAsync();
        var requested = new ConcurrentQueue<string>();
        var pageErrors = new ConcurrentQueue<string>();
        page.PageError += (_, error) => pageErrors.Enqueue(error);
        await page.RouteAsync("**/*", async route =>
        {
            requested.Enqueue(route.Request.Url);
            if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
            else await route.AbortAsync();
        });

        await page.GotoAsync(server.Endpoint.ToString());
        var editor = page.Locator(".graphiql-query-editor .CodeMirror");
        await editor.WaitForAsync(new() { Timeout = 30_000 });
        await page.EvaluateAsync("query => document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue(query)",
            "{ profession(id: \"p2\") { name(lang: KK) level } }");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        var response = page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("Дәнекерлеу шебері", new() { Timeout = 30_000 });
        await Assertions.Expect(response).ToContainTextAsync("\"level\": 5");
        // Kept for people debugging a failure: what the page showed.
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "careergraph-graphiql.png") });
        Assert.Empty(pageErrors);
        Assert.All(requested, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.Contains(requested, url => url.EndsWith("/graphql/graphiql/graphiql.min.js", StringComparison.Ordinal));
    }
}
