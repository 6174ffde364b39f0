using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace CareerGraph.Neo4j.Client;

/// <summary>
/// Two Polly pipelines. <see cref="Attempt"/> guards one HTTP request: a circuit breaker around a per-attempt timeout.
/// <see cref="Retry"/> repeats a whole unit of work, within a total deadline, (one implicit-transaction request, or a complete explicit
/// transaction from begin to commit), because Neo4j rolls a transaction back on a transient error and a single
/// statement inside it cannot be replayed on its own.
/// </summary>
internal sealed class ResiliencePipelines
{
    public ResiliencePipelines(Neo4jResilienceOptions options, ILogger logger, TimeProvider time)
    {
        var retry = new ResiliencePipelineBuilder { TimeProvider = time };
        // Outermost, so the deadline covers every attempt and every backoff delay of the unit.
        if (options.TotalTimeout > TimeSpan.Zero) retry.AddTimeout(options.TotalTimeout);
        // Polly's retry needs at least one retry; zero means "one attempt only".
        if (options.MaxRetryAttempts > 0)
            retry.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsRetryable),
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.RetryMaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A server that says how long to back off (429/503 with Retry-After) is believed, up to MaxDelay.
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is Neo4jUnavailableException { InnerException: TransientHttpFailure { RetryAfter: { } wait } }
                        ? TimeSpan.FromTicks(Math.Clamp(wait.Ticks, 0, options.RetryMaxDelay.Ticks))
                        : (TimeSpan?)null),
                OnRetry = args =>
                {
                    logger.LogWarning("Neo4j attempt {Attempt} failed ({Reason}); retrying in {Delay} ms",
                        args.AttemptNumber + 1, args.Outcome.Exception?.Message, (int)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        Retry = retry.Build();

        Attempt = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransientFailure),
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                OnOpened = args =>
                {
                    logger.LogError("Neo4j circuit opened for {Duration} s after repeated failures",
                        (int)args.BreakDuration.TotalSeconds);
                    return ValueTask.CompletedTask;
                },
            })
            .AddTimeout(options.AttemptTimeout)
            .Build();
    }

    public ResiliencePipeline Retry { get; }
    public ResiliencePipeline Attempt { get; }

    /// <summary>Raw failures of one request that say "the server is struggling", counted by the circuit breaker.</summary>
    private static bool IsTransientFailure(Exception e) => e switch
    {
        // A connection dropped while the answer is read surfaces as an IOException or SocketException, not HttpRequestException.
        HttpRequestException or TimeoutRejectedException or TransientHttpFailure or IOException or System.Net.Sockets.SocketException => true,
        Neo4jException n => n.IsTransient,
        _ => false,
    };

    /// <summary>Translated failures worth another try. An open circuit is not: it means "stop for a while".</summary>
    private static bool IsRetryable(Exception e) => e switch
    {
        Neo4jUnavailableException u => !u.CircuitOpen,
        Neo4jException n => n.IsTransient,
        _ => false,
    };

    public static Exception Translate(Exception e, Uri server, TimeSpan attemptTimeout) => e switch
    {
        BrokenCircuitException => new Neo4jUnavailableException(server,
            "circuit open after repeated failures; requests are refused until it closes", 1, e) { CircuitOpen = true },
        TimeoutRejectedException => new Neo4jUnavailableException(server, $"no answer within {attemptTimeout}", 1, e),
        TransientHttpFailure h => new Neo4jUnavailableException(server, h.Message, 1, e),
        HttpRequestException h => new Neo4jUnavailableException(server, Describe(h), 1, e),
        IOException or System.Net.Sockets.SocketException => new Neo4jUnavailableException(server, e.Message, 1, e),
        _ => e,
    };

    private static string Describe(HttpRequestException e) =>
        e.InnerException is System.Net.Sockets.SocketException s ? $"{s.SocketErrorCode}: {e.Message}" : e.Message;
}
