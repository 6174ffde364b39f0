using System.Globalization;
using CareerGraph.Neo4j.Client;

namespace CareerGraph.Api.Configuration;

/// <summary>
/// Every setting the API reads, checked before anything starts: a typo is one line naming the key and the form
/// it accepts (exit 1), instead of a stack trace from the first code that happens to read it. Each setting is a
/// row of data; values are never echoed back when they could hold credentials.
/// </summary>
public static class ConfigurationCheck
{
    private sealed record Setting(string Key, string Accepted, Func<string, bool> IsValid);

    private static readonly Setting[] Settings =
    [
        new("Graph:Store", "\"embedded\" or \"neo4j\"", v => v.Equals("embedded", StringComparison.OrdinalIgnoreCase) || v.Equals("neo4j", StringComparison.OrdinalIgnoreCase)),
        new("Graph:PollSeconds", "a number of seconds greater than 0", v => Number(v) is > 0),
        new("Graph:StartupWaitSeconds", "a number of seconds, 0 or more", v => Number(v) is >= 0),
        new("Graph:StartupRetrySeconds", "a number of seconds greater than 0", v => Number(v) is > 0),
        new("RateLimiting:PermitsPerMinute", "a whole number, 0 or more (0 turns the limit off)", v => Whole(v) is >= 0),
        new("GraphQL:MaxCost", "a whole number, 1 or more", v => Whole(v) is >= 1),
        new("GraphQL:MaxDepth", "a whole number, 1 or more", v => Whole(v) is >= 1),
        new("GraphQL:MaxAliases", "a whole number, 0 or more", v => Whole(v) is >= 0),
        new("GraphQL:MaxFields", "a whole number, 1 or more", v => Whole(v) is >= 1),
        new("GraphQL:MaxTokens", "a whole number, 1 or more", v => Whole(v) is >= 1),
        new("GraphQL:MaxDocumentLength", "a whole number of characters, 1 or more", v => Whole(v) is >= 1),
        new("GraphQL:MaxResponseBytes", "a whole number of bytes, 1024 or more", v => Whole(v) is >= 1024),
        new("GraphQL:TimeoutSeconds", "a number of seconds greater than 0", v => Number(v) is > 0),
        new("GraphQL:GraphiQL", "true or false", v => bool.TryParse(v, out _)),
        new("GraphQL:Introspection", "true or false", v => bool.TryParse(v, out _)),
    ];

    /// <summary>The first problem found, as one line, or null when every setting that is present is well formed.</summary>
    public static string? FindProblem(IConfiguration configuration)
    {
        foreach (var setting in Settings)
        {
            var value = configuration[setting.Key];
            if (value is not null && !setting.IsValid(value.Trim()))
                return $"Configuration {setting.Key} = \"{CareerGraph.GraphQL.Echo.Cut(value, 40)}\" is not valid: use {setting.Accepted}.";
        }
        return Neo4jProblem(configuration);
    }

    private static string? Neo4jProblem(IConfiguration configuration)
    {
        var usesNeo4j = CareerGraph.Api.Graph.GraphOptions.UsesNeo4j(configuration["Graph:Store"]);
        var uriText = configuration["NEO4J_URI"] ?? configuration["Neo4j:Uri"];
        if (uriText is null) return usesNeo4j ? "Graph:Store is neo4j, but NEO4J_URI (or Neo4j:Uri) is not set." : null;
        // The value is never printed: a malformed URI may still carry a user name and password.
        if (!Uri.TryCreate(uriText.Trim(), UriKind.Absolute, out var uri))
            return "NEO4J_URI is not an absolute URI (value not shown, it may hold credentials): use e.g. neo4j://host:7687 or https://host.";
        try
        {
            QueryApiEndpoint.ToHttpUri(uri);
            return null;
        }
        catch (ArgumentException)
        {
            return $"NEO4J_URI has the scheme \"{Echo(uri.Scheme)}\", which Neo4j's Query API cannot be reached by: use http(s)://, neo4j(+s)://, or bolt(+s)://.";
        }

        static string Echo(string text) => CareerGraph.GraphQL.Echo.Cut(text, 20);
    }

    private static double? Number(string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;

    private static long? Whole(string value) =>
        long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue ? n : null;
}
