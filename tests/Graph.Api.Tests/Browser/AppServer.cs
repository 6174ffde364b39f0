using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Playwright;

namespace CareerGraph.Api.Tests.Browser;

/// <summary>
/// The API on a real loopback port (a browser cannot reach the in-memory test server) and Debian's headless
/// chromium, with every request recorded and anything that leaves 127.0.0.1 aborted.
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> _factory;
    private readonly IPlaywright _playwright;

    private AppServer(WebApplicationFactory<Program> factory, IPlaywright playwright, IBrowser browser, Uri root)
    {
        _factory = factory;
        _playwright = playwright;
        Browser = browser;
        Root = root;
    }

    public Uri Root { get; }

    public IBrowser Browser { get; }

    /// <summary>Every URL the pages of this server asked for.</summary>
    public List<string> Requested { get; } = [];

    public static string AppFolder => Path.Combine(ApiFixture.RepoRoot(), "tools", "app");

    /// <summary>Null (after skipping) when chromium is missing and CI does not require it.</summary>
    public static async Task<AppServer> StartAsync()
    {
        if (!File.Exists(Chromium))
        {
            var reason = $"{Chromium} is missing (apt-get install chromium); the app browser tests need it";
            if (Environment.GetEnvironmentVariable("CAREERGRAPH_REQUIRE_TOOLS") == "1") Assert.Fail(reason + " (CAREERGRAPH_REQUIRE_TOOLS=1)");
            Assert.Skip(reason);
        }
        var port = FreePort();
        var factory = new WebApplicationFactory<Program>()
            .WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "0"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new AppServer(factory, playwright, browser, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>A fresh page (own storage) at 360 px or desktop width; axe needs its inline script, so CSP is bypassed only when asked.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => throw new InvalidOperationException("page error: " + error);
        await page.RouteAsync("**/*", async route =>
        {
            lock (Requested) Requested.Add(route.Request.Url);
            if (new Uri(route.Request.Url).Host == "127.0.0.1") await route.ContinueAsync();
            else await route.AbortAsync();
        });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
