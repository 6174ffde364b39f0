using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CareerGraph.Neo4j.Client;

/// <summary>
/// Runs Cypher over Neo4j's HTTP Query API (POST /db/{db}/query/v2 and the /query/v2/tx endpoints).
/// Transient failures are retried with jittered exponential backoff; client errors and authentication failures
/// surface at once as <see cref="Neo4jException"/>; a server that stays unreachable ends in one
/// <see cref="Neo4jUnavailableException"/>.
/// </summary>
public sealed class Neo4jQueryClient
{
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ResiliencePipelines _pipelines;
    private readonly ILogger _logger;
    private readonly TimeSpan _attemptTimeout;
    private readonly TimeSpan _totalTimeout;

    /// <param name="http">Owned by the caller; its own Timeout should be infinite or longer than the attempt timeout.</param>
    public Neo4jQueryClient(HttpClient http, Neo4jOptions options, ILogger<Neo4jQueryClient>? logger = null,
        TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        Endpoint = new QueryApiEndpoint(options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _attemptTimeout = options.Resilience.AttemptTimeout;
        _totalTimeout = options.Resilience.TotalTimeout;
        _pipelines = new ResiliencePipelines(options.Resilience, _logger, time ?? TimeProvider.System);
    }

    public QueryApiEndpoint Endpoint { get; }

    /// <summary>Runs one statement in its own (implicit) transaction, retrying transient failures.</summary>
    public Task<QueryResult> RunAsync(Statement statement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statement);
        return Retrying(async token =>
            (await SendAsync(HttpMethod.Post, Endpoint.Query, statement, null, null, token)).Result, cancellationToken);
    }

    /// <summary>
    /// Opens an explicit transaction, runs <paramref name="work"/> in it and commits. On a transient failure anywhere
    /// in between, the transaction is rolled back and the whole unit is run again, so <paramref name="work"/> must be
    /// safe to repeat (our load statements MERGE).
    /// </summary>
    public Task<T> ExecuteInTransactionAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Retrying(async token =>
        {
            await using var transaction = await BeginTransactionAsync(token);
            var result = await work(transaction, token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);
    }

    /// <summary>Opens an explicit transaction (one attempt; retry whole units with <see cref="ExecuteInTransactionAsync{T}"/>).</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, Endpoint.BeginTransaction, null, null, null, cancellationToken);
        if (response.TransactionId is null)
            throw new Neo4jException("Http.InvalidResponse", "the server opened no transaction (no transaction.id in the answer)");
        return new Neo4jTransaction(this, response.TransactionId, response.Affinity, response.Expires);
    }

    internal async Task<QueryApiResponse> SendAsync(HttpMethod method, Uri uri, Statement? statement,
        string? affinity, string? transactionId, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipelines.Attempt.ExecuteAsync(
                async token => await SendOnceAsync(method, uri, statement, affinity, transactionId, token),
                cancellationToken);
        }
        catch (Exception e) when (ResiliencePipelines.Translate(e, Endpoint.BaseUri, _attemptTimeout) is var translated
                                  && !ReferenceEquals(translated, e))
        {
            throw translated;
        }
    }

    internal ILogger Logger => _logger;

    private async Task<T> Retrying<T>(Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        var attempts = 0;
        try
        {
            return await _pipelines.Retry.ExecuteAsync(async token =>
            {
                attempts++;
                return await unit(token);
            }, cancellationToken);
        }
        catch (Neo4jException e)
        {
            e.Attempts = attempts;
            throw;
        }
        catch (Neo4jUnavailableException e)
        {
            e.Attempts = attempts;
            throw;
        }
        catch (Polly.Timeout.TimeoutRejectedException e)
        {
            throw new Neo4jUnavailableException(Endpoint.BaseUri,
                $"no complete answer within the total deadline of {_totalTimeout.TotalSeconds:0.###} s (Neo4j:Resilience:TotalTimeout)", attempts, e);
        }
    }

    private async ValueTask<QueryApiResponse> SendOnceAsync(HttpMethod method, Uri uri, Statement? statement,
        string? affinity, string? transactionId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        Endpoint.Authorize(request);
        request.Headers.Accept.ParseAdd("application/json");
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (statement is not null) request.Content = QueryApiJson.Body(statement);

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var retryAfter = response.Headers.RetryAfter is { } header
            ? header.Delta ?? (header.Date - DateTimeOffset.UtcNow)
            : null;
        var answer = QueryApiJson.Interpret((int)response.StatusCode, body, transactionId, retryAfter);
        var affinityBack = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
        return answer with { Affinity = affinityBack ?? affinity };
    }
}
