namespace CareerGraph.Standards.Tests.Export;

using System.Text.Json;
using CareerGraph.Standards.Export;
using Json.Schema;

/// <summary>One place where the export meets a problem: the instance location (JSON pointer) and what is wrong there.</summary>
public sealed record SchemaViolation(string Pointer, string Message)
{
    public override string ToString() => $"{(Pointer.Length == 0 ? "/" : Pointer)}: {Message}";
}

/// <summary>
/// docs/extract.schema.json (embedded in Graph.Standards as the same file) checked by JsonSchema.Net, a maintained
/// draft 2020-12 validator. Shared as source with the loader's tests.
/// </summary>
public static class ExtractSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(ExtractFormat.SchemaText()));

    public static IReadOnlyList<SchemaViolation> Violations(JsonElement instance)
    {
        var results = Schema.Value.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => new SchemaViolation(d.InstanceLocation.ToString(), $"{e.Key}: {e.Value}")))
            .ToList();
    }
}
