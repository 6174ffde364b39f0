namespace CareerGraph.Loader.Output;

/// <summary>
/// Writes a file all at once or not at all: the content goes to a temporary file in the target's folder (same file
/// system, so the final rename is atomic) and replaces the target only when complete. A failure deletes the
/// temporary file and leaves any previous target untouched; so does a stop by signal, through
/// <see cref="AbandonPendingWrites"/>, which the process calls on SIGTERM/SIGINT.
/// </summary>
public static class AtomicFile
{
    private static readonly HashSet<string> Pending = new(StringComparer.Ordinal);
    private static bool _abandoned;

    public static void Write(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        lock (Pending)
        {
            if (_abandoned) throw new OperationCanceledException("the process is stopping");
            Pending.Add(temp);
        }
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
        finally
        {
            lock (Pending) Pending.Remove(temp);
        }
    }

    /// <summary>
    /// Deletes the temporary file of every write in progress and refuses new writes: the process is about to end
    /// (a signal), and a writer cut short would leave `.name.guid.tmp` behind. Targets are left as they were.
    /// </summary>
    public static void AbandonPendingWrites()
    {
        lock (Pending)
        {
            _abandoned = true;
            foreach (var temp in Pending)
            {
                try { File.Delete(temp); }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // nothing more can be done while stopping
            }
            Pending.Clear();
        }
    }
}
