namespace CareerGraph.Loader.Tests;

using System.Text;

/// <summary>Runs the CLI in-process with captured stdout/stderr, in a scratch folder deleted afterwards.</summary>
internal sealed class CliHarness : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("cg-cli-").FullName;

    public static string Seeds => Path.Combine(RepoRoot(), "seeds");

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
