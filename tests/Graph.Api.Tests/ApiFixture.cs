using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(CareerGraph.Api.Tests.ApiFixture))]

namespace CareerGraph.Api.Tests;

/// <summary>One API over the repository's seeds for the whole test assembly (the graph is built once).</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    public WebApplicationFactory<Program> Factory { get; } = new WebApplicationFactory<Program>()
        .WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitsPerMinute", "0"));

    public HttpClient Client { get; private set; } = null!;

    public ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    /// <summary>POSTs a GraphQL request and returns the whole response object (data and errors).</summary>
    public static async Task<JsonElement> Post(HttpClient client, string query, object? variables = null)
    {
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables }, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public Task<JsonElement> Post(string query, object? variables = null) => Post(Client, query, variables);

    /// <summary>The data of a response that must have no errors.</summary>
    public async Task<JsonElement> Data(string query, object? variables = null)
    {
        var response = await Post(query, variables);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("data");
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerGraph.sln not found above the test output folder.");
    }
}
