namespace CareerGraph.GraphQL.Http;

/// <summary>The response media types of GraphQL over HTTP and the choice between them from an Accept header.</summary>
public static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// GraphQLResponse when the client names it (at a q not below application/json's); Json when the client names
    /// application/json, a wildcard, or sends no Accept at all (the spec's legacy default); null when neither is acceptable.
    /// </summary>
    public static string? Negotiate(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return Json;
        double graphql = 0, json = 0, wildcard = 0;
        foreach (var range in accept.Split(','))
        {
            var parts = range.Split(';');
            var type = parts[0].Trim().ToLowerInvariant();
            var q = 1.0;
            foreach (var parameter in parts.Skip(1))
            {
                var p = parameter.Trim();
                if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase) &&
                    double.TryParse(p[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
                    q = parsed;
            }
            switch (type)
            {
                case GraphQLResponse: graphql = Math.Max(graphql, q); break;
                case Json: json = Math.Max(json, q); break;
                case "*/*" or "application/*": wildcard = Math.Max(wildcard, q); break;
            }
        }
        if (graphql > 0 && graphql >= json) return GraphQLResponse;
        if (json > 0 || wildcard > 0) return Json;
        return null;
    }

    /// <summary>True when a request Content-Type is JSON in UTF-8 (charset absent or utf-8).</summary>
    public static bool IsJsonContent(string? contentType)
    {
        if (contentType is null) return false;
        var parts = contentType.Split(';');
        if (!parts[0].Trim().Equals(Json, StringComparison.OrdinalIgnoreCase)) return false;
        return parts.Skip(1).Select(p => p.Trim()).All(p =>
            !p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase) ||
            p[8..].Trim('"').Equals("utf-8", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>True when the client asks for an HTML page (a browser navigating to the endpoint).</summary>
    public static bool AcceptsHtml(string? accept) =>
        accept is not null && accept.Split(',').Any(r => r.Split(';')[0].Trim().Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
