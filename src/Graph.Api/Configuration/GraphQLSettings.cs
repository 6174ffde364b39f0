using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Http;
using CareerGraph.GraphQL.Validation.Rules;

namespace CareerGraph.Api.Configuration;

/// <summary>
/// Configuration section "GraphQL": the limits a client can rely on and the switches for GraphiQL and
/// introspection (checked by <see cref="ConfigurationCheck"/> before binding).
/// </summary>
public sealed class GraphQLSettings
{
    public const string Section = "GraphQL";

    public int MaxCost { get; set; } = 10_000;
    public int MaxDepth { get; set; } = 15;
    public int MaxAliases { get; set; } = 50;
    public int MaxFields { get; set; } = 1_000;
    public int MaxTokens { get; set; } = 15_000;
    public int MaxDocumentLength { get; set; } = 100_000;
    public long MaxResponseBytes { get; set; } = 4 * 1024 * 1024;
    public double TimeoutSeconds { get; set; } = 30;
    public bool GraphiQL { get; set; } = true;
    public bool Introspection { get; set; } = true;

    public static GraphQLSettings From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<GraphQLSettings>() ?? new GraphQLSettings();

    public ExecutionOptions ExecutionOptions() => new()
    {
        MaskExceptions = true,
        MaxCost = MaxCost,
        MaxDepth = MaxDepth,
        MaxAliases = MaxAliases,
        MaxFields = MaxFields,
        MaxTokens = MaxTokens,
        MaxDocumentLength = MaxDocumentLength,
        Timeout = TimeSpan.FromSeconds(TimeoutSeconds),
        ValidationRules = Introspection ? null : [.. SpecifiedRules.All, new NoSchemaIntrospectionCustomRule()],
    };

    public void Apply(GraphQLHttpOptions http)
    {
        http.EnableGraphiQL = GraphiQL;
        http.MaxResponseBytes = MaxResponseBytes;
        http.RequestTimeout = TimeSpan.FromSeconds(TimeoutSeconds);
    }
}
