namespace CareerGraph.Api.Tests;

/// <summary>The app is served from the assembly at "/", with a policy that keeps the page's requests on the host.</summary>
public sealed class AppAssetsTests(ApiFixture api)
{
    [Fact]
    public async Task The_root_serves_the_embedded_app_and_GraphiQL_stays_at_graphql()
    {
        var ct = TestContext.Current.CancellationToken;
        using var page = await api.Client.GetAsync("/", ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("/app/app.js", await page.Content.ReadAsStringAsync(ct));
        Assert.StartsWith("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());

        using var script = await api.Client.GetAsync("/app/app.js", ct);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.True((await script.Content.ReadAsByteArrayAsync(ct)).Length > 10_000);
        using var missing = await api.Client.GetAsync("/app/nothing.js", ct);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var graphiql = await api.Client.SendAsync(request, ct);
        Assert.Contains("graphiql", await graphiql.Content.ReadAsStringAsync(ct), StringComparison.OrdinalIgnoreCase);
    }
}
