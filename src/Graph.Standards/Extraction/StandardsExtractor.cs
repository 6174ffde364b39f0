namespace CareerGraph.Standards.Extraction;

using CareerGraph.Standards.Model;

/// <summary>An input that could not be extracted: file, line where it applies, one-line reason.</summary>
public sealed record ExtractionError(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}

public sealed record ExtractionResult(IReadOnlyList<StandardDocument> Documents, IReadOnlyList<ExtractionError> Errors);

/// <summary>
/// The loader's entry point: files and folders in, documents out (Kazakh/Russian twins aligned), one error per
/// input that could not be read. Never throws for bad input.
/// </summary>
public static class StandardsExtractor
{
    /// <summary>Files and folders (a folder means every *.txt / *.md in it, sorted by name).</summary>
    public static ExtractionResult Extract(IEnumerable<string> paths, IProgress<string>? progress = null) =>
        throw new NotImplementedException();

    /// <summary>One in-memory file; no alignment with other documents.</summary>
    public static ExtractionResult ExtractBytes(string fileName, ReadOnlySpan<byte> bytes) =>
        throw new NotImplementedException();
}
