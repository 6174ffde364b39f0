using CareerGraph.Neo4j.Client;
using CareerGraph.Neo4j.Cypher;

namespace CareerGraph.Neo4j.Graph;

/// <summary>
/// Reads the current graph version into rows. The version is read first and checked again at the end: a load
/// that switches versions meanwhile (and deletes the old one) makes the reader start over rather than return a
/// mixture.
/// </summary>
public sealed class Neo4jGraphReader(Neo4jQueryClient client, CypherCatalogue? cypher = null)
{
    private const int MaxReads = 3;
    private readonly CypherCatalogue _cypher = cypher ?? CypherCatalogue.Embedded;

    /// <summary>The current graph, or null when no version has been loaded yet.</summary>
    public async Task<GraphSnapshot?> ReadAsync(CancellationToken cancellationToken)
    {
        for (var read = 0; read < MaxReads; read++)
        {
            if (await CurrentVersionAsync(cancellationToken) is not { } version) return null;
            var rows = await ReadVersionAsync(version, cancellationToken);
            if (await CurrentVersionAsync(cancellationToken) == version) return new GraphSnapshot(version, rows);
        }
        throw new InvalidOperationException($"The current graph version changed during each of {MaxReads} reads; try again when loading has finished.");
    }

    /// <summary>
    /// The source documents of the current version and its standards (their editions and printed relations), with the
    /// same version checks as <see cref="ReadAsync"/>; null when nothing is loaded.
    /// </summary>
    public async Task<(long Version, IReadOnlyList<SourceDocumentRow> Documents, IReadOnlyList<StandardRow> Standards)?> ReadDocumentsAsync(
        CancellationToken cancellationToken)
    {
        for (var read = 0; read < MaxReads; read++)
        {
            if (await CurrentVersionAsync(cancellationToken) is not { } version) return null;
            var documents = (await client.RunAsync(
                _cypher.Statement(CypherFiles.Read.SourceDocuments).With("version", version), cancellationToken)).As<SourceDocumentRow>();
            var standards = (await client.RunAsync(
                _cypher.Statement(CypherFiles.Read.Standards).With("version", version), cancellationToken)).As<StandardRow>();
            if (await CurrentVersionAsync(cancellationToken) == version) return (version, documents, standards);
        }
        throw new InvalidOperationException($"The current graph version changed during each of {MaxReads} reads; try again when loading has finished.");
    }

    public async Task<long?> CurrentVersionAsync(CancellationToken cancellationToken)
    {
        var result = await client.RunAsync(_cypher.Statement(CypherFiles.Read.CurrentVersion), cancellationToken);
        return result.Rows.Count == 0 ? null : result.Rows[0].Get<long?>("version");
    }

    private async Task<GraphRows> ReadVersionAsync(long version, CancellationToken cancellationToken)
    {
        async Task<QueryResult> Read(string file) =>
            await client.RunAsync(_cypher.Statement(file).With("version", version), cancellationToken);

        var items = (await Read(CypherFiles.Read.Items)).Rows;
        ItemRow[] ItemsOf(string label) => items.Where(r => r.Get<string>("label") == label).Select(r => r.As<ItemRow>()).ToArray();

        return new GraphRows(
            (await Read(CypherFiles.Read.Standards)).As<StandardRow>(),
            (await Read(CypherFiles.Read.Professions)).As<ProfessionRow>(),
            (await Read(CypherFiles.Read.ExternalProfessions)).As<ExternalProfessionRow>(),
            (await Read(CypherFiles.Read.QualificationLevels)).As<QualificationLevelRow>(),
            ItemsOf("Skill"),
            ItemsOf("Knowledge"),
            (await Read(CypherFiles.Read.CareerEdges)).Rows.Select(r => new CareerEdgeRow(
                r.Get<string>("type"), r.Get<string>("fromId"), r.Get<string>("toId"), r.Get<string>("kind"),
                r.Get<string>("evidence"), r.Get<double>("confidence"), r.Get<bool>("inferred"))).ToList());
    }
}
