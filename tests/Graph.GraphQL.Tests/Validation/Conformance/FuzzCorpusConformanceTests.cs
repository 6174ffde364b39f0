using System.Text.Json;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Validation;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Validation.Conformance;

/// <summary>
/// Differential test over fuzz-corpus.json: ~600 generated documents (about half valid) with the errors graphql-js
/// 16.15.0 reports for each, made by generate-fuzz-corpus.mjs. Verdict, count, order, messages and locations must match.
/// </summary>
public class FuzzCorpusConformanceTests
{
    private sealed record Case(string Text, string[] Errors);

    private static readonly IReadOnlyList<Case> Cases = Load();

    private static IReadOnlyList<Case> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Validation", "Conformance", "fuzz-corpus.json")));
        return json.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => new Case(c.GetProperty("text").GetString()!,
                c.GetProperty("errors").EnumerateArray().Select(e => e.GetString()!).ToArray()))
            .ToList();
    }

    [Fact]
    public void The_corpus_has_valid_and_invalid_documents() =>
        Assert.InRange(Cases.Count(c => c.Errors.Length == 0), Cases.Count / 4, Cases.Count * 3 / 4);

    [Fact]
    public void Every_document_gets_the_errors_graphql_js_reports()
    {
        var mismatches = Cases
            .Select(c => (c.Text, Expected: c.Errors,
                Actual: ValidationTestSchema.Describe(Validator.Validate(ValidationTestSchema.Schema, Parser.Parse(c.Text)))))
            .Where(r => !r.Expected.SequenceEqual(r.Actual))
            .Select(r => $"{r.Text}\n  graphql-js: {string.Join("\n              ", r.Expected)}\n  ours:       {string.Join("\n              ", r.Actual)}")
            .ToList();
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {Cases.Count} documents differ:\n{string.Join("\n", mismatches.Take(3))}");
    }
}
