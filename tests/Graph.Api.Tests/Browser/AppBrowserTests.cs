using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CareerGraph.Api.Tests.Browser;

/// <summary>
/// The counsellor app as a counsellor uses it, in Debian's headless chromium against the real API on loopback:
/// search with a typo, pick from and to, see the routes, open a step, print; a shared link restores the screen;
/// the checklist changes the gap; axe finds no serious or critical violation; the keyboard alone gets through.
/// </summary>
public sealed class AppBrowserTests
{
    // Kazakh-only letters: a Russian screen must have none of them (no mixed-language screen).
    private const string KazakhLetters = "әғқңөұүһіӘҒҚҢӨҰҮҺІ";

    public static TheoryData<string, string, string, string, string, string> Journeys => new()
    {
        // kk reference-info ¶9 «Call-орталық қызметкері» (3) → ¶18 «Call-орталықтың басшысы (басқарушысы)» (7):
        // typed without Kazakh letters and with a letter missing.
        { "kk", "Call-орталык кызметкрі", "Call-орталық қызметкері", "Call-орталыктын басшысы", "Call-орталықтың басшысы (басқарушысы)", "Меңгеру керек" },
        // ru ¶8 «Оператор Call-центра» (3) → «Руководитель (управляющий) Call-центра» (7), with a typo.
        { "ru", "операто call", "Оператор Call-центра", "руководитель call", "Руководитель (управляющий) Call-центра", "Нужно освоить" },
    };

