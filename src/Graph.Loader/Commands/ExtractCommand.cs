namespace CareerGraph.Loader.Commands;

using System.CommandLine;
using CareerGraph.Careers.Building;
using CareerGraph.Loader.Output;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;

/// <summary>
/// `extract &lt;file-or-folder&gt;... --out &lt;file.json&gt; [--report]`: every input that can be extracted is
/// written to one «careergraph-extract/1» file; each input that cannot is one `file:line: message` line on stderr
/// and makes the exit code 2. The same standard given twice writes nothing (exit 2).
/// </summary>
public static class ExtractCommand
{
    public static Command Create(Extractor extract)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Source files (*.txt, *.md) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        // The parser hands unknown options to a variadic argument as values; refuse them unless they name a real path.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.StartsWith('-') && !File.Exists(token.Value) && !Directory.Exists(token.Value))
                    result.AddError($"Unrecognized option '{token.Value}'.");
        });
        var output = new Option<string>("--out", "-o")
        {
            Description = "The JSON file to write (replaced atomically).",
            Required = true,
        };
        var report = new Option<bool>("--report") { Description = "Print a table per document on stdout." };

        var command = new Command("extract", "Extract standards and frameworks to careergraph-extract/1 JSON.");
        command.Arguments.Add(inputs);
        command.Options.Add(output);
        command.Options.Add(report);
        var keepIncomplete = Inputs.KeepIncompleteOption();
        command.Options.Add(keepIncomplete);
        command.SetAction(parsed => Run(
            parsed.GetRequiredValue(inputs), parsed.GetRequiredValue(output), parsed.GetValue(report),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, Inputs.Choose(extract, parsed.GetValue(keepIncomplete))));
        return command;
    }

    /// <summary>How the printed link rows resolve once the documents are one graph (the report's per-document line).</summary>
    private static ResolutionReport? Links(IReadOnlyList<StandardDocument> documents, TextWriter stderr)
    {
        try
        {
            return CareerGraphBuilder.Build(documents).Resolution;
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"report: link rows not resolved: {LoaderCli.OneLine(e)}");
            return null;
        }
    }

    private static int Run(string[] inputs, string outPath, bool report, TextWriter stdout, TextWriter stderr, Extractor extract)
    {
        var outFolder = Path.GetDirectoryName(Path.GetFullPath(outPath))!;
        if (!Directory.Exists(outFolder))
        {
            stderr.WriteLine($"error: --out: folder '{outFolder}' does not exist");
            return ExitCodes.Usage;
        }
        if (Directory.Exists(outPath))
        {
            stderr.WriteLine($"error: --out: '{outPath}' is a folder; give a file name");
            return ExitCodes.Usage;
        }

        var (result, failures) = Inputs.Extract(inputs, stderr, extract);
        var failed = failures > 0;
        if (result.Documents.Count == 0 && failed)
        {
            // Replacing a previous export with an empty one would lose data for no gain.
            stderr.WriteLine($"nothing extracted; {outPath} not written");
            return ExitCodes.InputFailed;
        }
        if (result.Duplicates.Count > 0)
        {
            // Which copy the user meant to keep is theirs to say; an export holding either would be a guess.
            stderr.WriteLine($"error: {result.Duplicates.Count} input(s) repeat a standard; {outPath} not written");
            return ExitCodes.InputFailed;
        }

        try
        {
            AtomicFile.Write(outPath, stream => ExtractWriter.Write(stream, result.Documents));
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: cannot write {outPath}: {LoaderCli.OneLine(e)}");
            return ExitCodes.Failed;
        }
        stderr.WriteLine($"wrote {result.Documents.Count} documents " +
                         $"({result.Documents.Sum(d => d.Cards.Count)} cards) to {outPath}");

        if (report) ExtractReport.Write(stdout, result.Documents, Links(result.Documents, stderr));
        return failed ? ExitCodes.InputFailed : ExitCodes.Ok;
    }
}
