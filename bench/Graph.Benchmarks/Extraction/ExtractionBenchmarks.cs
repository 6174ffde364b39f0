namespace CareerGraph.Benchmarks.Extraction;

using System.Text;
using BenchmarkDotNet.Attributes;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Framework;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>
/// Extraction throughput over the seed documents (every *.txt / *.md of seeds/ at any depth, the register's act
/// folders included), in-process and single-threaded. The MB/s column divides the input bytes of one operation
/// (<see cref="InputBytes"/>) by the median time.
/// </summary>
[Config(typeof(ThroughputConfig))]
public class ExtractionBenchmarks
{
    private (string Name, byte[] Bytes)[] _seeds = [];
    private byte[] _framework = [];

    [GlobalSetup]
    public void Setup()
    {
        _seeds = [.. SeedFiles().Select(p => (Path.GetFileName(p), File.ReadAllBytes(p)))];
        _framework = File.ReadAllBytes(FrameworkFile);
        // A seed that fails or is skipped would make the benchmark measure less than the folder: refuse to run.
        var folder = StandardsExtractor.Extract([SeedsFolder]);
        var texts = FolderTexts().Count();
        var skippedTexts = folder.Skipped.Count(s => IsText(s.File));
        if (folder.Errors.Count > 0 || folder.Documents.Count + skippedTexts != texts || folder.Documents.Count != _seeds.Length)
            throw new InvalidOperationException(
                $"seeds/ must extract whole: {folder.Documents.Count} documents + {skippedTexts} skipped of {texts} texts, " +
                $"{_seeds.Length} standards expected; errors: {string.Join("; ", folder.Errors)}");
    }

    /// <summary>Every seed from memory through the facade: decode, detect, parse (no kk/ru alignment).</summary>
    [Benchmark]
    public int ExtractAllSeedsFromMemory()
    {
        var cards = 0;
        foreach (var (name, bytes) in _seeds)
            foreach (var doc in StandardsExtractor.ExtractBytes(name, bytes).Documents)
                cards += doc.Cards.Count + (doc.Framework?.Areas.Count ?? 0);
        return cards;
    }

    /// <summary>The loader's path: the seeds folder through the facade, including reading and kk/ru alignment.</summary>
    [Benchmark]
    public int ExtractSeedsFolder() => StandardsExtractor.Extract([SeedsFolder]).Documents.Count;

    /// <summary>The 2013 framework alone: UTF-8 decoding, line split and the framework parser.</summary>
    [Benchmark]
    public Framework? ExtractFramework()
    {
        var text = Encoding.UTF8.GetString(_framework);
        var source = new SourceText("kk_ict-sectoral-framework_2013.txt", text, text.Split('\n'));
        return FrameworkParser.Parse(source).Framework;
    }

    /// <summary>Input bytes one invocation of the benchmark reads, for the MB/s column.</summary>
    public static long InputBytes(string benchmark) => benchmark switch
    {
        nameof(ExtractFramework) => new FileInfo(FrameworkFile).Length,
        nameof(ExtractAllSeedsFromMemory) => SeedFiles().Sum(p => new FileInfo(p).Length),
        nameof(ExtractSeedsFolder) or nameof(ExtractionAllCoresBenchmarks.ExtractSeedsFolderAllCores) => FolderTexts().Sum(p => new FileInfo(p).Length),
        _ => 0,
    };

    private static string FrameworkFile => Path.Combine(SeedsFolder, "kk_ict-sectoral-framework_2013.txt");

    internal static string Seeds => SeedsFolder;

    /// <summary>Every text the folder benchmark reads: *.txt / *.md at any depth (the extractor also reads SOURCES.md, to skip it).</summary>
    private static IEnumerable<string> FolderTexts() =>
        Directory.EnumerateFiles(SeedsFolder, "*", SearchOption.AllDirectories).Where(IsText).Order(StringComparer.Ordinal);

    /// <summary>The standards among them, for the in-memory benchmark.</summary>
    private static IEnumerable<string> SeedFiles() =>
        FolderTexts().Where(p => !Path.GetFileName(p).Equals("SOURCES.md", StringComparison.Ordinal));

    private static bool IsText(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    /// <summary>The repository's seeds folder, found upwards from where the benchmark runs (BenchmarkDotNet's child process runs from bin/).</summary>
    private static string SeedsFolder
    {
        get
        {
            foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "CareerGraph.sln"))) return Path.Combine(dir.FullName, "seeds");
            throw new InvalidOperationException("CareerGraph.sln not found above the benchmark folder");
        }
    }
}

/// <summary>The loader's path over seeds/ on all cores (files are extracted in parallel); see <see cref="AllCoresThroughputConfig"/>.</summary>
[Config(typeof(AllCoresThroughputConfig))]
public class ExtractionAllCoresBenchmarks
{
    /// <summary>The one-core class's check: a seed that fails would make this measure less than the folder.</summary>
    [GlobalSetup]
    public void Setup() => new ExtractionBenchmarks().Setup();

    [Benchmark]
    public int ExtractSeedsFolderAllCores() => StandardsExtractor.Extract([ExtractionBenchmarks.Seeds]).Documents.Count;
}
