namespace CareerGraph.Loader.Tests;

using System.Text;

/// <summary>Runs the CLI in-process with captured stdout/stderr, in a scratch folder deleted afterwards.</summary>
internal sealed class CliHarness : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cg-cli-").FullName;

    public static string Seeds => Path.Combine(RepoRoot(), "seeds");

    /// <summary>
    /// The seven documents the standards guide describes (its §0 counts: 47 cards, 34 professions): the files directly
    /// in seeds/. seeds/register holds the real register's act folders, asserted by their own tests.
    /// </summary>
    public static string[] GuideSeeds => [.. Directory.EnumerateFiles(Seeds).Where(f => Path.GetFileName(f) != "SOURCES.md").Order(StringComparer.Ordinal)];

    /// <summary>The register's texts under seeds/register (act folders: rus.md, kaz.md, rus/an001.md…).</summary>
    public static int RegisterTexts => Directory.EnumerateFiles(Path.Combine(Seeds, "register"), "*.md", SearchOption.AllDirectories).Count();

    public static string FrameworkFile => Path.Combine(Seeds, "kk_ict-sectoral-framework_2013.txt");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public (int Exit, string Out, string Err) Run(Extractor? extractor, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = LoaderCli.Run(args, stdout, stderr, extractor);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerGraph.sln not found above the test output folder");
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
