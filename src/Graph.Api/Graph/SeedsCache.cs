using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CareerGraph.Careers.Model;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Model;

namespace CareerGraph.Api.Graph;

/// <summary>
/// What a start from a seeds folder costs most — the extracted documents and the inferred SKILL_OVERLAP edges —
/// kept on disk between runs under a key of the folder's content: the SHA-256 of every file's bytes with its relative
/// path, the folder's full path, and the module version ids of the code that extracts and builds. Any changed byte,
/// added or removed file, or rebuilt assembly gives another key, so a stale entry is never read.
/// <para>An entry is a folder <c>seeds-&lt;key&gt;</c> holding <c>documents.json</c> (careergraph-extract/1) and
/// <c>inferred.json</c>, written in a temporary folder and renamed into place, so a reader sees all of it or none.
/// A missing, unreadable or corrupt entry is one log line and a rebuild, never a failed start; so is a cache folder
/// that cannot be written.</para>
/// </summary>
public sealed class SeedsCache(string folder, ILogger log)
{
    private const string Prefix = "seeds-";
    private const string DocumentsFile = "documents.json";
    private const string InferredFile = "inferred.json";

    public string Folder { get; } = folder;

    /// <summary>The default location: $XDG_CACHE_HOME (or ~/.cache) on Unix, the local application data folder on Windows.</summary>
    public static string DefaultFolder()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var root = OperatingSystem.IsWindows()
            ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
                ? xdg
                : home.Length > 0 ? Path.Combine(home, ".cache") : "";
        // A service account without a home folder still gets a cache, in the temporary folder.
        return Path.Combine(root.Length > 0 ? root : Path.GetTempPath(), "careergraph");
    }

    /// <summary>The content key of a seeds folder (hidden folders such as .git left out, as the extractor does).</summary>
    public static string Key(string seedsFolder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        foreach (var assembly in new[] { typeof(StandardDocument), typeof(CareerEdge), typeof(SeedsCache) }.Select(t => t.Assembly))
            Add(assembly.ManifestModule.ModuleVersionId.ToString());
        Add(Path.GetFullPath(seedsFolder));
        var walk = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        foreach (var file in Directory.EnumerateFiles(seedsFolder, "*", walk)
                     .Select(f => (Full: f, Relative: Path.GetRelativePath(seedsFolder, f).Replace('\\', '/')))
                     .OrderBy(f => f.Relative, StringComparer.Ordinal))
        {
            Add(file.Relative);
            Add(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file.Full))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The entry for <paramref name="key"/>, or null (with one log line saying why) when there is none to use.</summary>
    public (IReadOnlyList<StandardDocument> Documents, IReadOnlyList<CareerEdge> Inferred)? TryRead(string key)
    {
        var entry = EntryFolder(key);
        if (!Directory.Exists(entry))
        {
            log.LogInformation("Graph cache: no entry for these seeds in {Folder}; extracting and building", Folder);
            return null;
        }
        try
        {
            IReadOnlyList<StandardDocument> documents;
            using (var stream = File.OpenRead(Path.Combine(entry, DocumentsFile))) documents = ExtractReader.Read(stream);
            return (documents, ReadInferred(File.ReadAllBytes(Path.Combine(entry, InferredFile))));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Whatever is wrong with an entry (cut short, edited, another format), the seeds are still there to read.
            log.LogWarning("Graph cache: entry {Entry} cannot be used ({Reason}); extracting and building", entry, OneLine(e.Message));
            return null;
        }
    }

    /// <summary>Stores an entry; a failure is one log line (the graph is served all the same).</summary>
    public void Write(string key, IReadOnlyList<StandardDocument> documents, IEnumerable<CareerEdge> inferred)
    {
        var entry = EntryFolder(key);
        var temp = Path.Combine(Folder, $".tmp-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(temp);
            using (var stream = File.Create(Path.Combine(temp, DocumentsFile))) ExtractWriter.Write(stream, documents);
            File.WriteAllBytes(Path.Combine(temp, InferredFile), WriteInferred(inferred));
            if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true); // a corrupt entry of the same key
            Directory.Move(temp, entry);
            RemoveOtherEntries(entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogWarning("Graph cache: cannot write {Entry} ({Reason}); the next start extracts again", entry, OneLine(e.Message));
            TryDelete(temp);
        }
    }

    private string EntryFolder(string key) => Path.Combine(Folder, Prefix + key);

    /// <summary>Entries of older seeds or builds are never read again; only the newest one is kept.</summary>
    private void RemoveOtherEntries(string keep)
    {
        foreach (var other in Directory.EnumerateDirectories(Folder, Prefix + "*"))
            if (!string.Equals(other, keep, StringComparison.Ordinal)) TryDelete(other);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another process may be reading it; it is retried on the next write.
        }
    }

    /// <summary>[[from, to, confidence, evidence], …]: the inferred edges in graph order.</summary>
    private static byte[] WriteInferred(IEnumerable<CareerEdge> edges)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var e in edges)
            {
                json.WriteStartArray();
                json.WriteNumberValue(e.From);
                json.WriteNumberValue(e.To);
                json.WriteNumberValue(e.Confidence);
                json.WriteStringValue(e.Evidence);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        return buffer.ToArray();
    }

    private static IReadOnlyList<CareerEdge> ReadInferred(byte[] bytes)
    {
        using var json = JsonDocument.Parse(bytes);
        return [.. json.RootElement.EnumerateArray().Select(e => new CareerEdge(
            e[0].GetInt32(), e[1].GetInt32(), EdgeKind.SkillOverlap, e[2].GetDouble(), true,
            e[3].GetString() ?? throw new FormatException("an inferred edge without evidence")))];
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
