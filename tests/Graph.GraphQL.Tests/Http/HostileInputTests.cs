using System.Net;
using System.Text;
using System.Text.Json;
using CareerGraph.GraphQL.Execution;
using CsCheck;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Http;

/// <summary>
/// What an outside tester throws at the public endpoint: bad bytes, lone surrogates, answers too big to send,
/// huge echoed input. Each is a client error with one GraphQL error naming what is wrong; never a 5xx, a stack
/// trace in the log, or a half-written body.
/// </summary>
public class HostileInputTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonElement Body, string Text)> PostBytes(TestServer server, byte[] body)
    {
        using var client = server.CreateClient();
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync("/graphql", content, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        return (response.StatusCode, JsonDocument.Parse(text).RootElement.Clone(), text);
    }

    private static string FirstMessage(JsonElement body) => body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static TheoryData<string, string> BadBodies => new()
    {
        // invalid UTF-8: a lone continuation byte, an overlong encoding, a truncated sequence at the end
        { "7B 22 71 75 65 72 79 22 3A 22 7B 20 5F 5F 74 79 70 65 6E 61 6D 65 20 80 7D 22 7D", "invalid byte sequence at byte offset 23" },
        { "7B 22 71 75 65 72 79 22 3A 22 C0 AF 22 7D", "invalid byte sequence at byte offset 10" },
        { "7B 22 71 75 65 72 79 22 3A 22 E2 82", "invalid byte sequence at byte offset 10" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task Invalid_utf8_is_a_400_naming_the_byte_offset(string hex, string expected)
    {
        await using var server = await TestServer.StartAsync();
        var (status, body, _) = await PostBytes(server, Convert.FromHexString(hex.Replace(" ", "")));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid UTF-8", FirstMessage(body));
        Assert.Contains(expected, FirstMessage(body));
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("   at ", StringComparison.Ordinal)); // no stack trace
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","operationName":"\udfff"}""", "\"operationName\"")]
    [InlineData("""{"query":"{ echo(string: \"\ud800\") }"}""", "\"query\"")]
    [InlineData("""{"query":"query($s: String) { echo(string: $s) }","variables":{"s":"a\udc00b"}}""", "\"variables\"")]
    [InlineData("""{"query":"{ __typename }","variables":{"\ud83d":1}}""", "\"variables\"")]
    [InlineData("""{"query":"{ __typename }","\udfff":1}""", "a member name")]
    public async Task Unpaired_surrogate_escapes_are_a_400_naming_the_member(string json, string where)
    {
        await using var server = await TestServer.StartAsync();
        var (status, body, _) = await PostBytes(server, Encoding.UTF8.GetBytes(json));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unpaired surrogate", FirstMessage(body));
        Assert.Contains(where, FirstMessage(body));
        Assert.Single(server.Logs.Lines, l => l.Contains("Refused a request body"));
    }

    [Fact]
    public async Task A_surrogate_escape_inside_a_graphql_string_never_reaches_the_json_writer()
    {
        await using var server = await TestServer.StartAsync();
        // GraphQL's own \u escape (the JSON carries the backslash): graphql-js refuses a lone surrogate here.
        var (status, body, _) = await PostBytes(server, Encoding.UTF8.GetBytes("""{"query":"{ echo(string: \"\\udfff\") }"}"""));
        Assert.True((int)status < 500);
        Assert.True(body.TryGetProperty("errors", out _) || body.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task An_answer_past_the_response_cap_is_one_error_not_a_half_written_body()
    {
        await using var server = await TestServer.StartAsync(configure: o => o.MaxResponseBytes = 10_000);
        var big = new string('я', 50_000);
        var request = JsonSerializer.Serialize(new { query = "query($s: String) { echo(string: $s) }", variables = new { s = big } });
        var (status, body, text) = await PostBytes(server, Encoding.UTF8.GetBytes(request));
        Assert.Equal(HttpStatusCode.OK, status); // execution ran: the spec's status for a response with "data"
        Assert.True(text.Length < 1_000);
        Assert.Equal("RESPONSE_TOO_LARGE", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Errors_quote_a_huge_input_by_a_short_prefix()
    {
        await using var server = await TestServer.StartAsync();
        var huge = new string('x', 900_000);
        var request = JsonSerializer.Serialize(new { query = "query($n: Int) { echo(int: $n) }", variables = new { n = huge } });
        var (status, body, text) = await PostBytes(server, Encoding.UTF8.GetBytes(request));
        Assert.True((int)status is 200 or 400);
        Assert.Contains("900000 characters", FirstMessage(body));
        Assert.True(text.Length < 2_000, $"error of {text.Length} characters");
    }

    [Fact]
    public async Task Random_and_mutated_requests_never_get_a_5xx_or_an_unhandled_exception()
    {
        await using var server = await TestServer.StartAsync(new ExecutionOptions { MaskExceptions = true, Timeout = TimeSpan.FromSeconds(2) });
        using var client = server.CreateClient();
        client.Timeout = TimeSpan.FromSeconds(20); // bounded time: a hung request fails the property
        string[] valid =
        [
            """{"query":"query($id: ID!) { profession(id: $id) { name level skills(first: 2) { title } } }","variables":{"id":"p1"}}""",
            """{"query":"{ search(text: \"сва\") { ... on Profession { id } ... on Skill { title } } }"}""",
            """{"query":"query Q($f: ProfessionFilter) { professions(filter: $f) { id codes } }","operationName":"Q","variables":{"f":{"levelAtLeast":2,"nested":{"lang":"KK"}}}}""",
            """{"query":"{ echo(list: [1, 2], ref: {professionId: \"p1\"}, date: \"2024-01-01\") }","extensions":{"cost":true}}""",
        ];
        var tokens = new[] { "{", "}", "(", ")", "[", "]", "...", "fragment", "F", "on", "Profession", "query", "$x", ":", "ID", "!",
            "profession", "id", "\\\"p1\\\"", "@skip(if: true)", "echo", "string", "\\\"\\\\u00e9\\\"", "1e999", "-0", "null", ",", "__typename", "#", "\\\\" };
        var mutated = Gen.Int[0, valid.Length - 1].SelectMany(i => Gen.Int[0, valid[i].Length].SelectMany(at =>
            Gen.Byte.Array[0, 6].Select(bytes =>
            {
                var source = Encoding.UTF8.GetBytes(valid[i]);
                var cut = Math.Min(at, source.Length);
                return source[..cut].Concat(bytes).Concat(source[Math.Min(source.Length, cut + bytes.Length / 2)..]).ToArray();
            })));
        var randomBytes = Gen.Byte.Array[0, 300];
        var randomDocuments = Gen.OneOf(tokens).Array[0, 40]
            .Select(parts => Encoding.UTF8.GetBytes("{\"query\":\"" + string.Join(" ", parts) + "\"}"));
        var randomVariables = Gen.String[0, 40].Select(s => Encoding.UTF8.GetBytes(
            "{\"query\":\"query($x: ProfessionFilter) { professions(filter: $x) { id } }\",\"variables\":{\"x\":" + JsonSerializer.Serialize(s) + "}}"));

        Gen.OneOf(mutated, randomBytes, randomDocuments, randomVariables).Sample(body =>
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new("application/json");
            using var response = client.PostAsync("/graphql", content, Ct).GetAwaiter().GetResult();
            var text = response.Content.ReadAsStringAsync(Ct).GetAwaiter().GetResult();
            if ((int)response.StatusCode >= 500) return false;
            using var json = JsonDocument.Parse(text); // always a whole JSON body
            return json.RootElement.TryGetProperty("errors", out _) || json.RootElement.TryGetProperty("data", out _);
        }, iter: 400, threads: 1);
        Assert.DoesNotContain(server.Logs.Lines, l => l.Contains("Unhandled", StringComparison.OrdinalIgnoreCase) || l.Contains("   at ", StringComparison.Ordinal));
    }
}
