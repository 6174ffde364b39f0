using System.Text.Json;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Validation;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Conformance;

/// <summary>
/// Every document of corpus.graphql (spec §5 examples plus edge cases) must get exactly the errors graphql-js 16.15.0
/// reports — same count, order, message and locations. expected.json is graphql-js's output, made by
/// generate-expected.mjs; it is never edited by hand.
/// </summary>
public class GraphQLJsConformanceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Validation", "Conformance");

    private static readonly Dictionary<string, string> Documents = File.ReadAllText(Path.Combine(Folder, "corpus.graphql"))
        .Replace("\r\n", "\n")
        .Split("#### ", StringSplitOptions.RemoveEmptyEntries)
        .Where(c => c.Trim() != "")
        .ToDictionary(c => c[..c.IndexOf('\n')].Trim(), c => c[(c.IndexOf('\n') + 1)..]);

    private static readonly Dictionary<string, string[]> Expected = LoadExpected();

    private static Dictionary<string, string[]> LoadExpected()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "expected.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!,
            c => c.GetProperty("errors").EnumerateArray().Select(Describe).ToArray());
    }

    private static string Describe(JsonElement error)
    {
        var locations = error.GetProperty("locations").EnumerateArray()
            .Select(l => $"{l[0].GetInt32()}:{l[1].GetInt32()}").ToList();
        return error.GetProperty("message").GetString() + (locations.Count > 0 ? $" ({string.Join(", ", locations)})" : "");
    }

    public static TheoryData<string> CaseNames => new(Documents.Keys);

    [Fact]
    public void Every_corpus_document_has_graphql_js_results() =>
        Assert.Equal(Documents.Keys.Order(), Expected.Keys.Order());

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Reports_the_same_errors_as_graphql_js(string name)
    {
        var errors = Validator.Validate(ValidationTestSchema.Schema, Parser.Parse(Documents[name]));
        Assert.Equal(Expected[name], ValidationTestSchema.Describe(errors));
    }
}