    [Theory]
    [MemberData(nameof(Journeys))]
    public async Task Search_pick_routes_step_detail_print_and_a_shared_link(string lang, string fromTyped, string fromTitle,
        string toTyped, string toTitle, string toLearn)
    {
        await using var server = await AppServer.StartAsync();
        var page = await server.NewPageAsync(width: 1440);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(new Uri(server.Root, $"?lang={lang}").ToString());

        await Pick(page, fromTyped, fromTitle, 3, lang == "kk" ? "Қазіргі кәсібі ретінде таңдау" : "Выбрать как текущую");
        await Pick(page, toTyped, toTitle, 7, lang == "kk" ? "Мақсат ретінде таңдау" : "Выбрать как цель");
        await page.GetByRole(AriaRole.Button, new() { Name = lang == "kk" ? "Жолдарды көрсету" : "Показать пути" }).ClickAsync();

        var picture = page.Locator("figure.picture svg");
        await Expect(picture.Locator("g.step").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var firstRoute = clock.ElapsedMilliseconds;
        // Levels 1–8 up the side, each step drawn by kind.
        for (var level = 1; level <= 8; level++) await Expect(picture.Locator("g.band text", new() { HasText = level.ToString() }).First).ToBeAttachedAsync();
        Assert.True(await picture.Locator("path.edge.k-printed-link").CountAsync() > 0);
        // docs/app-routes.png is this picture; it is rewritten only on request, so a test run leaves the tree clean.
        if (lang == "kk")
            await picture.ScreenshotAsync(new()
            {
                Path = Environment.GetEnvironmentVariable("CAREERGRAPH_UPDATE_SCREENSHOTS") == "1"
                    ? Path.Combine(ApiFixture.RepoRoot(), "docs", "app-routes.png")
                    : Path.Combine(Path.GetTempPath(), "careergraph-app-routes.png"),
            });

        await page.Locator(".steps button").First.ClickAsync();
        var detail = page.Locator("section.detail");
        await Expect(detail).ToContainTextAsync("«");                       // the printed row, quoted
        await Expect(detail).ToContainTextAsync(toLearn, new() { Timeout = 30_000 });
        await Expect(detail.Locator(".evidence li").First).ToBeVisibleAsync();
        await AssertOneLanguage(page, lang);

        // A sent link restores the same screen in a browser with no stored state.
        var shared = page.Url;
        Assert.Contains("step=0.0", shared);
        var other = await server.NewPageAsync(width: 360);
        var linkClock = Stopwatch.StartNew();
        await other.GotoAsync(shared);
        await Expect(other.Locator("figure.picture g.step").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var linkRoute = linkClock.ElapsedMilliseconds;
        await Expect(other.Locator("section.detail h2")).ToHaveTextAsync(await detail.Locator("h2").TextContentAsync() ?? "", new() { Timeout = 30_000 });
        Assert.Equal(lang, await other.EvaluateAsync<string>("document.documentElement.lang"));
        // Usable at 360 px: nothing but the picture's own scroller is wider than the screen.
        Assert.True(await other.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"), "the page scrolls sideways at 360 px");

        // Print view: the route and its skill list on A4.
        await page.GetByRole(AriaRole.Link, new() { Name = lang == "kk" ? "Басып шығару" : "Печать", Exact = true }).Last.ClickAsync();
        await Expect(page.Locator("ol.plan > li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("ol.plan")).ToContainTextAsync(toLearn);
        await Expect(page.Locator("section.print figure.picture g.step").First).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.SetViewportSizeAsync(718, 1000);                         // A4's 210 mm less 2 × 12 mm margins at 96 dpi
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 718"), "the print view is wider than A4");
        var pdf = await page.PdfAsync(new() { Format = "A4", PrintBackground = false });
        var pages = CountPdfPages(pdf);
        Assert.InRange(pages, 1, 8);
        Assert.False(await page.Locator("header.top").IsVisibleAsync());
        if (lang == "kk") await File.WriteAllBytesAsync(Path.Combine(Path.GetTempPath(), "careergraph-plan-kk.pdf"), pdf, TestContext.Current.CancellationToken);

        var weight = await page.EvaluateAsync<long>("performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).filter(e => !e.name.endsWith('/graphql')).reduce((n, e) => n + e.encodedBodySize, 0)");
        TestContext.Current.TestOutputHelper?.WriteLine($"app {lang}: page weight {weight} bytes without data; first route drawn {firstRoute} ms after "
            + $"navigation (typing and picking included), {linkRoute} ms from a shared link at 360 px; print {pages} A4 page(s)");
        Assert.All(server.Requested, url => Assert.Equal("127.0.0.1", new Uri(url).Host));
        Assert.Contains(server.Requested, url => url.EndsWith("/app/app.js", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_checklist_recomputes_the_gap_to_the_target()
    {
        await using var server = await AppServer.StartAsync();
        var page = await server.NewPageAsync();
        var ids = await Ids(server, page);
        await page.GotoAsync(new Uri(server.Root, $"?lang=ru&view=card&from={ids.From}&to={ids.To}").ToString());
        var left = page.GetByTestId("gap-left");
        await Expect(left).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var before = int.Parse(await left.TextContentAsync() ?? "", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(before > 1);
        var boxes = page.Locator(".checklist input[type=checkbox]");
        await boxes.Nth(0).CheckAsync();
        await boxes.Nth(1).CheckAsync();
        await Expect(left).ToHaveTextAsync((before - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await boxes.Nth(1).UncheckAsync();
        await Expect(left).ToHaveTextAsync((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The ticks are in the URL: a reload keeps them.
        await page.ReloadAsync();
        await Expect(left).ToHaveTextAsync((before - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), new() { Timeout = 30_000 });
        // The language choice sticks: the bare address opens in Russian again.
        await page.GotoAsync(server.Root.ToString());
        await Expect(page.Locator("#search")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        Assert.Equal("ru", await page.EvaluateAsync<string>("document.documentElement.lang"));
        await page.GoBackAsync();
        // The card is shown in both languages side by side.
        await Expect(page.Locator(".cards [lang=kk]").First).ToBeVisibleAsync();
        await Expect(page.Locator(".cards [lang=ru]").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_screen()
    {
        var axe = Path.Combine(AppServer.AppFolder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(axe))
        {
            var reason = $"{axe} is missing (npm ci in tools/app)";
            if (Environment.GetEnvironmentVariable("CAREERGRAPH_REQUIRE_TOOLS") == "1") Assert.Fail(reason);
            Assert.Skip(reason);
        }
        await using var server = await AppServer.StartAsync();
        var page = await server.NewPageAsync(bypassCsp: true);
        var ids = await Ids(server, page);
        foreach (var lang in new[] { "kk", "ru" })
            foreach (var (view, ready) in new[]
                     {
                         ("find&q=оператор", "ul.results li"), ("routes&step=0.0", "section.detail .evidence li"),
                         ("explore", "section.moves"), ("card", ".cards .side"), ("print", "ol.plan li"),
                     })
            {
                await page.GotoAsync(new Uri(server.Root, $"?lang={lang}&view={view}&from={ids.From}&to={ids.To}").ToString());
                await Expect(page.Locator(ready).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
                await page.AddScriptTagAsync(new() { Path = axe });
                var result = await page.EvaluateAsync<JsonElement>("""
                    async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))
                      .violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))
                    """);
                Assert.True(result.GetArrayLength() == 0, $"{lang} {view}: {result}");
            }
    }

    [Fact]
    public async Task The_keyboard_alone_gets_from_search_to_a_step_detail()
    {
        await using var server = await AppServer.StartAsync();
        var page = await server.NewPageAsync();
        await page.GotoAsync(new Uri(server.Root, "?lang=ru").ToString());
        await page.Keyboard.TypeAsync("оператор call");
        await Expect(page.Locator("ul.results li").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await TabTo(page, "Выбрать как текущую: Оператор Call-центра, Уровень 3");
        await page.Keyboard.PressAsync("Enter");
        await TabTo(page, "Поиск профессии", backwards: true);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("руководитель call");
        await Expect(page.Locator("ul.results li", new() { HasText = "Руководитель (управляющий)" }).First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await TabTo(page, "Выбрать как цель: Руководитель (управляющий) Call-центра, Уровень 7");
        await page.Keyboard.PressAsync("Enter");
        await TabTo(page, "Показать пути");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("figure.picture g.step").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await TabTo(page, "Шаг:");                                          // a step of the picture itself
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("section.detail")).ToBeFocusedAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator("section.detail")).ToContainTextAsync("Нужно освоить", new() { Timeout = 30_000 });
    }

    private static async Task Pick(IPage page, string typed, string title, int level, string action)
    {
        var search = page.Locator("#search");
        await search.FillAsync(typed);
        var button = page.Locator($"ul.results button[aria-label='{action}: {title}, {(action.StartsWith("Выбрать", StringComparison.Ordinal) ? "Уровень" : "Деңгей")} {level}']");
        await Expect(button).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await button.ClickAsync();
        await Expect(page.Locator(".choice")).ToContainTextAsync(title);
    }

    /// <summary>Presses Tab until the focused control's accessible label starts with <paramref name="label"/>.</summary>
    private static async Task TabTo(IPage page, string label, bool backwards = false)
    {
        var seen = new List<string>();
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var focused = await page.EvaluateAsync<string>("""
                () => { const e = document.activeElement; if (!e) return '';
                  const l = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent) || e.textContent || '';
                  return l.trim(); }
                """);
            if (focused.StartsWith(label, StringComparison.Ordinal)) return;
            seen.Add(focused.Length > 40 ? focused[..40] : focused);
        }
        Assert.Fail($"Tab never reached «{label}»; focused: {string.Join(" | ", seen.Distinct())}");
    }

    private static async Task AssertOneLanguage(IPage page, string lang)
    {
        // The switch names each language in itself (with its lang attribute), as language switches do; <noscript> shows
        // only without JavaScript, when no language can be chosen.
        var text = await page.EvaluateAsync<string>("[...document.body.children].filter(e => e.tagName !== 'NOSCRIPT').map(e => e.innerText).join('\\n').replace(document.querySelector('.langs').innerText, '')");
        if (lang == "ru")
            Assert.True(text.IndexOfAny(KazakhLetters.ToCharArray()) < 0,
                "Kazakh letters on a Russian screen: " + string.Concat(text.Skip(Math.Max(0, text.IndexOfAny(KazakhLetters.ToCharArray()) - 60)).Take(120)));
        else
            foreach (var ru in new[] { "Уровень", "Поиск", "Путь", "Цель", "Нужно освоить", "Основание" })
                Assert.DoesNotContain(ru, text);
    }

    private static async Task<(string From, string To)> Ids(AppServer server, IPage page)
    {
        var response = await page.APIRequest.PostAsync(new Uri(server.Root, "graphql").ToString(), new()
        {
            DataObject = new { query = """
                { f: professions(search: "Оператор Call-центра", level: 3, first: 1) { nodes { id } }
                  t: professions(search: "Руководитель (управляющий) Call-центра", level: 7, first: 1) { nodes { id } } }
                """ },
        });
        var data = (await response.JsonAsync())!.Value.GetProperty("data");
        return (data.GetProperty("f").GetProperty("nodes")[0].GetProperty("id").GetString()!,
            data.GetProperty("t").GetProperty("nodes")[0].GetProperty("id").GetString()!);
    }

    private static int CountPdfPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        return System.Text.RegularExpressions.Regex.Matches(text, @"/Type\s*/Page[^s]").Count;
    }
}
