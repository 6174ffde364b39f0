namespace CareerGraph.Standards.Extraction;

using System.Buffers;
using CareerGraph.Standards.Alignment;
using CareerGraph.Standards.Editions;
using CareerGraph.Standards.Model;
using CareerGraph.Standards.Reading;

/// <summary>An input that could not be extracted: file, line where it applies, one-line reason.</summary>
public sealed record ExtractionError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}

/// <summary>
/// A file found in a folder that was left out because its content is not a standard (e.g. SOURCES.md, an act's
/// contents page or its order alone), with the act it belongs to when it sits in an act folder.
/// </summary>
public sealed record SkippedFile(string File, string Reason)
{
    public ActFolder? Act { get; init; }

    public override string ToString() => $"{File}: skipped, {Reason}";
}

public sealed record ExtractionResult(IReadOnlyList<StandardDocument> Documents, IReadOnlyList<ExtractionError> Errors)
{
    /// <summary>Folder members that are not standards by content; never an explicitly named file.</summary>
    public IReadOnlyList<SkippedFile> Skipped { get; init; } = [];

    /// <summary>
    /// Inputs that repeat a standard read before them (<see cref="DuplicateStandards"/>); also in
    /// <see cref="Errors"/>. Their documents are left out.
    /// </summary>
    public IReadOnlyList<ExtractionError> Duplicates { get; init; } = [];
}

/// <summary>
/// The loader's entry point: files and folders in, documents out (Kazakh/Russian twins aligned), one error per
/// input that could not be read. Never throws for bad input: every failure of one file — missing, unreadable,
/// empty, binary, not UTF-8, not a standard, truncated before its first card, or an unexpected exception inside a
/// reader or the parser — becomes one <see cref="ExtractionError"/> naming that file, and the other files are still
/// extracted.
/// <para><b>Not a standard.</b> A file is a standard by content, never by name: it must use the vocabulary of
/// standards (<see cref="StandardSignature"/>) or be recognised as a qualification framework. A file named
/// explicitly that is not a standard is an error. A file found by expanding a folder that is not a standard is
/// <em>skipped</em> and listed in <see cref="ExtractionResult.Skipped"/> (folders of sources hold READMEs such as
/// SOURCES.md); but a folder member that is a standard and fails to read, or that cannot be decoded at all, is an
/// error like any other file — only readable text without the standard vocabulary is skipped.</para>
/// <para><b>Twice.</b> The same standard under two file names is an error on the later one (<see cref="DuplicateStandards"/>).</para>
/// <para><b>Truncated.</b> See <see cref="Completeness"/>: no card read → error; cards read but chapter 4 or the
/// end of the last card missing → the document is kept with a warning.</para>
/// </summary>
public static class StandardsExtractor
{
    /// <summary>Larger than any published standard by two orders of magnitude; bigger files are refused unread.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    private static readonly string[] Extensions = [".txt", ".md"];

    /// <summary>
    /// Files and folders (a folder means every *.txt / *.md in it at any depth, sorted by path; act folders of the
    /// legal database are recognised by <see cref="ActLayout"/>). Progress gets one line
    /// as each file is started, one per document read and one per skipped file; errors are only in the result.
    /// </summary>
    public static ExtractionResult Extract(IEnumerable<string> paths, IProgress<string>? progress = null) =>
        Extract(paths, ExtractionSteps.Default, progress);

