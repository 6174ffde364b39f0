using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Client;

/// <summary>What the fake server saw of one request.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Authorization, string? Affinity, JsonElement? Body)
{
    public string? StatementText => Body?.GetProperty("statement").GetString();
}

internal sealed record FakeResponse(int Status, string? Json, string? Affinity = null, TimeSpan Delay = default,
    string? RetryAfter = null);

/// <summary>
/// An in-process stand-in for Neo4j's Query API on a real Kestrel socket (127.0.0.1, ephemeral port).
/// Each request is recorded and answered by the test's responder, which shapes answers as the Query API
/// documentation shows them (see <see cref="QueryApiAnswers"/>).
/// </summary>
internal sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeQueryApi(WebApplication app) => _app = app;

    public Uri Uri { get; private set; } = null!;
    public IReadOnlyList<RecordedRequest> Requests => _requests.ToList();

    public static async Task<FakeQueryApi> StartAsync(Func<RecordedRequest, FakeResponse> responder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(async context => await fake.Answer(context, responder));
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        fake.Uri = new Uri(address);
        return fake;
    }

    /// <summary>Answers from a script, one entry per request; the last entry repeats.</summary>
    public static Task<FakeQueryApi> StartAsync(params FakeResponse[] script)
    {
        var next = 0;
        return StartAsync(_ => script[Math.Min(Interlocked.Increment(ref next) - 1, script.Length - 1)]);
    }

    private async Task Answer(HttpContext context, Func<RecordedRequest, FakeResponse> responder)
    {
        JsonElement? body = null;
        using (var reader = new StreamReader(context.Request.Body))
        {
            var text = await reader.ReadToEndAsync();
            if (!string.IsNullOrWhiteSpace(text)) body = JsonDocument.Parse(text).RootElement.Clone();
        }
        var request = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? "",
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["neo4j-cluster-affinity"].FirstOrDefault(), body);
        _requests.Enqueue(request);

        var response = responder(request);
        if (response.Delay > TimeSpan.Zero) await Task.Delay(response.Delay, context.RequestAborted);
        context.Response.StatusCode = response.Status;
        if (response.Affinity is not null) context.Response.Headers["neo4j-cluster-affinity"] = response.Affinity;
        if (response.RetryAfter is not null) context.Response.Headers.RetryAfter = response.RetryAfter;
        if (response.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(response.Json);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Answers in the shapes of the Query API documentation (query.adoc, transactions.adoc, authentication-authorization.adoc).</summary>
internal static class QueryApiAnswers
{
    public static FakeResponse Data(string[] fields, object?[][] values, string? transactionId = null, string? affinity = null)
    {
        var answer = new Dictionary<string, object?>
        {
            ["data"] = new { fields, values },
            ["bookmarks"] = new[] { "FB:kcwQ/wTfJf8rS1WY+GiIKXsCXgmQ" },
        };
        if (transactionId is not null) answer["transaction"] = new { id = transactionId, expires = "2024-10-22T15:48:29Z" };
        return new FakeResponse(202, JsonSerializer.Serialize(answer), affinity);
    }

    public static FakeResponse Error(string code, string message, int status = 202) =>
        new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

    public static FakeResponse SyntaxError => Error("Neo.ClientError.Statement.SyntaxError",
        "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))");

    public static FakeResponse Unauthorized => Error("Neo.ClientError.Security.Unauthorized", "Invalid username or password.", 401);

    public static FakeResponse Deadlock => Error("Neo.TransientError.Transaction.DeadlockDetected",
        "ForsetiClient[transactionId=42] can't acquire ExclusiveLock");

    public static FakeResponse Expired(string id) => Error("Neo.ClientError.Request.Invalid",
        $"Transaction with Id: \"{id}\" was not found. It may have timed out and therefore rolled back or the routing header 'neo4j-cluster-affinity' was not provided.");

    public static FakeResponse ServiceUnavailable => new(503, null);
    public static FakeResponse TooManyRequests => new(429, null);
}
