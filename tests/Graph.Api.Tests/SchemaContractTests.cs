using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CareerGraph.Api.Tests;

/// <summary>src/Graph.Api/schema.graphql is the contract other tools depend on: it must be exactly what is served.</summary>
public sealed class SchemaContractTests(ApiFixture api)
{
    [Fact]
    public void Served_schema_equals_the_checked_in_file()
    {
        var served = SchemaPrinter.Print(api.Factory.Services.GetRequiredService<GraphQLExecutor>().Schema).TrimEnd();
        var path = Path.Combine(ApiFixture.RepoRoot(), "src", "Graph.Api", "schema.graphql");
        var file = File.ReadAllText(path).ReplaceLineEndings("\n").TrimEnd();
        // Rewriting is a developer's explicit act after an intended change; under CI (CI set, as .ci/run and hosted
        // runners do) the request is refused, so the contract can only be checked there.
        var update = Environment.GetEnvironmentVariable("CAREERGRAPH_UPDATE_SCHEMA") == "1";
        Assert.False(update && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")),
            "CAREERGRAPH_UPDATE_SCHEMA=1 is refused when CI is set: CI checks the schema contract and never rewrites it");
        if (served != file && update)
        {
            File.WriteAllText(path, served + "\n");
            return;
        }
        var servedLines = served.Split('\n');
        var fileLines = file.Split('\n');
        var first = Enumerable.Range(0, Math.Min(servedLines.Length, fileLines.Length)).FirstOrDefault(i => servedLines[i] != fileLines[i], -1);
        Assert.True(served == file, first < 0
            ? $"schema.graphql has {fileLines.Length} lines, the served schema {servedLines.Length}"
            : $"schema.graphql differs from the served schema at line {first + 1}:\n  file:   {fileLines[first]}\n  served: {servedLines[first]}\n"
              + "(run the tests with CAREERGRAPH_UPDATE_SCHEMA=1 to rewrite the file after an intended change)");
    }

    [Fact]
    public async Task Contract_names_of_the_issue_are_served()
    {
        var data = await api.Data("""
            { __type(name: "Query") { fields { name args { name defaultValue type { kind name ofType { name } } } } } }
            """);
        var fields = data.GetProperty("__type").GetProperty("fields").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("args").EnumerateArray()
                .ToDictionary(a => a.GetProperty("name").GetString()!, a => a.GetProperty("defaultValue").ToString()));
        foreach (var name in new[] { "professions", "profession", "careerPaths", "nextSteps", "skillGap", "skillOverlap", "standards", "levels" })
            Assert.Contains(name, fields.Keys);
        Assert.Equal("3", fields["careerPaths"]["first"]);
        Assert.Equal("8", fields["careerPaths"]["maxSteps"]);
        Assert.Equal("true", fields["careerPaths"]["inferred"]);
        Assert.Equal("STEPS", fields["careerPaths"]["optimize"]);
        Assert.Equal("10", fields["nextSteps"]["first"]);
    }
}
