using CareerGraph.Careers.Building;
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
    private readonly Dictionary<long, Func<IReadOnlyList<StandardRow>>> _standards = [];
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<StandardDocument>, IReadOnlyList<StandardRow>> Built = [];
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

    /// <summary>
    /// Stores <paramref name="documents"/> as graph version <paramref name="version"/> and makes it current, with the
    /// Standard rows the loader writes for them (editions and printed relations), or <paramref name="standards"/>
    /// when a test stores others.
    /// </summary>
    public void Load(long version, IReadOnlyList<StandardDocument> documents, IReadOnlyList<StandardRow>? standards = null)
    {
        lock (_versions)
        {
            _versions[version] = SourceDocumentRows.From(documents);
            _standards[version] = standards is not null ? () => standards : () => Built.GetValue(documents, StandardsOf);
        }
        Current = version;
    }

    /// <summary>The Standard rows the loader writes for <paramref name="documents"/> (built once per list).</summary>
    public static IReadOnlyList<StandardRow> StandardsOf(IReadOnlyList<StandardDocument> documents)
    {
        try
        {
            return CareerGraphRows.From(CareerGraphBuilder.Build(documents)).Standards;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or KeyNotFoundException)
        {
            // Documents no loader could build (the invalid versions of the validation tests) hold no Standard rows.
            return [];
        }
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
        if (text == Cypher.Text(CypherFiles.Read.Standards).Trim())
        {
            var version = request.Body!.Value.GetProperty("parameters").GetProperty("version").GetInt64();
            Func<IReadOnlyList<StandardRow>>? standards;
            lock (_versions) standards = _standards.GetValueOrDefault(version);
            return Data(["id", "code", "titleKk", "titleRu", "oked", "version", "approval", "approvedOn", "repealed", "sources", "replaces", "relations"],
                (standards?.Invoke() ?? []).Select(s => new object?[]
                {
                    s.Id, s.Code, s.TitleKk, s.TitleRu, s.Oked, s.Version, s.Approval, s.ApprovedOn, s.Repealed, s.Sources,
                    (s.Replaces ?? []).Select(r => new { older = r.Older, evidence = r.Evidence, source = r.Source, line = r.Line }).ToArray(),
                    (s.Relations ?? []).Select(r => new { kind = r.Kind, order = r.Order, date = r.Date, source = r.Source, line = r.Line, position = r.Position }).ToArray(),
                }).ToArray());
        }
        return Error("Neo.ClientError.Statement.SyntaxError", "the API ran a statement this fake does not expect");
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
