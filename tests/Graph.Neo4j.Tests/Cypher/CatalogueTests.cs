using CareerGraph.Neo4j.Cypher;
using Xunit;

namespace CareerGraph.Neo4j.Tests.Cypher;

public sealed class CatalogueTests
{
    private static readonly CypherCatalogue Catalogue = CypherCatalogue.Embedded;

    private static IEnumerable<string> FilesOnDisk()
    {
        var root = RepositoryRoot.Combine("cypher");
        return Directory.EnumerateFiles(root, "*.cypher", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
    }

    [Fact]
    public void Every_catalogue_entry_is_an_embedded_file_with_a_statement()
    {
        Assert.NotEmpty(CypherFiles.All);
        Assert.All(CypherFiles.All, name => Assert.NotEmpty(Catalogue.Statements(name)));
    }

    [Fact]
    public void Every_cypher_file_is_embedded_and_either_catalogued_or_an_explore_query()
    {
        var onDisk = FilesOnDisk().Order().ToList();

        Assert.Equal(onDisk, Catalogue.Names.Order());
        Assert.All(onDisk, name => Assert.True(
            CypherFiles.All.Contains(name) || name.StartsWith("explore/", StringComparison.Ordinal),
            $"cypher/{name} is neither in CypherFiles nor an explore/ query"));
    }

    [Fact]
    public void Every_explore_query_says_what_it_answers()
    {
        var explore = Catalogue.Names.Where(n => n.StartsWith("explore/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(explore);
        Assert.All(explore, name =>
        {
            var header = Catalogue.Text(name).Split('\n').TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal));
            Assert.Contains('?', string.Concat(header));
        });
    }

    [Fact]
    public void Schema_splits_into_one_request_per_constraint_or_index()
    {
        var statements = Catalogue.Statements(CypherFiles.Schema);

        Assert.All(statements, s => Assert.Matches(@"(?m)^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS", s));
        Assert.Equal(Catalogue.Text(CypherFiles.Schema).Split("IF NOT EXISTS").Length - 1, statements.Count);
        Assert.Contains(statements, s => s.Contains("FULLTEXT INDEX") && s.Contains("n.titleKk") && s.Contains("n.titleRu"));
    }

    [Fact]
    public void Every_other_file_is_one_statement()
    {
        Assert.All(CypherFiles.All.Where(n => n != CypherFiles.Schema),
            name => Assert.Single(Catalogue.Statements(name)));
    }

    [Theory]
    [InlineData(CypherFiles.Load.Standards)]
    [InlineData(CypherFiles.Load.Professions)]
    [InlineData(CypherFiles.Load.Skills)]
    [InlineData(CypherFiles.Load.RequiresKnowledge)]
    [InlineData(CypherFiles.Load.SkillOverlap)]
    public void Batch_loads_unwind_rows_into_the_version_being_loaded(string name)
    {
        var text = Catalogue.Text(name);
        Assert.Contains("UNWIND $rows AS r", text);
        Assert.Contains("graphVersion: $version", text);
        Assert.Contains("RETURN count(", text);
    }

    [Fact]
    public void Split_ignores_semicolons_in_strings_names_and_comments()
    {
        const string script = """
            // setup; not a statement
            CREATE (n:X {s: 'a;b', t: "c\";d"});
            /* block; comment */ MATCH (`odd;name`) RETURN 1;

            ;
            """;

        var statements = CypherScript.Split(script);

        Assert.Equal(2, statements.Count);
        Assert.EndsWith("CREATE (n:X {s: 'a;b', t: \"c\\\";d\"})", statements[0]);
        Assert.EndsWith("MATCH (`odd;name`) RETURN 1", statements[1]);
    }
}
