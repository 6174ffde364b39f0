using Xunit;

namespace CareerGraph.Neo4j.Tests.Deployment;

/// <summary>docker-compose.yml read with <see cref="MiniYaml"/> (no Docker here): structure and every path it names.</summary>
public sealed class ComposeTests
{
    private static readonly Dictionary<string, object> Compose =
        (Dictionary<string, object>)MiniYaml.Parse(File.ReadAllText(RepositoryRoot.Combine("docker-compose.yml")));

    private static Dictionary<string, object> Map(object value) => Assert.IsType<Dictionary<string, object>>(value);
    private static List<object> List(object value) => Assert.IsType<List<object>>(value);
    private static Dictionary<string, object> Services => Map(Compose["services"]);
    private static Dictionary<string, object> Service(string name) => Map(Services[name]);

    public static TheoryData<string> BuiltServices() => new(Services.Where(s => Map(s.Value).ContainsKey("build")).Select(s => s.Key));

    [Fact]
    public void Has_the_neo4j_loader_and_api_services() =>
        Assert.Equal(["api", "loader", "neo4j"], Services.Keys.Order());

    [Theory]
    [MemberData(nameof(BuiltServices))]
    public void Build_context_and_dockerfile_exist(string service)
    {
        var build = Map(Service(service)["build"]);
        var context = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, (string)build["context"]));

        Assert.True(Directory.Exists(context), $"{service}: build context {context} does not exist");
        Assert.True(File.Exists(Path.Combine(context, (string)build["dockerfile"])),
            $"{service}: Dockerfile {build["dockerfile"]} not found in {context}");
    }

    [Fact]
    public void Every_absolute_path_in_a_command_is_mounted_from_an_existing_host_path()
    {
        foreach (var (name, value) in Services)
        {
            var service = Map(value);
            if (!service.TryGetValue("command", out var command)) continue;
            var mounts = service.TryGetValue("volumes", out var v) ? List(v).Cast<string>().Select(m => m.Split(':')).ToList() : [];
            foreach (var path in List(command).Cast<string>().Where(a => a.StartsWith('/')))
            {
                var mount = mounts.FirstOrDefault(m => m.Length >= 2 && (path == m[1] || path.StartsWith(m[1] + "/", StringComparison.Ordinal)));
                Assert.True(mount is not null, $"{name}: command path {path} is not mounted");
                Assert.StartsWith(".", mount![0]);
                var host = Path.Combine(RepositoryRoot.Path, mount[0], path[mount[1].Length..].TrimStart('/'));
                Assert.True(Directory.Exists(host) || File.Exists(host), $"{name}: {path} comes from {host}, which does not exist");
            }
        }
    }

    [Fact]
    public void Loader_runs_once_against_a_healthy_neo4j()
    {
        var loader = Service("loader");

        Assert.Equal(["load", "/seeds", "--to", "neo4j"], List(loader["command"]).Cast<string>());
        Assert.Equal("service_healthy", Map(Map(loader["depends_on"])["neo4j"])["condition"]);
        Assert.Equal("no", loader["restart"]);
        Assert.Contains("./seeds:/seeds:ro", List(loader["volumes"]).Cast<string>());
    }

    [Fact]
    public void Api_starts_after_a_successful_load_and_reads_neo4j()
    {
        var api = Service("api");
        var environment = Map(api["environment"]);

        Assert.Equal("service_completed_successfully", Map(Map(api["depends_on"])["loader"])["condition"]);
        Assert.Contains("5000:5000", List(api["ports"]).Cast<string>());
        Assert.Equal("neo4j", environment["Graph__Store"]);
        Assert.Equal("5000", environment["ASPNETCORE_HTTP_PORTS"]);
    }

    [Fact]
    public void Neo4j_is_5_26_community_with_health_check_ports_and_a_data_volume()
    {
        var neo4j = Service("neo4j");

        Assert.Equal("neo4j:5.26-community", neo4j["image"]);
        Assert.Equal(["7474:7474", "7687:7687"], List(neo4j["ports"]).Cast<string>());
        Assert.Contains(List(Map(neo4j["healthcheck"])["test"]).Cast<string>(), t => t.Contains("7474"));
        var volume = Assert.Single(List(neo4j["volumes"]).Cast<string>());
        Assert.EndsWith(":/data", volume);
        Assert.True(Map(Compose["volumes"]).ContainsKey(volume.Split(':')[0]), $"volume {volume} is not declared");
    }

    [Fact]
    public void Every_service_takes_the_password_from_NEO4J_PASSWORD_and_points_at_the_neo4j_service()
    {
        var auth = (string)Map(Service("neo4j")["environment"])["NEO4J_AUTH"];
        Assert.StartsWith("neo4j/${NEO4J_PASSWORD", auth);
        var password = auth["neo4j/".Length..];
        foreach (var name in new[] { "loader", "api" })
        {
            var environment = Map(Service(name)["environment"]);
            Assert.Equal(password, environment["NEO4J_PASSWORD"]);
            Assert.Equal("neo4j", new Uri((string)environment["NEO4J_URI"]).Host);
        }
    }

    [Fact]
    public void Mini_yaml_rejects_what_it_does_not_understand_with_the_line()
    {
        var error = Assert.Throws<FormatException>(() => MiniYaml.Parse("services:\n  api:\n    image: x\n    extends: {file: a.yml}\n"));
        Assert.Equal("docker-compose.yml line 4: '{' is not part of this YAML subset", error.Message);
    }
}
