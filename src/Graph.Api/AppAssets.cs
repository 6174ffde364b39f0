using System.Collections.Frozen;
using System.Security.Cryptography;

namespace CareerGraph.Api;

/// <summary>
/// The counsellor web app served at "/": its page, script and stylesheet are built from tools/app (build.sh) and
/// embedded in this assembly, so `dotnet run` serves it on a machine without node. The page talks only to /graphql;
/// its Content-Security-Policy keeps every request on this host.
/// </summary>
public static class AppAssets
{
    private sealed record Asset(byte[] Content, string ContentType, string ETag);

    private const string Csp = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static readonly FrozenDictionary<string, Asset> Files = new Dictionary<string, Asset>
    {
        ["index.html"] = Load("index.html", "text/html; charset=utf-8"),
        ["app.js"] = Load("app.js", "text/javascript; charset=utf-8"),
        ["app.css"] = Load("app.css", "text/css; charset=utf-8"),
    }.ToFrozenDictionary();

    public static void MapCounsellorApp(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/", ["GET", "HEAD"], (HttpContext c) => Write(c, "index.html", "no-cache"));
        app.MapMethods("/app/{name}", ["GET", "HEAD"], (HttpContext c, string name) =>
            // Asset names carry no hash: revalidate by ETag daily rather than caching forever.
            Files.ContainsKey(name) && name != "index.html" ? Write(c, name, "public, max-age=86400") : Results.NotFound());
    }

    private static IResult Write(HttpContext context, string name, string cacheControl)
    {
        var asset = Files[name];
        var headers = context.Response.Headers;
        headers.ETag = asset.ETag;
        headers.CacheControl = cacheControl;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = Csp;
        headers["Referrer-Policy"] = "no-referrer";
        return context.Request.Headers.IfNoneMatch.Contains(asset.ETag)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(asset.Content, asset.ContentType);
    }

    private static Asset Load(string name, string contentType)
    {
        var resource = "CareerGraph.Api.App." + name;
        using var stream = typeof(AppAssets).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded app resource {resource} is missing from the build (tools/app/build.sh).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        return new Asset(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"");
    }
}
