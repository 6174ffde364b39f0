using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using Microsoft.Extensions.Configuration;
using Xunit;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Neo4j.Tests.Graph;

public sealed class GraphStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Store_configured_from_environment_style_settings_reaches_the_server_with_them()
    {
        await using var server = await FakeQueryApi.StartAsync(request =>
            request.StatementText == CypherCatalogue.Embedded.Text(CypherFiles.Read.CurrentVersion).Trim()
                ? Data(["version"], [[null]])
                : Error("Neo.ClientError.Statement.SyntaxError", "unexpected"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = server.Uri.ToString(),
            ["NEO4J_DATABASE"] = "careers",
            ["NEO4J_USER"] = "reader",
            ["NEO4J_PASSWORD"] = "pw",
        }).Build();
        using var store = Neo4jGraphStore.FromConfiguration(configuration);

        Assert.Null(await store.LoadAsync(Ct));

        var request = Assert.Single(server.Requests);
        Assert.Equal("/db/careers/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String("reader:pw"u8.ToArray()), request.Authorization);
    }
}