    public static ExtractionResult Extract(IEnumerable<string> paths, ExtractionSteps steps, IProgress<string>? progress = null)
    {
        var errors = new List<ExtractionError>();
        var skipped = new List<SkippedFile>();
        var documents = new List<ReadDocument>();
        // Files are listed and read in order, extracted in parallel (pure work per file), then reported and collected
        // in path order exactly as a sequential run would: the result and the progress lines do not depend on timing.
        var expandErrors = new List<ExtractionError>();
        var files = new List<PendingFile>();
        foreach (var (display, fullPath, explicitInput, place) in Expand(paths, expandErrors))
        {
            var readErrors = new List<ExtractionError>();
            var (bytes, length) = place.SkipReason is null ? ReadFile(display, fullPath, readErrors) : (null, 0);
            files.Add(new PendingFile(display, fullPath, explicitInput, place, bytes, length, readErrors, expandErrors.Count));
        }
        var outcomes = new Outcome?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            if (files[i].Bytes is { } bytes)
                outcomes[i] = ExtractOne(files[i].Display, files[i].Place.Name, bytes.AsSpan(0, files[i].Length), files[i].Explicit, steps);
        });
        var expandErrorsTaken = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var (display, fullPath, _, place, bytes, length, readErrors, expandErrorsBefore) = files[i];
            errors.AddRange(expandErrors.Skip(expandErrorsTaken).Take(expandErrorsBefore - expandErrorsTaken));
            expandErrorsTaken = expandErrorsBefore;
            if (place.SkipReason is { } reason)
            {
                var skip = new SkippedFile(display, reason) { Act = place.Act };
                skipped.Add(skip);
                progress?.Report(skip.ToString());
                continue;
            }
            progress?.Report($"reading {display}");
            errors.AddRange(readErrors);
            if (bytes is null) continue;
            switch (outcomes[i])
            {
                case Outcome.Extracted(var read):
                    var document = place.Act is null ? read : WithActMeta(read with { Act = place.Act }, fullPath);
                    documents.Add(ReadDocument.Of(display, document, bytes.AsSpan(0, length)));
                    progress?.Report($"{display}: {document.Cards.Count} cards, {document.Warnings.Count} warnings");
                    break;
                case Outcome.Failed(var error):
                    errors.Add(error); // reported through the result, not twice through progress
                    break;
                case Outcome.Skipped(var skip):
                    skipped.Add(skip with { Act = place.Act });
                    progress?.Report(skip.ToString());
                    break;
            }
        }
        foreach (var file in files)
            if (file.Bytes is { } pooled) ArrayPool<byte>.Shared.Return(pooled);
        errors.AddRange(expandErrors.Skip(expandErrorsTaken));
        var (kept, duplicates) = DuplicateStandards.Find(documents);
        errors.AddRange(duplicates);
        IReadOnlyList<StandardDocument> aligned = [.. kept.Select(d => d.Document)];
        try
        {
            aligned = BilingualAligner.Align(aligned);
        }
        catch (Exception ex)
        {
            // Alignment only adds repairs; if it fails the documents are still good as read.
            errors.Add(new ExtractionError("(alignment)", null, $"Kazakh/Russian alignment failed, documents kept unaligned: {OneLine(ex)}"));
        }
        return new ExtractionResult(aligned, errors) { Skipped = skipped, Duplicates = duplicates };
    }

    /// <summary>One in-memory file, treated as explicitly named; no alignment with other documents.</summary>
    public static ExtractionResult ExtractBytes(string fileName, ReadOnlySpan<byte> bytes) =>
        ExtractBytes(fileName, bytes, ExtractionSteps.Default);

    public static ExtractionResult ExtractBytes(string fileName, ReadOnlySpan<byte> bytes, ExtractionSteps steps) =>
        ExtractOne(fileName, Path.GetFileName(fileName), bytes, explicitInput: true, steps) switch
        {
            Outcome.Extracted(var d) => new ExtractionResult([d], []),
            Outcome.Failed(var e) => new ExtractionResult([], [e]),
            Outcome.Skipped(var s) => new ExtractionResult([], [new ExtractionError(s.File, null, s.Reason)]),
            _ => throw new InvalidOperationException("unknown outcome"),
        };

    private sealed record PendingFile(
        string Display, string FullPath, bool Explicit, Placement Place, byte[]? Bytes, int Length, List<ExtractionError> ReadErrors, int ExpandErrorsBefore);

    private abstract record Outcome
    {
        public sealed record Extracted(StandardDocument Document) : Outcome;
        public sealed record Failed(ExtractionError Error) : Outcome;
        public sealed record Skipped(SkippedFile File) : Outcome;
    }

    private static Outcome ExtractOne(string display, string fileName, ReadOnlySpan<byte> bytes, bool explicitInput, ExtractionSteps steps)
    {
        var source = SourceDecoder.Decode(fileName, bytes, out var failure);
        if (source is null) return new Outcome.Failed(new ExtractionError(display, failure!.Line, failure.Message));
        try
        {
            return ExtractSource(display, source, explicitInput, steps);
        }
        catch (Exception ex)
        {
            return new Outcome.Failed(new ExtractionError(display, null, $"could not be read: {OneLine(ex)}"));
        }
    }

    private static Outcome ExtractSource(string display, SourceText source, bool explicitInput, ExtractionSteps steps)
    {
        var warnings = new List<SourceWarning>();
        StandardDocument document;
        if (steps.IsFramework(source))
        {
            document = Run(display, "framework parser", () => steps.ParseFramework(source), out var error);
            if (error is not null) return new Outcome.Failed(error);
        }
        else
        {
            if (NotAStandard(source.Text) is { } reason)
                return explicitInput
                    ? new Outcome.Failed(new ExtractionError(display, null, reason))
                    : new Outcome.Skipped(new SkippedFile(display, reason));
            var reader = steps.DetectLayout(source);
            if (reader is null)
                return new Outcome.Failed(new ExtractionError(display, null,
                    "no profession card in a known layout (tab cells, Markdown, HTML tables, PDF text): the text uses the words of a standard but is in another layout or ends before its cards"));
            var lines = Run(display, $"{reader.Family} reader", () => reader.Read(source, warnings), out var readError);
            if (readError is not null) return new Outcome.Failed(readError);
            document = Run(display, "card parser", () => steps.ParseStandard(source, lines, warnings), out var parseError);
            if (parseError is not null) return new Outcome.Failed(parseError);
        }

        if (Completeness.Error(display, document, source) is { } incomplete) return new Outcome.Failed(incomplete);
        var extra = Completeness.Warnings(document, source);
        // Warnings collected by the reader are not yet in the document when the parser built its own list.
        var readerWarnings = warnings.Where(w => !document.Warnings.Contains(w));
        document = document with
        {
            Warnings = [.. document.Warnings, .. readerWarnings, .. extra],
            ApprovedOn = EditionText.ApprovalDate(document.Approval),
            Relations = EditionText.RelationsInText(source.Text, document.Source),
        };
        if (!steps.KeepIncomplete && Completeness.Truncation(display, document) is { } cut) return new Outcome.Failed(cut);
        return new Outcome.Extracted(document);
    }

    /// <summary>
    /// The act folder's meta.yaml (beside rus.md, or one folder up from rus/an001.md) fills the approval date when the
    /// text leaves it blank («от « » 2019 года №») and adds the repeal the database recorded after publication.
    /// </summary>
    private static StandardDocument WithActMeta(StandardDocument document, string fullPath)
    {
        var dir = Path.GetDirectoryName(fullPath);
        var meta = new[] { dir, dir is null ? null : Path.GetDirectoryName(dir) }
            .Select(d => d is null ? null : Path.Combine(d, "meta.yaml")).FirstOrDefault(File.Exists);
        if (meta is null) return document;
        string yaml;
        try { yaml = File.ReadAllText(meta); }
        catch (IOException) { return document; }
        var (approved, relations) = EditionText.Meta(yaml);
        var added = relations.Where(r => !document.Relations.Any(x => x.Kind == r.Kind && x.SameOrder(r.Order, r.Date)));
        return document with
        {
            ApprovedOn = document.ApprovedOn ?? approved,
            Relations = [.. document.Relations, .. added],
            Repealed = document.Repealed || relations.Count > 0,
        };
    }

    /// <summary>
    /// Why a readable text is not a standard, or null. Besides texts without the vocabulary of standards, the legal
    /// database holds two kinds that use it without being one: the contents page of an act split into parts
    /// («## Части документа», in both languages' files), and an act that holds only the approving order («Утвердить
    /// прилагаемый профессиональный стандарт…») with no profession card.
    /// </summary>
    private static string? NotAStandard(string text)
    {
        if (!StandardSignature.LooksLikeStandard(text))
            return "not a professional standard: no chapters, cards or qualification levels of a standard in its text";
        if (StandardSignature.IsContentsPage(text))
            return "the contents page of an act split into parts; the parts are read instead";
        if (!StandardSignature.MentionsCards(text))
            return "not a professional standard: it names standards but holds no profession card (an approving order alone)";
        return null;
    }

    private static T Run<T>(string display, string stage, Func<T> step, out ExtractionError? error) where T : class
    {
        try
        {
            error = null;
            return step();
        }
        catch (Exception ex)
        {
            error = new ExtractionError(display, null, ex switch
            {
                NotImplementedException => $"the {stage} is not implemented yet",
                NotSupportedException => $"{stage}: {OneLine(ex, withType: false)}",
                _ => $"{stage} failed: {OneLine(ex)}",
            });
            return null!;
        }
    }

    private static string OneLine(Exception ex, bool withType = true)
    {
        var message = string.Join(' ', ex.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        return withType ? $"{ex.GetType().Name}: {message}" : message;
    }

    private static IEnumerable<(string Display, string FullPath, bool Explicit, Placement Place)> Expand(IEnumerable<string> paths, List<ExtractionError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                errors.Add(new ExtractionError("(empty path)", null, "an empty path was given"));
                continue;
            }
            string full;
            try
            {
                full = Path.GetFullPath(path);
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                errors.Add(new ExtractionError(path, null, $"not a valid path: {OneLine(ex, withType: false)}"));
                continue;
            }

            if (Directory.Exists(full))
            {
                foreach (var member in ListFolder(path, full, errors))
                    if (seen.Add(member))
                        yield return (Path.Combine(path, Path.GetRelativePath(full, member)), member, false, ActLayout.Of(member));
            }
            else if (File.Exists(full))
            {
                // A file named explicitly is always read; its act folder, if any, still pairs it with its twin.
                var place = ActLayout.Of(full);
                if (seen.Add(full)) yield return (path, full, true, place.SkipReason is null ? place : new Placement(Path.GetFileName(full), null, null));
            }
            else
            {
                errors.Add(new ExtractionError(path, null, "no such file or folder"));
            }
        }
    }

    /// <summary>
    /// Every *.txt / *.md at any depth, and every file of an act folder (so that metadata and chapter parts are
    /// counted as skipped), in path order; hidden folders such as `.git` are not entered.
    /// </summary>
    private static IReadOnlyList<string> ListFolder(string display, string full, List<ExtractionError> errors)
    {
        try
        {
            var walk = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            };
            var files = Directory.EnumerateFiles(full, "*", walk)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) || ActLayout.InAct(f))
                .OrderBy(f => Path.GetRelativePath(full, f).Replace('\\', '/'), StringComparer.Ordinal)
                .ToList();
            if (files.Count == 0) errors.Add(new ExtractionError(display, null, "the folder holds no *.txt or *.md file"));
            return files;
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException or System.Security.SecurityException)
        {
            errors.Add(new ExtractionError(display, null, $"the folder cannot be listed: {OneLine(ex, withType: false)}"));
            return [];
        }
    }

    /// <summary>
    /// The file's bytes in a pooled buffer (returned when the folder is done) and their count: a folder of acts
    /// allocated each file afresh on the large-object heap, and every run then paid a full collection for them.
    /// </summary>
    private static (byte[]? Bytes, int Length) ReadFile(string display, string full, List<ExtractionError> errors)
    {
        try
        {
            using var handle = File.OpenHandle(full);
            var length = RandomAccess.GetLength(handle);
            if (length > MaxFileBytes)
            {
                errors.Add(new ExtractionError(display, null, $"too large for a standard ({length / (1024 * 1024)} MB; the limit is {MaxFileBytes / (1024 * 1024)} MB)"));
                return (null, 0);
            }
            var buffer = ArrayPool<byte>.Shared.Rent((int)length);
            var read = 0;
            for (int n; read < length && (n = RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read)) > 0;) read += n;
            return (buffer, read);
        }
        catch (UnauthorizedAccessException)
        {
            errors.Add(new ExtractionError(display, null, "permission denied: the file cannot be read"));
        }
        catch (Exception ex) when (ex is IOException or System.Security.SecurityException)
        {
            errors.Add(new ExtractionError(display, null, $"the file cannot be read: {OneLine(ex, withType: false)}"));
        }
        return (null, 0);
    }
}
