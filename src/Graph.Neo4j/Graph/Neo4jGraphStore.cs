using CareerGraph.Careers.Building;
using CareerGraph.Careers.Model;
using CareerGraph.Neo4j.Client;
using CareerGraph.Standards.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerGraph.Neo4j.Graph;

/// <summary>
/// The career graph in Neo4j, for the loader (<see cref="SaveAsync(IReadOnlyList{StandardDocument}, IProgress{string}?, CancellationToken)"/>)
/// and the API (<see cref="LoadDocumentsAsync"/>): connection settings from configuration and NEO4J_* variables
/// (see <see cref="Neo4jOptions"/>).
/// </summary>
public sealed class Neo4jGraphStore : IDisposable
{
    private readonly HttpClient _http;
    private readonly Neo4jGraphWriter _writer;
    private readonly Neo4jGraphReader _reader;

    public Neo4jGraphStore(Neo4jOptions options, ILoggerFactory? loggers = null, int batchSize = 1000)
    {
        loggers ??= NullLoggerFactory.Instance;
        // Each attempt has its own timeout in the resilience pipeline; HttpClient's would cut across retries.
        _http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        Client = new Neo4jQueryClient(_http, options, loggers.CreateLogger<Neo4jQueryClient>());
        _writer = new Neo4jGraphWriter(Client, batchSize, logger: loggers.CreateLogger<Neo4jGraphWriter>());
        _reader = new Neo4jGraphReader(Client);
    }

    public static Neo4jGraphStore FromConfiguration(IConfiguration configuration, ILoggerFactory? loggers = null) =>
        new(Neo4jOptions.FromConfiguration(configuration), loggers);

    public Neo4jQueryClient Client { get; }

    /// <summary>Loads the graph as a new version and makes it the current one.</summary>
    public Task<GraphWriteResult> SaveAsync(ProfessionGraph graph, CancellationToken cancellationToken) =>
        _writer.WriteAsync(CareerGraphRows.From(graph), cancellationToken);

    /// <summary>
    /// Builds the career graph of <paramref name="documents"/> and loads it, with the documents themselves, as a new
    /// version that becomes the current one.
    /// </summary>
    public Task<GraphWriteResult> SaveAsync(IReadOnlyList<StandardDocument> documents, IProgress<string>? progress,
        CancellationToken cancellationToken) =>
        _writer.WriteAsync(CareerGraphRows.From(CareerGraphBuilder.Build(documents)), SourceDocumentRows.From(documents),
            progress, cancellationToken);

    /// <summary>The current graph version, or null when nothing has been loaded yet.</summary>
    public async Task<(long Version, ProfessionGraph Graph)?> LoadAsync(CancellationToken cancellationToken) =>
        await _reader.ReadAsync(cancellationToken) is { } snapshot
            ? (snapshot.Version, CareerGraphRows.ToGraph(snapshot.Rows))
            : null;

    /// <summary>
    /// The source documents of the current graph version and its editions as stored (REPLACES with evidence, the
    /// printed relations to acts), or null when nothing has been loaded yet.
    /// </summary>
    public async Task<StoredGraph?> LoadDocumentsAsync(CancellationToken cancellationToken) =>
        await _reader.ReadDocumentsAsync(cancellationToken) is { } read
            ? new StoredGraph(read.Version, SourceDocumentRows.ToDocuments(read.Documents), CareerGraphRows.StoredEditions(read.Standards))
            : null;

    /// <summary>The version readers see now (one small query, for polling), or null when nothing is loaded.</summary>
    public Task<long?> CurrentVersionAsync(CancellationToken cancellationToken) => _reader.CurrentVersionAsync(cancellationToken);

    public void Dispose() => _http.Dispose();
}

/// <summary>A graph version as the API reads it: the documents to build from and the editions Neo4j holds.</summary>
public sealed record StoredGraph(long Version, IReadOnlyList<StandardDocument> Documents, IReadOnlyDictionary<string, StoredEdition> Editions);
