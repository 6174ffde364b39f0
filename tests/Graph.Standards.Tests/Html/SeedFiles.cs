namespace CareerGraph.Standards.Tests.Html;

using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Reading;

/// <summary>The byte-exact documents in the repository's seeds/ folder.</summary>
public static class SeedFiles
{
    public static string Folder { get; } = FindFolder();

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>Decoded exactly as the extractor decodes it.</summary>
    public static SourceText Source(string name) =>
        SourceDecoder.Decode(name, Bytes(name), out var failure) ?? throw new InvalidOperationException(failure!.Message);

    private static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln")))
                return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("seeds/ not found above " + AppContext.BaseDirectory);
    }
}
