using System.Security.Cryptography;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Microsoft.Extensions.Options;

namespace CareerGraph.Api.Graph;

/// <summary>
/// The embedded default: extracts the seeds folder (or reads a snapshot file) and builds the graph in process.
/// A seeds folder with any file that fails to extract is refused as a whole: serving a silently partial graph
/// would answer path questions wrongly, so the operator gets the failing file and line instead.
/// </summary>
public sealed class EmbeddedGraphSource(IOptions<GraphOptions> options, IHostEnvironment environment, ILogger<EmbeddedGraphSource> log)
    : IGraphSource
{
    public Task<GraphSnapshot> LoadAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        return Task.FromResult(o.Snapshot is { Length: > 0 } snapshot ? FromSnapshot(snapshot) : FromSeeds(LocateSeeds(o.Seeds), Cache(o.Cache)));
    }

    private SeedsCache? Cache(string? configured) =>
        string.Equals(configured?.Trim(), "off", StringComparison.OrdinalIgnoreCase)
            ? null
            : new SeedsCache(configured is { Length: > 0 } folder ? Path.GetFullPath(folder) : SeedsCache.DefaultFolder(), log);

    private static GraphSnapshot FromSnapshot(string path)
    {
        var full = Path.GetFullPath(path);
        byte[] bytes;
        try { bytes = File.ReadAllBytes(full); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GraphLoadException($"snapshot {full}: cannot be read ({e.Message})");
        }
        IReadOnlyList<StandardDocument> documents;
        try { documents = ExtractReader.Read(new MemoryStream(bytes)); }
        catch (ExtractFormatException e) { throw new GraphLoadException($"snapshot {full}: {e.Message}"); }
        catch (System.Text.Json.JsonException e) { throw new GraphLoadException($"snapshot {full}: not valid JSON ({e.Message})"); }
        if (documents.Count == 0) throw new GraphLoadException($"snapshot {full}: holds no documents");
        try { return GraphSnapshot.Build(documents, "snapshot", $"snapshot {full}", Hash(bytes)); }
        catch (InvalidGraphException e) { throw new GraphLoadException($"snapshot {full}: refused, {e.Message}"); }
    }

    private GraphSnapshot FromSeeds(string folder, SeedsCache? cache)
    {
        var key = cache is null ? null : SeedsCache.Key(folder);
        if (key is not null && cache!.TryRead(key) is var (cachedDocuments, inferred))
        {
            try
            {
                var cached = SeedsSnapshot(folder, cachedDocuments, inferred);
                log.LogInformation("Graph cache: seeds read from {Folder} (delete it or set Graph:Cache=off to extract again)", cache.Folder);
                return cached;
            }
            catch (GraphLoadException e)
            {
                // An entry that does not make a valid graph is as good as none: the seeds decide.
                log.LogWarning("Graph cache: entry for these seeds refused ({Reason}); extracting and building", e.Message);
            }
        }
        var result = StandardsExtractor.Extract([folder]);
        if (result.Errors.Count > 0)
            throw new GraphLoadException($"seeds {folder}: {result.Errors.Count} file(s) failed to extract: "
                + string.Join("; ", result.Errors.Select(e => e.ToString())));
        if (result.Documents.Count == 0) throw new GraphLoadException($"seeds {folder}: no standards found");
        var snapshot = SeedsSnapshot(folder, result.Documents, null);
        if (key is not null) cache!.Write(key, result.Documents, snapshot.Graph.Edges.Where(e => e.Kind == EdgeKind.SkillOverlap));
        // Extraction leaves ~25 bytes of garbage per source byte (100+ MB for seeds/), which the server GC keeps
        // committed: one compacting collection returns it (RSS after a cold start 232 → 167 MB). A cache hit skips it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return snapshot;
    }

    private static GraphSnapshot SeedsSnapshot(string folder, IReadOnlyList<StandardDocument> documents, IReadOnlyList<CareerEdge>? inferred)
    {
        var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        var fingerprint = string.Join('\n', Directory.EnumerateFiles(folder, "*", walk)
            .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)
            .Select(f => f + ":" + new FileInfo(Path.Combine(folder, f)).Length + ":" + File.GetLastWriteTimeUtc(Path.Combine(folder, f)).Ticks));
        try { return GraphSnapshot.Build(documents, "seeds", $"seeds {folder}", Hash(System.Text.Encoding.UTF8.GetBytes(fingerprint)), inferred: inferred); }
        catch (InvalidGraphException e) { throw new GraphLoadException($"seeds {folder}: refused, {e.Message}"); }
    }

    private string LocateSeeds(string? configured)
    {
        if (configured is { Length: > 0 })
        {
            var full = Path.GetFullPath(configured);
            return Directory.Exists(full) ? full : throw new GraphLoadException($"seeds folder {full} does not exist (Graph:Seeds)");
        }
        foreach (var start in new[] { environment.ContentRootPath, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(candidate)) return candidate;
            }
        throw new GraphLoadException(
            "no seeds folder found above the content root or the current directory; set Graph:Seeds or Graph:Snapshot");
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..16];
}
