using CareerGraph.GraphQL.Tests.Http;
using CareerGraph.GraphQL.Tests.TestSchema;
using CareerGraph.GraphQL.Utilities;
using Xunit;

namespace CareerGraph.GraphQL.Tests.Conformance;

/// <summary>Our running endpoint judged by graphql-js (introspection round trip) and by graphql-http's server audit.</summary>
public class ServerConformanceTests
{
    [Fact]
    public async Task Graphql_js_rebuilds_our_introspection_into_the_schema_we_print()
    {
        await using var server = await TestServer.StartAsync();
        var printed = Path.Combine(Path.GetTempPath(), $"careergraph-sdl-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(printed, SchemaPrinter.Print(new TestData().BuildSchema()), TestContext.Current.CancellationToken);
        try
        {
            var (exit, output) = await NodeTool.RunScriptAsync("introspect.mjs", server.Endpoint.ToString(), printed);
            TestContext.Current.TestOutputHelper?.WriteLine(output);
            CiReport.Append("GraphQL conformance 1: introspection through graphql-js 16.15.0", output);
            Assert.True(exit == 0, output);
        }
        finally
        {
            File.Delete(printed);
        }
    }

    [Fact]
    public async Task Every_audit_of_the_graphql_http_server_audit_passes_MUST_SHOULD_and_MAY()
    {
        await using var server = await TestServer.StartAsync();
        var (exit, output) = await NodeTool.RunScriptAsync("audit.mjs", server.Endpoint.ToString());
        TestContext.Current.TestOutputHelper?.WriteLine(output);
        CiReport.Append("GraphQL conformance 4: graphql-http server audit", output);
        Assert.True(exit == 0, output);
    }
}
