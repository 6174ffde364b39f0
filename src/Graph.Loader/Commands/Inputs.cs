using System.CommandLine;
namespace CareerGraph.Loader.Commands;

using CareerGraph.Loader.Output;
using CareerGraph.Standards.Extraction;

/// <summary>The input handling every command shares: missing paths reported, the rest extracted, errors printed once.</summary>
internal static class Inputs
{
    /// <summary>--keep-incomplete: a text that shows it was cut off is kept (with its warnings) instead of refused.</summary>
    public static Option<bool> KeepIncompleteOption() =>
        new("--keep-incomplete") { Description = "Keep standards that show they were cut off (listed cards missing, a last card without labour functions) instead of refusing them." };

    /// <summary>The extractor to use: the given one, or the default steps told to keep cut-off texts.</summary>
    public static Extractor Choose(Extractor extract, bool keepIncomplete) => keepIncomplete
        ? (paths, progress) => StandardsExtractor.Extract(paths, ExtractionSteps.Default with { KeepIncomplete = true }, progress)
        : extract;

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
