using System.Net.Http.Headers;
using System.Text;

namespace CareerGraph.Neo4j.Client;

/// <summary>The HTTP addresses and the Authorization header of the Query API for one database.</summary>
public sealed class QueryApiEndpoint
{
    private const int BoltPort = 7687;
    private const int HttpPort = 7474;

    private readonly AuthenticationHeaderValue? _authorization;

    public QueryApiEndpoint(Neo4jOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Database))
            throw new ArgumentException("Neo4j database name is empty.", nameof(options));
        BaseUri = ToHttpUri(options.Uri);
        Database = options.Database;
        _authorization = Authorization(options);
    }

    /// <summary>Server root, always ending in '/'.</summary>
    public Uri BaseUri { get; }
    public string Database { get; }

    public Uri Query => Relative("query/v2");
    public Uri BeginTransaction => Relative("query/v2/tx");
    public Uri Transaction(string id) => Relative($"query/v2/tx/{Uri.EscapeDataString(id)}");
    public Uri Commit(string id) => Relative($"query/v2/tx/{Uri.EscapeDataString(id)}/commit");

    public void Authorize(HttpRequestMessage request)
    {
        if (_authorization is not null) request.Headers.Authorization = _authorization;
    }

    /// <summary>Maps a driver-style URI onto the HTTP server that hosts the Query API (see <see cref="Neo4jOptions"/>).</summary>
    public static Uri ToHttpUri(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var scheme = uri.Scheme.ToLowerInvariant();
        var (httpScheme, port) = scheme switch
        {
            "http" or "https" => (scheme, uri.IsDefaultPort ? -1 : uri.Port),
            "neo4j" or "bolt" => ("http", uri.Port is -1 or BoltPort ? HttpPort : uri.Port),
            "neo4j+s" or "neo4j+ssc" or "bolt+s" or "bolt+ssc" => ("https", uri.Port is -1 or BoltPort ? -1 : uri.Port),
            _ => throw new ArgumentException(
                $"Unsupported Neo4j URI scheme '{uri.Scheme}': use http(s)://, neo4j(+s)://, or bolt(+s)://.", nameof(uri)),
        };
        var path = uri.AbsolutePath.EndsWith('/') ? uri.AbsolutePath : uri.AbsolutePath + "/";
        return new UriBuilder(httpScheme, uri.Host, port, path).Uri;
    }

    private Uri Relative(string tail) => new(BaseUri, $"db/{Uri.EscapeDataString(Database)}/{tail}");

    private static AuthenticationHeaderValue? Authorization(Neo4jOptions options)
    {
        // The Query API documents both schemes as base64 of the credential: "Basic base64(user:password)"
        // and "Bearer base64(token)".
        if (!string.IsNullOrEmpty(options.Token))
            return new AuthenticationHeaderValue("Bearer", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.Token)));
        if (options.Password is not null)
            return new AuthenticationHeaderValue(
                "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        return null;
    }
}
