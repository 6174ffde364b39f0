namespace CareerGraph.Loader.Commands;

using CareerGraph.Loader.Output;
using CareerGraph.Standards.Extraction;

/// <summary>The input handling every command shares: missing paths reported, the rest extracted, errors printed once.</summary>
internal static class Inputs
{
    /// <summary>
    /// One `path: no such file or folder` line per missing input, progress, one line per failed input and the
    /// per-act summary (<see cref="ActSummary"/>) on stderr; <c>Failed</c> counts missing and failed inputs, never
    /// skipped files.
    /// </summary>
    public static (ExtractionResult Result, int Failed) Extract(string[] inputs, TextWriter stderr, Extractor extract)
    {
        var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) stderr.WriteLine(new ExtractionError(path, null, "no such file or folder"));

        var existing = inputs.Except(missing).ToList();
        var progress = new LineProgress(stderr);
        var result = existing.Count > 0 ? extract(existing, progress) : new ExtractionResult([], []);
        foreach (var error in result.Errors) progress.WriteOnce(error.ToString());
        ActSummary.Write(stderr, result);
        return (result, missing.Count + result.Errors.Count);
    }
}
