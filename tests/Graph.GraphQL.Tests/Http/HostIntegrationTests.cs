using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.RateLimiting;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Http;
using CareerGraph.GraphQL.Utilities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Http;

/// <summary>What the API host relies on: a per-request context for resolvers, an executor from options, and conventions chained on the endpoint.</summary>
public class HostIntegrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(WebApplication App, HttpClient Client)> Start(Action<WebApplication> map, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        services?.Invoke(builder.Services);
        var app = builder.Build();
        map(app);
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new HttpClient { BaseAddress = new Uri(address) });
    }

    private static Task<HttpResponseMessage> PostQuery(HttpClient client, string query)
    {
        var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return client.PostAsync("/api/graphql", content, Ct);
    }

    [Fact]
    public async Task Resolvers_get_the_context_the_host_made_for_this_request()
    {
        var schema = new SchemaBuilder("type Query { snapshot: String }").Resolve("Query.snapshot", c => (string?)c.Context).Build();
        var (app, client) = await Start(a => a.MapGraphQL("/api/graphql", o =>
        {
            o.Executor = new GraphQLExecutor(schema);
            o.ContextFactory = http => "snapshot-" + http.Request.Headers["X-Snapshot"];
        }));
        await using var _ = app;
        client.DefaultRequestHeaders.Add("X-Snapshot", "42");
        using var response = await PostQuery(client, "{ snapshot }");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("snapshot-42", body.GetProperty("data").GetProperty("snapshot").GetString());
    }

    [Fact]
    public async Task Host_can_chain_rate_limiting_onto_the_endpoint()
    {
        var schema = new SchemaBuilder("type Query { ok: Boolean }").Resolve("Query.ok", _ => true).Build();
        var (app, client) = await Start(
            a =>
            {
                a.UseRateLimiter();
                a.MapGraphQL("/api/graphql").RequireRateLimiting("one");
            },
            s =>
            {
                s.AddGraphQL(schema);
                s.AddRateLimiter(o =>
                {
                    o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                    o.AddFixedWindowLimiter("one", w => { w.PermitLimit = 1; w.Window = TimeSpan.FromHours(1); w.QueueLimit = 0; });
                });
            });
        await using var _ = app;
        using var first = await PostQuery(client, "{ ok }");
        using var second = await PostQuery(client, "{ ok }");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
    }

    [Fact]
    public void Mapping_without_an_executor_fails_with_a_clear_message()
    {
        var app = WebApplication.CreateSlimBuilder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => app.MapGraphQL());
        Assert.Contains("AddGraphQL", error.Message);
    }
}
