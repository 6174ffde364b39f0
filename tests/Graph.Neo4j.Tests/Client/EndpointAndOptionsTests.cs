using CareerGraph.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Client;

public sealed class EndpointAndOptionsTests
{
    [Theory]
    [InlineData("neo4j://graph", "http://graph:7474/")]
    [InlineData("bolt://graph:7687", "http://graph:7474/")]
    [InlineData("neo4j://graph:8080", "http://graph:8080/")]
    [InlineData("neo4j+s://abc.databases.neo4j.io", "https://abc.databases.neo4j.io/")]
    [InlineData("bolt+ssc://graph:7473", "https://graph:7473/")]
    [InlineData("http://localhost:7474", "http://localhost:7474/")]
    [InlineData("https://proxy.example/neo4j", "https://proxy.example/neo4j/")]
    public void Driver_uris_map_onto_the_http_server(string configured, string expected) =>
        Assert.Equal(new Uri(expected), QueryApiEndpoint.ToHttpUri(new Uri(configured)));

    [Fact]
    public void Endpoints_follow_the_documented_paths()
    {
        var endpoint = new QueryApiEndpoint(new Neo4jOptions { Uri = new Uri("neo4j://graph"), Database = "careers" });

        Assert.Equal("http://graph:7474/db/careers/query/v2", endpoint.Query.ToString());
        Assert.Equal("http://graph:7474/db/careers/query/v2/tx", endpoint.BeginTransaction.ToString());
        Assert.Equal("http://graph:7474/db/careers/query/v2/tx/lyU/commit", endpoint.Commit("lyU").ToString());
    }

    [Fact]
    public void Unsupported_scheme_is_a_clear_error() =>
        Assert.Contains("Unsupported Neo4j URI scheme 'ftp'",
            Assert.Throws<ArgumentException>(() => QueryApiEndpoint.ToHttpUri(new Uri("ftp://graph"))).Message);

    [Fact]
    public void Environment_variables_override_the_configuration_section_and_the_password_is_never_printed()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://from-section:7474",
            ["Neo4j:Database"] = "section-db",
            ["Neo4j:Resilience:MaxRetryAttempts"] = "7",
            ["NEO4J_URI"] = "neo4j://from-env",
            ["NEO4J_USER"] = "loader",
            ["NEO4J_PASSWORD"] = "top-secret-1",
        }).Build();

        var options = Neo4jOptions.FromConfiguration(configuration);

        Assert.Equal(new Uri("neo4j://from-env"), options.Uri);
        Assert.Equal("section-db", options.Database);
        Assert.Equal("loader", options.User);
        Assert.Equal("top-secret-1", options.Password);
        Assert.Equal(7, options.Resilience.MaxRetryAttempts);
        Assert.DoesNotContain("top-secret-1", options.ToString());
        Assert.Contains("Password = ***", options.ToString());
    }

    [Fact]
    public void From_environment_reads_the_NEO4J_variables()
    {
        var saved = (Uri: Environment.GetEnvironmentVariable("NEO4J_URI"), Password: Environment.GetEnvironmentVariable("NEO4J_PASSWORD"));
        try
        {
            Environment.SetEnvironmentVariable("NEO4J_URI", "bolt://graph-from-env:7687");
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", "env-secret");

            var options = Neo4jOptions.FromEnvironment();

            Assert.Equal(new Uri("bolt://graph-from-env:7687"), options.Uri);
            Assert.Equal("env-secret", options.Password);
            Assert.Equal("http://graph-from-env:7474/db/neo4j/query/v2", new QueryApiEndpoint(options).Query.ToString());
        }
        finally
        {
            Environment.SetEnvironmentVariable("NEO4J_URI", saved.Uri);
            Environment.SetEnvironmentVariable("NEO4J_PASSWORD", saved.Password);
        }
    }

    [Fact]
    public void Missing_uri_is_a_clear_error()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        Assert.Contains("NEO4J_URI",
            Assert.Throws<InvalidOperationException>(() => Neo4jOptions.FromConfiguration(configuration)).Message);
    }
}
