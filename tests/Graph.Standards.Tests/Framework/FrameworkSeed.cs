namespace CareerGraph.Standards.Tests.Framework;

using System.Text;
using CareerGraph.Standards.Reading;

/// <summary>The seed framework file, decoded the way the loader sees it: UTF-8, physical lines.</summary>
internal static class FrameworkSeed
{
    public const string FileName = "kk_ict-sectoral-framework_2013.txt";

    public static string Path => System.IO.Path.Combine(RepoRoot(), "seeds", FileName);

    public static SourceText Load() => FromText(FileName, File.ReadAllText(Path, Encoding.UTF8));

    public static SourceText FromText(string name, string text) =>
        new(name, text, text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray());

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CareerGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException("CareerGraph.sln not found above the test output folder");
    }
}
