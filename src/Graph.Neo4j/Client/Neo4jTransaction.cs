using Microsoft.Extensions.Logging;

namespace CareerGraph.Neo4j.Client;

/// <summary>
/// An explicit Query API transaction. Each request is one attempt (no retry: Neo4j rolls the transaction back on
/// an error, so only the whole unit can be retried). Disposing an open transaction rolls it back.
/// The server expires a transaction after it idles (60 s by default); using it afterwards raises
/// <see cref="Neo4jTransactionExpiredException"/>.
/// </summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryClient _client;
    private readonly string? _affinity;
    private bool _open = true;

    internal Neo4jTransaction(Neo4jQueryClient client, string id, string? affinity, DateTimeOffset? expires)
    {
        _client = client;
        Id = id;
        _affinity = affinity;
        Expires = expires;
    }

    public string Id { get; }

    /// <summary>When the server will roll the transaction back if it receives nothing more (as last reported).</summary>
    public DateTimeOffset? Expires { get; private set; }

    public bool IsOpen => _open;

    public async Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        var response = await Send(HttpMethod.Post, _client.Endpoint.Transaction(Id), statement, cancellationToken);
        // An answer without "transaction" means the server closed it.
        if (response.TransactionId is null) _open = false;
        Expires = response.Expires ?? Expires;
        return response.Result;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Send(HttpMethod.Post, _client.Endpoint.Commit(Id), null, cancellationToken);
        _open = false;
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        await Send(HttpMethod.Delete, _client.Endpoint.Transaction(Id), null, cancellationToken);
        _open = false;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_open) return;
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException)
        {
            // The server rolls back on its own when the transaction expires; nothing more to do here.
            _client.Logger.LogDebug("Rollback of Neo4j transaction {Id} failed: {Reason}", Id, e.Message);
        }
    }

    private async Task<QueryApiResponse> Send(HttpMethod method, Uri uri, Statement? statement,
        CancellationToken cancellationToken)
    {
        if (!_open)
            throw new InvalidOperationException($"Neo4j transaction '{Id}' is already closed (committed, rolled back or failed).");
        try
        {
            return await _client.SendAsync(method, uri, statement, _affinity, Id, cancellationToken);
        }
        catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException)
        {
            // Every Neo4j error rolls the transaction back server-side.
            _open = false;
            throw;
        }
    }
}
