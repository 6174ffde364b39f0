using Xunit;

namespace CareerGraph.Neo4j.Tests.Deployment;

public sealed class DockerfileTests
{
    public static TheoryData<string, string> Images() => new()
    {
        { "src/Graph.Loader/Dockerfile", "src/Graph.Loader/Graph.Loader.csproj" },
        { "src/Graph.Api/Dockerfile", "src/Graph.Api/Graph.Api.csproj" },
    };

    private static IReadOnlyList<Instruction> Read(string dockerfile) => Dockerfiles.Read(RepositoryRoot.Combine(dockerfile));

    [Theory]
    [MemberData(nameof(Images))]
    public void Builds_with_the_sdk_and_runs_on_the_matching_runtime_image(string dockerfile, string project)
    {
        var froms = Read(dockerfile).Where(i => i.Keyword == "FROM").Select(i => i.Arguments).ToList();
        var needsAspNet = Dockerfiles.ProjectClosure(RepositoryRoot.Path, project)
            .Any(p => Dockerfiles.NeedsAspNetCore(RepositoryRoot.Combine(p)));

        Assert.Equal(2, froms.Count);
        Assert.Equal("mcr.microsoft.com/dotnet/sdk:10.0 AS build", froms[0]);
        Assert.Equal(needsAspNet ? "mcr.microsoft.com/dotnet/aspnet:10.0" : "mcr.microsoft.com/dotnet/runtime:10.0", froms[1]);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Copies_every_referenced_project_before_restoring_it(string dockerfile, string project)
    {
        var instructions = Read(dockerfile).ToList();
        var restore = instructions.FindIndex(i => i.Keyword == "RUN" && i.Arguments.StartsWith("dotnet restore", StringComparison.Ordinal));
        var copiedBefore = instructions.Take(restore).Where(i => i.Keyword == "COPY").SelectMany(Dockerfiles.ContextSources).ToHashSet();

        Assert.True(restore > 0, "no dotnet restore step");
        Assert.Contains(project, instructions[restore].Arguments);
        Assert.All(Dockerfiles.ProjectClosure(RepositoryRoot.Path, project), p => Assert.Contains(p, copiedBefore));
        Assert.Contains("Directory.Packages.props", copiedBefore);
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Every_copied_path_exists_and_is_not_dockerignored(string dockerfile, string project)
    {
        var ignore = Dockerfiles.IgnorePatterns(RepositoryRoot.Combine(".dockerignore"));
        var sources = Read(dockerfile).Where(i => i.Keyword == "COPY").SelectMany(Dockerfiles.ContextSources).ToList();

        Assert.Contains("cypher/", sources); // Graph.Neo4j embeds cypher/*.cypher at build time
        Assert.Contains(project, sources);
        Assert.All(sources, source =>
        {
            var path = RepositoryRoot.Combine(source);
            Assert.True(File.Exists(path) || Directory.Exists(path), $"{dockerfile}: COPY {source} does not exist");
            Assert.False(Dockerfiles.Ignored(ignore, source), $"{dockerfile}: COPY {source} is excluded by .dockerignore");
        });
    }

    [Theory]
    [MemberData(nameof(Images))]
    public void Publishes_the_project_and_starts_its_assembly(string dockerfile, string project)
    {
        var instructions = Read(dockerfile);
        var assembly = Path.GetFileNameWithoutExtension(project) + ".dll";

        Assert.Contains(instructions, i => i.Keyword == "RUN" && i.Arguments.StartsWith($"dotnet publish {project}", StringComparison.Ordinal));
        Assert.Equal($"[\"dotnet\", \"{assembly}\"]", instructions.Last(i => i.Keyword == "ENTRYPOINT").Arguments);
        Assert.Equal("$APP_UID", instructions.Last(i => i.Keyword == "USER").Arguments);
    }

    [Fact]
    public void Dockerignore_keeps_build_output_and_node_modules_out_of_the_context()
    {
        var ignore = Dockerfiles.IgnorePatterns(RepositoryRoot.Combine(".dockerignore"));

        Assert.True(Dockerfiles.Ignored(ignore, "src/Graph.Api/bin/Debug"));
        Assert.True(Dockerfiles.Ignored(ignore, "src/Graph.Neo4j/obj/project.assets.json"));
        Assert.True(Dockerfiles.Ignored(ignore, "tests/cypher-lint/node_modules"));
        Assert.False(Dockerfiles.Ignored(ignore, "src/Graph.GraphQL/Http/GraphiQL/assets/graphiql.min.js"));
    }
}
