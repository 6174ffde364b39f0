using System.Globalization;
using System.Text;
using CareerGraph.Api.Graph;
using CareerGraph.Careers.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Tests;

/// <summary>
/// The seeds cache (<see cref="SeedsCache"/>) behind a start from a seeds folder: a second start serves the cached
/// documents and inferred edges, and anything wrong with the cache — a changed seed, a damaged entry, a folder that
/// cannot be written — costs a rebuild and a log line, never a wrong graph or a failed start. Each test works on its
/// own copy of one real act folder (137361, 2019–2022 template: 5 professions with inferred SKILL_OVERLAP edges).
/// </summary>
public sealed class SeedsCacheTests : IDisposable
{
    private const string Act = "register/07-ministerial/103003000000-qriim/2019/1218-ob-utverzhdenii-professionalnogo-standarta-deiatelnost-po-obespe-137361";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"careergraph-cache-test-{Guid.NewGuid():N}");
    private readonly string _seeds;
    private readonly string _cache;
    private readonly ListLogger _log = new();

    public SeedsCacheTests()
    {
        _seeds = Path.Combine(_root, "seeds");
        _cache = Path.Combine(_root, "cache");
        var act = Path.Combine(_seeds, "137361");
        Directory.CreateDirectory(act);
        foreach (var file in new[] { "kaz.md", "rus.md" })
            File.Copy(Path.Combine(ApiFixture.RepoRoot(), "seeds", Act, file), Path.Combine(act, file));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private GraphSnapshot Load(string? cache = null)
    {
        var options = Options.Create(new GraphOptions { Seeds = _seeds, Cache = cache ?? _cache });
        var source = new EmbeddedGraphSource(options, new TestEnvironment(), new TypedLogger(_log));
        return source.LoadAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
    }

    private string Entry => Assert.Single(Directory.GetDirectories(_cache, "seeds-*"));

    [Fact]
    public void A_second_start_serves_the_cached_documents_and_inferred_edges()
    {
        var built = Load();
        Assert.Contains(_log.Lines, l => l.Contains("no entry for these seeds", StringComparison.Ordinal));
        var inferred = built.Graph.Edges.Where(e => e.Kind == EdgeKind.SkillOverlap).ToList();
        Assert.NotEmpty(inferred);

        // Mark the cached evidence: if the second start served it, it read the entry instead of inferring again.
        var file = Path.Combine(Entry, "inferred.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("skill overlap", "cached skill overlap", StringComparison.Ordinal));
        _log.Lines.Clear();
        var cached = Load();

        Assert.Contains("seeds read from", Assert.Single(_log.Lines), StringComparison.Ordinal);
        Assert.All(cached.Graph.Edges.Where(e => e.Kind == EdgeKind.SkillOverlap),
            e => Assert.StartsWith("cached skill overlap", e.Evidence, StringComparison.Ordinal));
        Assert.Equal(Dump(built.Graph).Replace("\tskill overlap", "\tcached skill overlap", StringComparison.Ordinal), Dump(cached.Graph));
        Assert.Equal(built.Documents.Select(d => (d.Source, d.Title, d.Cards.Count)), cached.Documents.Select(d => (d.Source, d.Title, d.Cards.Count)));
        Assert.Equal(built.Version, cached.Version);
    }

    [Fact]
    public void A_changed_seed_byte_is_read_from_the_seeds_and_replaces_the_entry()
    {
        Load();
        var before = Entry;
        // rus.md L235 prints the card heading «Пожарный»; «й» (D0 B9) becomes «к» (D0 BA): one byte.
        var rus = Path.Combine(_seeds, "137361", "rus.md");
        var bytes = File.ReadAllBytes(rus);
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes("«Пожарный»</td>")) + Encoding.UTF8.GetByteCount("«Пожарны") + 1;
        Assert.Equal(0xB9, bytes[at]);
        bytes[at] = 0xBA;
        File.WriteAllBytes(rus, bytes);
        _log.Lines.Clear();

        var changed = Load();

        Assert.Contains(_log.Lines, l => l.Contains("no entry for these seeds", StringComparison.Ordinal));
        Assert.Contains(changed.Graph.Nodes.OfType<Profession>(), p => p.TitleRu == "Пожарнык");
        Assert.NotEqual(before, Entry); // the old entry is gone, the new one is the only one
        _log.Lines.Clear();
        Assert.Contains(Load().Graph.Nodes.OfType<Profession>(), p => p.TitleRu == "Пожарнык");
        Assert.Contains("seeds read from", Assert.Single(_log.Lines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("documents.json", "{\"format\": \"careergraph-extract/1\", \"documents\": [")]
    [InlineData("inferred.json", "[[0, 1, \"not a number\", \"x\"]]")]
    [InlineData("inferred.json", "[[0, 99999, 0.5, \"an edge to no node\"]]")]
    public void A_damaged_entry_is_one_log_line_and_a_rebuild(string file, string content)
    {
        var built = Load();
        File.WriteAllText(Path.Combine(Entry, file), content);
        _log.Lines.Clear();

        var rebuilt = Load();

        var line = Assert.Single(_log.Lines);
        Assert.Contains("Graph cache: entry", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
        Assert.Equal(Dump(built.Graph), Dump(rebuilt.Graph));
        _log.Lines.Clear();
        Load(); // the rewritten entry is read again without complaint
        Assert.Contains("seeds read from", Assert.Single(_log.Lines), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_written_does_not_stop_the_start()
    {
        var blocker = Path.Combine(_root, "a-file");
        File.WriteAllText(blocker, "not a folder");

        var snapshot = Load(Path.Combine(blocker, "cache"));

        Assert.Contains(_log.Lines, l => l.Contains("cannot write", StringComparison.Ordinal));
        Assert.Contains(snapshot.Graph.Nodes.OfType<Profession>(), p => p.TitleRu == "Пожарный");
    }

    [Fact]
    public void Off_reads_and_writes_no_cache()
    {
        Load("off");
        Assert.False(Directory.Exists(_cache));
        Assert.Empty(_log.Lines);
    }

    private static string Dump(ProfessionGraph graph) => string.Join('\n', graph.Edges.Select(e => string.Join('\t',
        graph.Nodes[e.From].Id, graph.Nodes[e.To].Id, e.Kind, e.Confidence.ToString("R", CultureInfo.InvariantCulture), e.Inferred, e.Evidence)));

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";
        public string ApplicationName { get; set; } = "Graph.Api.Tests";
        public string ContentRootPath { get; set; } = Path.GetTempPath();
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }

    private sealed class ListLogger
    {
        public List<string> Lines { get; } = [];
    }

    private sealed class TypedLogger(ListLogger sink) : ILogger<EmbeddedGraphSource>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (sink) sink.Lines.Add(formatter(state, exception));
        }
    }
}
