using CareerGraph.Neo4j.Cypher;
using CareerGraph.Neo4j.Graph;
using CareerGraph.Neo4j.Tests.Client;
using CareerGraph.Standards.Extraction;
using CareerGraph.Standards.Model;
using static CareerGraph.Neo4j.Tests.Client.QueryApiAnswers;

namespace CareerGraph.Api.Tests.Neo4j;

/// <summary>
/// A Neo4j holding graph versions as the loader leaves them, served through the fake Query API: the current version
/// and its SourceDocument rows. Tests switch the version or take the server "down" (503 to everything).
/// </summary>
internal sealed class FakeNeo4jGraph : IAsyncDisposable
{
    private static readonly CypherCatalogue Cypher = CypherCatalogue.Embedded;

    /// <summary>The seed documents, extracted once for all tests.</summary>
    public static readonly Lazy<IReadOnlyList<StandardDocument>> Seeds = new(() =>
    {
        var result = StandardsExtractor.Extract([Path.Combine(ApiFixture.RepoRoot(), "seeds")]);
        Assert.Empty(result.Errors);
        return result.Documents;
    });

    private readonly Dictionary<long, IReadOnlyList<SourceDocumentRow>> _versions = [];
    private FakeQueryApi _server = null!;

    public volatile bool Down;

    public long? Current { get; set; }

    /// <summary>When set, the current-version query answers this value instead of <see cref="Current"/> (e.g. a string).</summary>
    public volatile object? VersionOverride;

    public Uri Uri => _server.Uri;

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests;

    public static async Task<FakeNeo4jGraph> StartAsync()
    {
        var fake = new FakeNeo4jGraph();
        fake._server = await FakeQueryApi.StartAsync(fake.Answer);
        return fake;
    }

    /// <summary>Stores <paramref name="documents"/> as graph version <paramref name="version"/> and makes it current.</summary>
    public void Load(long version, IReadOnlyList<StandardDocument> documents)
    {
        lock (_versions) _versions[version] = SourceDocumentRows.From(documents);
        Current = version;
    }

    private FakeResponse Answer(RecordedRequest request)
    {
        if (Down) return ServiceUnavailable;
        var text = request.StatementText;
        if (text == Cypher.Text(CypherFiles.Read.CurrentVersion).Trim()) return Data(["version"], [[VersionOverride ?? Current]]);
        if (text == Cypher.Text(CypherFiles.Read.SourceDocuments).Trim())
        {
            var version = request.Body!.Value.GetProperty("parameters").GetProperty("version").GetInt64();
            IReadOnlyList<SourceDocumentRow> rows;
            lock (_versions) rows = _versions.GetValueOrDefault(version) ?? [];
            return Data(["source", "position", "language", "kind", "extract"],
                rows.Select(r => new object?[] { r.Source, r.Position, r.Language, r.Kind, r.Extract }).ToArray());
        }
        return Error("Neo.ClientError.Statement.SyntaxError", "the API ran a statement this fake does not expect");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
