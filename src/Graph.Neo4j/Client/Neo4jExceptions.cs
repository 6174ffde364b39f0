namespace CareerGraph.Neo4j.Client;

/// <summary>
/// An error reported by Neo4j (its status code, e.g. Neo.ClientError.Statement.SyntaxError, and message),
/// or an HTTP status the Query API answered with. Never carries credentials.
/// </summary>
public class Neo4jException : Exception
{
    public Neo4jException(string code, string serverMessage, int? httpStatus = null, int attempts = 1)
        : base($"Neo4j error {code}: {serverMessage}")
    {
        Code = code;
        ServerMessage = serverMessage;
        HttpStatus = httpStatus;
        Attempts = attempts;
    }

    public string Code { get; }
    public string ServerMessage { get; }
    public int? HttpStatus { get; }

    /// <summary>How many times the request was sent before giving up.</summary>
    public int Attempts { get; internal set; }

    /// <summary>Neo.TransientError.*: the database could not serve the request now; a later try may succeed.</summary>
    public bool IsTransient => Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal);
}

/// <summary>The server no longer knows the transaction: it expired after idling (rolled back) or was closed.</summary>
public sealed class Neo4jTransactionExpiredException(string transactionId, string code, string serverMessage, int? httpStatus)
    : Neo4jException(code, $"transaction '{transactionId}' expired or was closed by the server (rolled back): {serverMessage}", httpStatus)
{
    public string TransactionId { get; } = transactionId;
}

/// <summary>Neo4j could not be reached or kept failing (network, timeouts, 5xx/429, open circuit) after every retry.</summary>
public sealed class Neo4jUnavailableException(Uri server, string reason, int attempts, Exception? inner = null)
    : Exception(null, inner)
{
    public Uri Server { get; } = server;
    public string Reason { get; } = reason;
    public int Attempts { get; internal set; } = attempts;

    /// <summary>The circuit breaker refused the request without sending it.</summary>
    public bool CircuitOpen { get; init; }

    public override string Message => $"Neo4j at {Server} is unavailable after {Attempts} attempt(s): {Reason}";
}
