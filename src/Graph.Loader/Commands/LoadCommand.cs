namespace CareerGraph.Loader.Commands;

using System.CommandLine;
using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Loader.Output;
using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Standards.Export;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

/// <summary>
/// `load &lt;file-or-folder&gt;... --to snapshot &lt;file&gt;` or `--to neo4j`: extracts the standards, builds the
/// career graph and writes it to the target. Unlike `extract`, any input that fails means nothing is written (exit 2):
/// the target is served as the whole truth, so a partial graph would answer path questions wrongly without saying so.
/// Neo4j that cannot be reached, refuses the credentials, answers garbage or never answers is exit 3, after the
/// configured retries and within the total deadline (--timeout, default 30 s), in one line.
/// </summary>
public static class LoadCommand
{
    private sealed record Neo4jSettings(string? Uri, string? Database, string? User, string PasswordEnv, int BatchSize, int? Retries, double? Timeout);

    public static Command Create(Extractor extract)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Source files (*.txt, *.md) or folders holding them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var to = new Option<string[]>("--to")
        {
            Description = "Target: `snapshot <file>` (a careergraph-extract/1 file the API can serve) or `neo4j`.",
            Required = true,
            Arity = new ArgumentArity(1, 2),
            AllowMultipleArgumentsPerToken = true,
        };
        var uri = new Option<string>("--uri") { Description = "Neo4j address (default: NEO4J_URI), e.g. http://localhost:7474 or neo4j+s://x.databases.neo4j.io." };
        var database = new Option<string>("--database") { Description = "Neo4j database (default: NEO4J_DATABASE, else neo4j)." };
        var user = new Option<string>("--user") { Description = "Neo4j user (default: NEO4J_USER, else neo4j)." };
        var passwordEnv = new Option<string>("--password-env")
        {
            Description = "Environment variable holding the password (never pass it on the command line).",
            DefaultValueFactory = _ => "NEO4J_PASSWORD",
        };
        var batchSize = new Option<int>("--batch-size") { Description = "Rows per load statement.", DefaultValueFactory = _ => 1000 };
        batchSize.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) r.AddError("--batch-size must be at least 1."); });
        var retries = new Option<int?>("--retries") { Description = "Retries of a failed request to Neo4j (default 4; 0: one attempt)." };
        retries.Validators.Add(r => { if (r.GetValueOrDefault<int?>() < 0) r.AddError("--retries cannot be negative."); });

        var timeout = new Option<double?>("--timeout")
        {
            Description = "Seconds one Neo4j call may take in all, retries included, before the load fails (default 30; 0: no total limit).",
        };
        timeout.Validators.Add(r => { if (r.GetValueOrDefault<double?>() is { } t && !(t >= 0 && t <= 86400)) r.AddError("--timeout must be 0 to 86400 seconds."); });

        var command = new Command("load", "Load standards into a graph store: a snapshot file or Neo4j.");
        command.Arguments.Add(inputs);
        var keepIncomplete = Inputs.KeepIncompleteOption();
        foreach (var option in new Option[] { to, uri, database, user, passwordEnv, batchSize, retries, timeout, keepIncomplete }) command.Options.Add(option);
        command.SetAction(parsed => Run(parsed.GetRequiredValue(inputs), parsed.GetRequiredValue(to),
            new Neo4jSettings(parsed.GetValue(uri), parsed.GetValue(database), parsed.GetValue(user),
                parsed.GetValue(passwordEnv)!, parsed.GetValue(batchSize), parsed.GetValue(retries), parsed.GetValue(timeout)),
            parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, Inputs.Choose(extract, parsed.GetValue(keepIncomplete))));
        return command;
    }

    private static int Run(string[] inputs, string[] to, Neo4jSettings neo4j, TextWriter stdout, TextWriter stderr, Extractor extract)
    {
        switch (to)
        {
            case ["snapshot", var file]:
                var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
                if (!Directory.Exists(folder))
                {
                    stderr.WriteLine($"error: --to snapshot: folder '{folder}' does not exist");
                    return ExitCodes.Usage;
                }
                return Extract(inputs, $"snapshot {file}", stderr, extract) is { } documents
                    ? WriteSnapshot(file, documents, stderr)
                    : ExitCodes.InputFailed;
            case ["neo4j"]:
                Neo4jOptions options;
                try { options = Neo4jOptionsOf(neo4j); }
                catch (InvalidOperationException e)
                {
                    stderr.WriteLine($"error: {LoaderCli.OneLine(e)}");
                    return ExitCodes.Usage;
                }
                return Extract(inputs, "Neo4j", stderr, extract) is { } loaded
                    ? WriteNeo4j(options, neo4j.BatchSize, loaded, stdout, stderr)
                    : ExitCodes.InputFailed;
            case ["snapshot"]:
                stderr.WriteLine("error: --to snapshot needs a file: load <inputs>... --to snapshot <file.json>");
                return ExitCodes.Usage;
            default:
                stderr.WriteLine($"error: --to: unknown target '{string.Join(' ', to)}' (expected: snapshot <file> or neo4j)");
                return ExitCodes.Usage;
        }
    }

    /// <summary>All documents, or null (errors printed) when any input failed: then nothing is written.</summary>
    private static IReadOnlyList<StandardDocument>? Extract(string[] inputs, string target, TextWriter stderr, Extractor extract)
    {
        var (result, failed) = Inputs.Extract(inputs, stderr, extract);
        if (failed == 0 && result.Documents.Count > 0) return result.Documents;
        stderr.WriteLine(result.Documents.Count == 0 ? $"error: no standards found; nothing written to {target}"
            : $"error: {failed} input(s) failed; nothing written to {target}");
        return null;
    }

    private static int WriteSnapshot(string file, IReadOnlyList<StandardDocument> documents, TextWriter stderr)
    {
        ProfessionGraph graph;
        try
        {
            graph = CareerGraphBuilder.Build(documents);
        }
        catch (ArgumentException e)
        {
            stderr.WriteLine($"error: the career graph cannot be built: {LoaderCli.OneLine(e)}; nothing written to snapshot {file}");
            return ExitCodes.InputFailed;
        }
        try
        {
            AtomicFile.Write(file, stream => ExtractWriter.Write(stream, documents));
        }
        catch (Exception e)
        {
            stderr.WriteLine($"error: cannot write {file}: {LoaderCli.OneLine(e)}");
            return ExitCodes.Failed;
        }
        var flagged = graph.Resolution.Flagged.Count();
        stderr.WriteLine($"wrote snapshot {file}: {documents.Count} documents, {graph.ProfessionCount} professions, "
                         + $"{graph.Edges.Count} career edges, {graph.Resolution.Rows.Count} link rows ({flagged} flagged for review)");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// NEO4J_* variables, overridden by the command-line options. The password is read from the variable
    /// --password-env names, so it never appears in the command line or the process list.
    /// </summary>
    private static Neo4jOptions Neo4jOptionsOf(Neo4jSettings settings)
    {
        var overrides = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = settings.Uri,
            ["NEO4J_DATABASE"] = settings.Database,
            ["NEO4J_USER"] = settings.User,
            ["NEO4J_PASSWORD"] = Environment.GetEnvironmentVariable(settings.PasswordEnv),
            ["Neo4j:Resilience:MaxRetryAttempts"] = settings.Retries?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Neo4j:Resilience:TotalTimeout"] = settings.Timeout is { } t
                ? TimeSpan.FromSeconds(t).ToString("c", System.Globalization.CultureInfo.InvariantCulture) : null,
        };
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides.Where(o => o.Value is not null))
            .Build();
        return Neo4jOptions.FromConfiguration(configuration);
    }

    private static int WriteNeo4j(Neo4jOptions options, int batchSize, IReadOnlyList<StandardDocument> documents,
        TextWriter stdout, TextWriter stderr)
    {
        using var loggers = LoggerFactory.Create(b => b.AddProvider(new LineLoggerProvider(stderr)));
        using var store = new Neo4jGraphStore(options, loggers, batchSize);
        var where = $"Neo4j at {store.Client.Endpoint.BaseUri} (database {options.Database})";
        stderr.WriteLine($"loading {documents.Count} documents into {where}");
        GraphWriteResult result;
        try
        {
            result = store.SaveAsync(documents, new LineProgress(stderr), CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Neo4jException e) when (e.HttpStatus == 401 || e.Code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
        {
            stderr.WriteLine($"error: {where} rejected the credentials of user '{options.User}' ({e.Code}); nothing loaded");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException or Neo4jLoadException or InvalidOperationException)
        {
            stderr.WriteLine($"error: {LoaderCli.OneLine(e)}; the graph readers see is unchanged");
            return ExitCodes.Failed;
        }
        catch (Exception e) when (e is InvalidCastException or KeyNotFoundException or System.Text.Json.JsonException or FormatException)
        {
            stderr.WriteLine($"error: {where} answered in a form this loader cannot read ({LoaderCli.OneLine(e)}); the graph readers see is unchanged");
            return ExitCodes.Failed;
        }

        stdout.WriteLine($"graph version {result.Version} is now current in {where}");
        foreach (var (file, rows) in result.RowsWritten)
            stdout.WriteLine($"  {WrittenAs(file),-36} {rows,7}");
        return ExitCodes.Ok;
    }

    /// <summary>"load/in-standard.cypher" → "-[:IN_STANDARD]->", "load/editions.cypher" → "-[:REPLACES]->", "load/source-documents.cypher" → ":SourceDocument".</summary>
    private static string WrittenAs(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return name switch
        {
            "in-standard" or "at-level" or "has-occupation" or "requires-skill" or "requires-knowledge"
                or "printed-link" or "level-ladder" or "same-occupation" or "skill-overlap"
                or "repeals" or "repealed-by" or "new-edition-of"
                => "-[:" + name.Replace('-', '_').ToUpperInvariant() + "]->",
            "editions" => "-[:REPLACES]->",
            _ => ":" + string.Concat(name.TrimEnd('s').Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
        };
    }
}
