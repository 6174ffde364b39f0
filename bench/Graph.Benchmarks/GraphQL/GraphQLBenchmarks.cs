using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CareerGraph.GraphQL.Execution;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Tests.TestSchema;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;

namespace CareerGraph.Benchmarks.GraphQL;

/// <summary>Engine cost of one realistic request: parse, validate, execute — with and without the document cache.</summary>
[MemoryDiagnoser]
public class GraphQLBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _document = null!;
    private GraphQLExecutor _cached = null!;
    private GraphQLExecutor _uncached = null!;
    private GraphQLRequest _request = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schema = new TestData().BuildSchema();
        _document = Parser.Parse(CareerQuery.Text);
        _cached = new GraphQLExecutor(_schema);
        _uncached = new GraphQLExecutor(_schema, new ExecutionOptions { DocumentCacheSize = 0 });
        using var variables = JsonDocument.Parse(CareerQuery.VariablesJson);
        _request = new GraphQLRequest(CareerQuery.Text, "Career",
            variables.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()));
        var check = _cached.ExecuteAsync(_request).GetAwaiter().GetResult();
        if (check.Errors.Count > 0) throw new InvalidOperationException("benchmark query fails: " + check.Errors[0]);
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(CareerQuery.Text);

    [Benchmark]
    public int Validate() => Validator.Validate(_schema, _document).Count;

    /// <summary>Validation of a freshly parsed document: what an uncached request pays (Validate reuses one document).</summary>
    [Benchmark]
    public int ParseAndValidate() => Validator.Validate(_schema, Parser.Parse(CareerQuery.Text)).Count;

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> ExecuteCached() => _cached.ExecuteAsync(_request);

    [Benchmark]
    public Task<ExecutionResult> ExecuteUncached() => _uncached.ExecuteAsync(_request);

    [Benchmark]
    public async Task<int> ExecuteCachedAndSerialize()
    {
        var result = await _cached.ExecuteAsync(_request);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer)) result.WriteTo(writer);
        return buffer.WrittenCount;
    }
}
