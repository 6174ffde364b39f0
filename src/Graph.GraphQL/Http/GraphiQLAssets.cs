using System.Collections.Frozen;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace CareerGraph.GraphQL.Http;

/// <summary>
/// The offline GraphiQL page and its four assets, embedded in this assembly (built by tools/graphiql/build.sh).
/// Nothing is loaded from a CDN: the page works on a machine without internet.
/// </summary>
public static class GraphiQLAssets
{
    public sealed record Asset(byte[] Content, string ContentType, string ETag);

    private const string Prefix = "CareerGraph.GraphQL.Http.GraphiQL.";

    public static FrozenDictionary<string, Asset> Files { get; } = new Dictionary<string, Asset>
    {
        ["graphiql.min.js"] = Load("assets.graphiql.min.js", "text/javascript; charset=utf-8"),
        ["graphiql.min.css"] = Load("assets.graphiql.min.css", "text/css; charset=utf-8"),
        ["react.production.min.js"] = Load("assets.react.production.min.js", "text/javascript; charset=utf-8"),
        ["react-dom.production.min.js"] = Load("assets.react-dom.production.min.js", "text/javascript; charset=utf-8"),
    }.ToFrozenDictionary();

    private static readonly string IndexTemplate = System.Text.Encoding.UTF8.GetString(Load("index.html", "text/html").Content);

    /// <summary>The page with its asset links and fetcher pointing at the endpoint path (e.g. "/graphql").</summary>
    public static string IndexHtml(string endpointPath) =>
        IndexTemplate.Replace("{{endpoint}}", System.Net.WebUtility.HtmlEncode(endpointPath), StringComparison.Ordinal);

    public static async Task WriteIndexAsync(HttpContext context, string endpointPath)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/html; charset=utf-8";
        // The page embeds the endpoint URL; revalidate so a moved endpoint is never served stale.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = "Accept";
        await context.Response.WriteAsync(IndexHtml(endpointPath), context.RequestAborted);
    }

    public static async Task WriteAssetAsync(HttpContext context, string name)
    {
        if (!Files.TryGetValue(name, out var asset))
        {
            context.Response.StatusCode = 404;
            return;
        }
        context.Response.Headers.ETag = asset.ETag;
        // Asset names carry no hash, so clients revalidate daily by ETag instead of caching forever.
        context.Response.Headers.CacheControl = "public, max-age=86400";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            context.Response.StatusCode = 304;
            return;
        }
        context.Response.StatusCode = 200;
        context.Response.ContentType = asset.ContentType;
        context.Response.ContentLength = asset.Content.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await context.Response.Body.WriteAsync(asset.Content, context.RequestAborted);
    }

    private static Asset Load(string resource, string contentType)
    {
        using var stream = typeof(GraphiQLAssets).Assembly.GetManifestResourceStream(Prefix + resource)
            ?? throw new InvalidOperationException($"Embedded GraphiQL resource {Prefix + resource} is missing from the build.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new Asset(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
    }
}
