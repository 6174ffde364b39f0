namespace CareerGraph.Loader;

using System.CommandLine;
using CareerGraph.Loader.Commands;
using CareerGraph.Standards.Extraction;

/// <summary>Turns paths into documents; the CLI's only link to the extraction library (tests may swap it).</summary>
public delegate ExtractionResult Extractor(IEnumerable<string> paths, IProgress<string>? progress);

/// <summary>Exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Usage = 1;
    public const int InputFailed = 2;
    public const int Failed = 3;
}

/// <summary>
/// The loader's command line. Each command lives in its own file under Commands/; this class only wires them and
/// guarantees the contract for all of them: usage errors exit 1 with a one-line reason, nothing ever prints a
/// stack trace.
/// </summary>
public static class LoaderCli
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Extractor? extractor = null)
    {
        try
        {
            var root = new RootCommand("CareerGraph loader: extracts professional standards and frameworks.");
            root.Subcommands.Add(ExtractCommand.Create(extractor ?? StandardsExtractor.Extract));
            root.Subcommands.Add(LoadCommand.Create(extractor ?? StandardsExtractor.Extract));

            var parsed = root.Parse(args);
            if (parsed.Errors.Count > 0)
            {
                foreach (var error in parsed.Errors) stderr.WriteLine($"error: {error.Message}");
                stderr.WriteLine("Run with --help for usage.");
                return ExitCodes.Usage;
            }
            return parsed.Invoke(new InvocationConfiguration
            {
                Output = stdout,
                Error = stderr,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            // The last line of defence: one readable line, never a stack trace.
            stderr.WriteLine($"error: {e.GetType().Name}: {OneLine(e)}");
            return ExitCodes.Failed;
        }
    }

    /// <summary>An exception's message on one line, for stderr lines that must stay one per problem.</summary>
    public static string OneLine(Exception e) =>
        string.Join(' ', e.Message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
