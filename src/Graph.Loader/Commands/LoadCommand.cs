namespace CareerGraph.Loader.Commands;

using System.CommandLine;
using CareerGraph.Careers.Building;
using CareerGraph.Loader.Output;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;

/// <summary>
/// `load &lt;file-or-folder&gt;... --to snapshot &lt;file&gt;`: extracts the standards, checks that they build a
/// career graph, and writes the snapshot the API serves with Graph:Snapshot. Unlike `extract`, any input that fails
/// means nothing is written (exit 2): a snapshot is served as the whole truth, so a partial one would answer path
/// questions wrongly without saying so.
/// </summary>
public static class LoadCommand
{
    public static Command Create(Extractor extract)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Source files (*.txt, *.md) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "Target: `snapshot <file>` (a careergraph-extract/1 file the API can serve).",
            Required = true,
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("load", "Load standards into a graph store (a snapshot file).");
        command.Arguments.Add(inputs);
        command.Options.Add(to);
        command.SetAction(parsed => Run(parsed.GetRequiredValue(inputs), parsed.GetRequiredValue(to),
            parsed.InvocationConfiguration.Error, extract));
        return command;
    }

    private static int Run(string[] inputs, string[] to, TextWriter stderr, Extractor extract)
    {
        if (to is not ["snapshot", var file])
        {
            stderr.WriteLine(to is ["snapshot"]
                ? "error: --to snapshot needs a file: load <inputs>... --to snapshot <file.json>"
                : $"error: --to: unknown target '{string.Join(' ', to)}' (expected: snapshot <file>)");
            return ExitCodes.Usage;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"error: --to snapshot: folder '{folder}' does not exist");
            return ExitCodes.Usage;
        }

        var missing = inputs.Where(p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        foreach (var path in missing) stderr.WriteLine(new ExtractionError(path, null, "no such file or folder"));
        var progress = new LineProgress(stderr);
        var result = missing.Count == inputs.Length ? new ExtractionResult([], []) : extract(inputs.Except(missing), progress);
        foreach (var error in result.Errors) progress.WriteOnce(error.ToString());
        if (missing.Count + result.Errors.Count > 0 || result.Documents.Count == 0)
        {
            stderr.WriteLine(result.Documents.Count == 0 ? "error: no standards found; snapshot not written"
                : $"error: {missing.Count + result.Errors.Count} input(s) failed; snapshot {file} not written");
            return ExitCodes.InputFailed;
        }

        var graph = CareerGraphBuilder.Build(result.Documents);
        try
        {
            AtomicFile.Write(file, stream => ExtractWriter.Write(stream, result.Documents));
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: cannot write {file}: {LoaderCli.OneLine(e)}");
            return ExitCodes.Failed;
        }
        var flagged = graph.Resolution.Flagged.Count();
        stderr.WriteLine($"wrote snapshot {file}: {result.Documents.Count} documents, {graph.ProfessionCount} professions, "
                         + $"{graph.Edges.Count} career edges, {graph.Resolution.Rows.Count} link rows ({flagged} flagged for review)");
        return ExitCodes.Ok;
    }
}
