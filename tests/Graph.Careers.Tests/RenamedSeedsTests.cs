using System.Text.Encodings.Web;
using System.Text.Json;
using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Extraction;
using Xunit;

namespace CareerGraph.Careers.Tests;

/// <summary>
/// Kazakh and Russian editions are paired, and standards and professions named, by what the documents print, never
/// by file name: the seeds under random names, or moved into act folders of the legal database's layout, give the
/// same graph — every standard, profession, item, edge, level and link-resolution row — once the sources and card
/// ids, which cite the file a card was printed in, are mapped back to the original names.
/// </summary>
public sealed class RenamedSeedsTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("cg-renamed-");

    public void Dispose() => _scratch.Delete(recursive: true);

    private static string SeedsFolder()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) dir = dir.Parent;
        return Path.Combine(dir!.FullName, "seeds");
    }

    // The loose seed files only, the set the tests rename (seeds/register/… holds further standards in act folders).
    private static readonly Lazy<string> Original = new(() => Dump(Build(SeedFiles()), new Dictionary<string, string>()));

    [Fact]
    public void Seeds_under_random_names_give_the_same_graph()
    {
        var random = new Random(20261206);
        var renamed = new Dictionary<string, string>();
        foreach (var seed in SeedFiles())
        {
            var name = Path.GetFileName(seed);
            // A random stem, and the other extension: neither the kk_/ru_ prefix nor the suffix may matter.
            var extension = Path.GetExtension(seed) == ".md" ? ".txt" : ".md";
            var newName = $"{new string([.. Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26)))])}{extension}";
            File.Copy(seed, Path.Combine(_scratch.FullName, newName));
            renamed[newName] = name;
        }

        var graph = Build(_scratch.FullName);

        Assert.Equal(34, graph.ProfessionCount);
        Assert.Equal(Original.Value, Dump(graph, renamed));
    }

    [Fact]
    public void Seeds_moved_into_act_folders_give_the_same_graph()
    {
        // The mirror's layout: <ministry>/<year>/<mmdd>-<slug>-<act id>/{kaz,rus}.md; the twins share a folder.
        var acts = new Dictionary<string, string>
        {
            ["kk_insurance_2024.md"] = "enbek/2024/1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264/kaz.md",
            ["ru_insurance_2024.md"] = "enbek/2024/1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264/rus.md",
            ["kk_reference-information-services_2025.txt"] = "mcri/2025/0730-ob-utverzhdenii-professionalnogo-standarta-spravochno-900001/kaz.md",
            ["ru_reference-information-services_2025.txt"] = "mcri/2025/0730-ob-utverzhdenii-professionalnogo-standarta-spravochno-900001/rus.md",
            ["kk_employment-assistance_2025.txt"] = "enbek/2025/0929-ob-utverzhdenii-professionalnogo-standarta-sodeistvie-900002/kaz.md",
            ["kk_mice-business-travel_2022.txt"] = "other/2022/0101-ob-utverzhdenii-professionalnogo-standarta-mice-900003/kaz.md",
            ["kk_ict-sectoral-framework_2013.txt"] = "frameworks/ict.txt",
        };
        var renamed = new Dictionary<string, string>();
        foreach (var seed in SeedFiles())
        {
            var target = Path.Combine(_scratch.FullName, acts[Path.GetFileName(seed)]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(seed, target);
            // Sources name an act's text by its path from the act folder, a loose file by its name.
            var parts = acts[Path.GetFileName(seed)].Split('/');
            renamed[parts[^1].EndsWith(".md") && parts.Length > 3 ? $"{parts[^2]}/{parts[^1]}" : parts[^1]] = Path.GetFileName(seed);
        }
        File.WriteAllText(Path.Combine(_scratch.FullName, "enbek/2024/1230-ob-utverzhdenii-professionalnogo-standarta-strakhovanie-205264/meta.yaml"), "act: 205264\n");

        var result = StandardsExtractor.Extract([_scratch.FullName]);
        Assert.Empty(result.Errors);
        Assert.Contains(result.Skipped, s => s.File.EndsWith("meta.yaml") && s.Act?.Id == "205264");
        Assert.All(result.Documents.Where(d => d.Source.Contains('/')), d => Assert.NotNull(d.Act));
        var graph = CareerGraphBuilder.Build(result.Documents);

        Assert.Equal(34, graph.ProfessionCount);
        Assert.Equal(Original.Value, Dump(graph, renamed));
    }

    private static IEnumerable<string> SeedFiles() =>
        Directory.EnumerateFiles(SeedsFolder()).Where(f => Path.GetFileName(f) != "SOURCES.md");

    private static ProfessionGraph Build(string folder) => Build([folder]);

    private static ProfessionGraph Build(IEnumerable<string> paths)
    {
        var result = StandardsExtractor.Extract(paths);
        Assert.Empty(result.Errors);
        return CareerGraphBuilder.Build(result.Documents);
    }

    /// <summary>The whole graph as JSON, edges by node id, with renamed sources and card-id stems mapped back.</summary>
    private static string Dump(ProfessionGraph g, IReadOnlyDictionary<string, string> renamed)
    {
        var json = JsonSerializer.Serialize(new
        {
            standards = g.Standards,
            nodes = g.Nodes.Cast<object>(),
            items = g.Items,
            profiles = g.Profiles,
            edges = g.Edges.Select(e => new { from = g.Nodes[e.From].Id, to = g.Nodes[e.To].Id, e.Kind, e.Confidence, e.Inferred, e.Evidence }),
            levels = g.Levels,
            occupationCodes = g.OccupationCodes,
            resolution = g.Resolution,
        }, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach (var (now, was) in renamed)
            json = json.Replace(now, was, StringComparison.Ordinal)
                .Replace(Path.ChangeExtension(now, null) + "/", Path.ChangeExtension(was, null) + "/", StringComparison.Ordinal);
        return json;
    }
}
