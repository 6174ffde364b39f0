using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerGraph.Neo4j.Graph;

/// <summary>What one load wrote: the graph version and the rows per statement file.</summary>
public sealed record GraphWriteResult(long Version, IReadOnlyDictionary<string, int> RowsWritten, bool OldVersionsDeleted);

/// <summary>A load statement wrote fewer rows than it was given: some rows name nodes missing from the graph.</summary>
public sealed class Neo4jLoadException(string file, int sent, int written)
    : Exception($"{file}: {written} of {sent} rows written; the others name a node that is not in the graph version being loaded")
{
    public string File { get; } = file;
}

/// <summary>
/// Loads a whole career graph as a new graph version: schema (idempotent), reserve a version number, one explicit
/// transaction holding every batched load statement, then switch GraphState.version to it and delete older
/// versions. Readers only ever see a complete version.
/// </summary>
public sealed class Neo4jGraphWriter
{
    private readonly Neo4jQueryClient _client;
    private readonly CypherCatalogue _cypher;
    private readonly int _batchSize;
    private readonly ILogger _logger;

    public Neo4jGraphWriter(Neo4jQueryClient client, int batchSize = 1000, CypherCatalogue? cypher = null,
        ILogger<Neo4jGraphWriter>? logger = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _client = client;
        _batchSize = batchSize;
        _cypher = cypher ?? CypherCatalogue.Embedded;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public Task<GraphWriteResult> WriteAsync(GraphRows graph, CancellationToken cancellationToken) =>
        WriteAsync(graph, [], null, cancellationToken);

    /// <param name="documents">The source documents the graph was built from, stored with it for the API.</param>
    /// <param name="progress">One line per batch written, e.g. "load/professions.cypher: 500/1200 rows".</param>
    public async Task<GraphWriteResult> WriteAsync(GraphRows graph, IReadOnlyList<SourceDocumentRow> documents,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var statement in _cypher.Statements(CypherFiles.Schema))
            await _client.RunAsync(new Statement(statement), cancellationToken);

        var version = (await _client.RunAsync(_cypher.Statement(CypherFiles.Load.ReserveVersion), cancellationToken)).Scalar<long>();
        var steps = LoadSteps(graph, documents);
        var written = await _client.ExecuteInTransactionAsync(async (tx, token) =>
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (file, rows) in steps)
                counts[file] = counts.GetValueOrDefault(file) + await LoadAsync(tx, file, rows, version, progress, token);
            return counts;
        }, cancellationToken);

        var switched = await _client.RunAsync(
            _cypher.Statement(CypherFiles.Load.SwitchVersion).With("version", version), cancellationToken);
        if (switched.Rows.Count == 0)
        {
            await _client.RunAsync(_cypher.Statement(CypherFiles.Load.DeleteVersion).With("version", version), cancellationToken);
            throw new InvalidOperationException(
                $"Graph version {version} was loaded, but a newer version is already current; version {version} was discarded.");
        }

        return new GraphWriteResult(version, written, await DeleteOldVersionsAsync(version, cancellationToken));
    }

    /// <summary>The load statements in dependency order (nodes before the relationships between them), with their rows.</summary>
    public static IReadOnlyList<(string File, IReadOnlyList<object> Rows)> LoadSteps(GraphRows graph,
        IReadOnlyList<SourceDocumentRow>? documents = null)
    {
        static IReadOnlyList<object> Rows<T>(IEnumerable<T> rows) where T : notnull => rows.Cast<object>().ToList();
        // The node itself; which professions require it goes into the REQUIRES_* loads.
        static object ItemNode(ItemRow i) => new
        {
            id = i.Id, text = i.Text, kind = i.Kind, language = i.Language,
            sourceCardIds = i.SourceCardIds, sourceFiles = i.SourceFiles, sourceLines = i.SourceLines,
        };
        static IEnumerable<object> Requires(IEnumerable<ItemRow> items) =>
            items.SelectMany(i => i.ProfessionIds.Select(p => new { from = p, to = i.Id }));

        var relations = graph.Standards.SelectMany(s => (s.Relations ?? []).Select(r => (Standard: s.Id, Relation: r))).ToList();
        var steps = new List<(string, IReadOnlyList<object>)>
        {
            (CypherFiles.Load.Standards, Rows(graph.Standards)),
            (CypherFiles.Load.Editions, Rows(graph.Standards.SelectMany(s => (s.Replaces ?? [])
                .Select(r => new { from = s.Id, to = r.Older, evidence = r.Evidence, source = r.Source, line = r.Line })))),
            (CypherFiles.Load.Acts, Rows(relations.DistinctBy(r => r.Relation.ActId, StringComparer.Ordinal)
                .Select(r => new { id = r.Relation.ActId, number = r.Relation.Order, date = r.Relation.Date }))),
            (CypherFiles.Load.Professions, Rows(graph.Professions)),
            (CypherFiles.Load.ExternalProfessions, Rows(graph.ExternalProfessions)),
            (CypherFiles.Load.QualificationLevels, Rows(graph.QualificationLevels)),
            (CypherFiles.Load.Skills, Rows(graph.Skills.Select(ItemNode))),
            (CypherFiles.Load.Knowledge, Rows(graph.Knowledge.Select(ItemNode))),
            (CypherFiles.Load.OccupationCodes, Rows(graph.OccupationCodes.Select(c => new { code = c }))),
            (CypherFiles.Load.SourceDocuments, Rows(documents ?? [])),
            (CypherFiles.Load.InStandard, Rows(graph.Professions.Select(p => new { from = p.Id, to = p.StandardId }))),
            (CypherFiles.Load.AtLevel, Rows(graph.Professions.Select(p => new { from = p.Id, level = p.Level }))),
            (CypherFiles.Load.HasOccupation, Rows(graph.Professions.Where(p => p.OccupationCode is not null)
                .Select(p => new { from = p.Id, code = p.OccupationCode }))),
            (CypherFiles.Load.RequiresSkill, Rows(Requires(graph.Skills))),
            (CypherFiles.Load.RequiresKnowledge, Rows(Requires(graph.Knowledge))),
        };
        steps.AddRange(relations.GroupBy(r => r.Relation.Kind, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (CypherFiles.Load.ActRelations(g.Key), Rows(g.Select(r => new
            {
                from = r.Standard, act = r.Relation.ActId, source = r.Relation.Source, line = r.Relation.Line, position = r.Relation.Position,
            })))));
        steps.AddRange(graph.CareerEdges.GroupBy(e => e.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (CypherFiles.Load.CareerEdges(g.Key),
                Rows(g.Select(e => new { from = e.From, to = e.To, kind = e.Kind, evidence = e.Evidence, confidence = e.Confidence, inferred = e.Inferred })))));
        return steps.Where(s => s.Item2.Count > 0).ToList();
    }

    private async Task<int> LoadAsync(Neo4jTransaction tx, string file, IReadOnlyList<object> rows, long version,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var statement = _cypher.Statement(file).With("version", version);
        var written = 0;
        foreach (var batch in rows.Chunk(_batchSize))
        {
            var count = (await tx.RunAsync(statement.With("rows", batch), cancellationToken)).Scalar<int>();
            if (count != batch.Length) throw new Neo4jLoadException(file, batch.Length, count);
            written += count;
            progress?.Report($"{file}: {written}/{rows.Count} rows");
        }
        return written;
    }

    private async Task<bool> DeleteOldVersionsAsync(long version, CancellationToken cancellationToken)
    {
        try
        {
            await _client.RunAsync(_cypher.Statement(CypherFiles.Load.DeleteOldVersions), cancellationToken);
            return true;
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException)
        {
            // The new version is already current; old ones only take space and go with the next load.
            _logger.LogWarning("Graph version {Version} is current, but deleting older versions failed: {Reason}", version, e.Message);
            return false;
        }
    }
}
