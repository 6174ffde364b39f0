using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Http;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Http;

/// <summary>The endpoint over a real socket, checked against the GraphQL over HTTP spec's status-code and media-type rules.</summary>
public class GraphQLHttpTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Post(string json, string accept = GraphQLResponse, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept != "") request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static HttpRequestMessage Get(string queryString, string accept = GraphQLResponse)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?" + queryString);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    private static async Task<(HttpStatusCode Status, string? MediaType, JsonElement Body)> Send(HttpRequestMessage request, ExecutionOptions? options = null)
    {
        await using var server = await TestServer.StartAsync(options);
        using var client = server.CreateClient();
        using var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Post_runs_the_query_and_answers_in_the_accepted_media_type()
    {
        var (status, mediaType, body) = await Send(Post("""{"query":"query($id: ID!) { profession(id: $id) { name level } }","variables":{"id":"p1"}}"""));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(GraphQLResponse, mediaType);
        Assert.Equal("Сварщик", body.GetProperty("data").GetProperty("profession").GetProperty("name").GetString());
        Assert.Equal(3, body.GetProperty("data").GetProperty("profession").GetProperty("level").GetInt32());
    }

    [Theory]
    [InlineData("", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "application/json")]
    public async Task Accept_header_chooses_the_response_media_type(string accept, string expected)
    {
        var (_, mediaType, _) = await Send(Post("""{"query":"{ __typename }"}""", accept));
        Assert.Equal(expected, mediaType);
    }

    [Fact]
    public async Task Unacceptable_media_type_is_406()
    {
        var (status, _, _) = await Send(Post("""{"query":"{ __typename }"}""", "text/plain"));
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task Unsupported_content_type_is_415(string contentType)
    {
        var (status, _, body) = await Send(Post("""{"query":"{ __typename }"}""", contentType: contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Contains("content type", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"query": 1}""")]
    [InlineData("""{"query":"{ __typename }","variables":[1]}""")]
    [InlineData("""{"operationName":"Q"}""")]
    public async Task Malformed_bodies_are_400_for_both_media_types(string json)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var (status, _, body) = await Send(Post(json, accept));
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.False(body.TryGetProperty("data", out _));
        }
    }

    [Theory]
    [InlineData("""{"query":"{ profession(id: \"p1\") { "}""", "Syntax Error")]
    [InlineData("""{"query":"{ profession(id: \"p1\") { nope } }"}""", "Cannot query field \"nope\"")]
    [InlineData("""{"query":"query($id: ID!) { profession(id: $id) { id } }","variables":{"id":{"a":1}}}""", "Variable \"$id\"")]
    public async Task Request_errors_are_400_with_graphql_response_json_and_200_with_json(string json, string message)
    {
        var (status, _, body) = await Send(Post(json));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(message, body.GetProperty("errors")[0].GetProperty("message").GetString());

        var (legacyStatus, _, legacyBody) = await Send(Post(json, "application/json"));
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        Assert.Contains(message, legacyBody.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Unexpected_resolver_exception_is_a_generic_field_error_with_details_only_in_the_log()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.CreateClient();
        using var response = await client.SendAsync(Post("""{"query":"{ failing profession(id: \"p1\") { id } }"}"""), Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        var body = JsonDocument.Parse(text).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("p1", body.GetProperty("data").GetProperty("profession").GetProperty("id").GetString());
        Assert.Equal("Unexpected error.", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal("failing", body.GetProperty("errors")[0].GetProperty("path")[0].GetString());
        Assert.DoesNotContain("failing resolver", text);
        Assert.Contains(server.Logs.Lines, l => l.Contains("failing resolver") && l.Contains("failing"));
    }

    [Fact]
    public async Task Get_runs_queries_with_json_encoded_variables()
    {
        var query = Uri.EscapeDataString("query($ids: [ID!]!) { nodes(ids: $ids) { id } }");
        var variables = Uri.EscapeDataString("""{"ids":["p2","s1"]}""");
        var (status, _, body) = await Send(Get($"query={query}&variables={variables}"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["p2", "s1"], body.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Mutation_over_get_is_405_and_is_not_executed()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.CreateClient();
        using var get = await client.SendAsync(Get("query=" + Uri.EscapeDataString("mutation { increment }")), Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Contains("POST", get.Content.Headers.Allow);

        using var post = await client.SendAsync(Post("""{"query":"mutation { increment }"}"""), Ct);
        var body = JsonDocument.Parse(await post.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(1, body.GetProperty("data").GetProperty("increment").GetInt32());
    }

    [Fact]
    public async Task Other_methods_are_405_with_allow_header()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.CreateClient();
        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Put, "/graphql") { Content = new StringContent("{}") }, Ct);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "POST"], response.Content.Headers.Allow.Order());
    }

    public static TheoryData<string, ExecutionOptions, string> Limits => new()
    {
        { """{ profession(id: "p1") { related { related { related { id } } } } }""", new ExecutionOptions { MaxDepth = 3 }, "depth" },
        { "{ __typename __typename __typename }", new ExecutionOptions { MaxDocumentLength = 10 }, "exceeds the limit of 10" },
        { "{ a: __typename b: __typename c: __typename }", new ExecutionOptions { MaxAliases = 2 }, "aliases" },
        { "{ professions { id level codes } }", new ExecutionOptions { MaxFields = 3 }, "fields" },
        { "{ professions { id level codes } }", new ExecutionOptions { MaxCost = 2 }, "cost" },
        { "{ professions { id level codes } }", new ExecutionOptions { MaxTokens = 5 }, "tokens" },
    };

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task Limits_answer_400_with_a_spec_shaped_error(string query, ExecutionOptions options, string message)
    {
        var (status, _, body) = await Send(Post(JsonSerializer.Serialize(new { query })), options);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Contains(message, body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Timeout_returns_partial_data_with_an_error_instead_of_hanging()
    {
        var (status, _, body) = await Send(Post("""{"query":"{ slow(ms: 60000) }"}"""), new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(200) });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("timed out", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Oversized_body_is_413_without_executing()
    {
        await using var server = await TestServer.StartAsync(configure: o => o.MaxRequestBodyBytes = 100);
        using var client = server.CreateClient();
        using var response = await client.SendAsync(Post("""{"query":"{ __typename }","extensions":{"pad":""" + $"\"{new string('x', 500)}\"" + "}}"), Ct);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Browser_get_serves_graphiql_pointing_at_the_endpoint_and_its_assets_offline()
    {
        await using var server = await TestServer.StartAsync();
        using var client = server.CreateClient();
        using var page = await client.SendAsync(Get("", "text/html,application/xhtml+xml"), Ct);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("new URL('/graphql'", html);
        Assert.DoesNotContain("https://", html);

        foreach (var (file, type) in new[]
        {
            ("graphiql.min.js", "text/javascript"), ("graphiql.min.css", "text/css"),
            ("react.production.min.js", "text/javascript"), ("react-dom.production.min.js", "text/javascript"),
        })
        {
            Assert.Contains($"/graphql/graphiql/{file}", html);
            using var asset = await client.GetAsync($"/graphql/graphiql/{file}", Ct);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.Equal(type, asset.Content.Headers.ContentType?.MediaType);
            Assert.True(asset.Headers.CacheControl?.Public);
            Assert.True((await asset.Content.ReadAsByteArrayAsync(Ct)).Length > 1000);

            using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/graphql/graphiql/{file}");
            revalidate.Headers.IfNoneMatch.Add(asset.Headers.ETag!);
            using var notModified = await client.SendAsync(revalidate, Ct);
            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Fact]
    public async Task Client_disconnect_cancels_the_running_operation()
    {
        await using var server = await TestServer.StartAsync(new ExecutionOptions { Timeout = null });
        using var client = server.CreateClient();
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));
        var sending = client.SendAsync(Post("""{"query":"{ slow(ms: 600000) }"}"""), cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);
        // The server is still serving after the aborted request.
        using var next = await client.SendAsync(Post("""{"query":"{ __typename }"}"""), Ct);
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("text/html", null)]
    [InlineData("application/graphql-response+json, application/json;q=0.9", MediaTypes.GraphQLResponse)]
    public void Negotiation_is_pure_and_follows_the_spec_defaults(string? accept, string? expected) =>
        Assert.Equal(expected, MediaTypes.Negotiate(accept));
}
