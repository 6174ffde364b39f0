using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;
using CareerGraph.GraphQL.Validation.Rules;

namespace CareerGraph.GraphQL.Execution;

/// <summary>
/// The request pipeline the transport calls: size limit → parse (token limit) + validate, cached by text →
/// operation selection (§6.1) → operation limits → variable coercion (§6.1.2) → execution with timeout.
/// Every failure becomes a spec-shaped error in the result; only the caller's own cancellation throws.
/// </summary>
public sealed class GraphQLExecutor
{
    private readonly DocumentCache _cache;

    public GraphQLExecutor(Schema schema, ExecutionOptions? options = null)
    {
        Schema = schema;
        Options = options ?? new ExecutionOptions();
        _cache = new DocumentCache(Options.DocumentCacheSize);
    }

    public Schema Schema { get; }
    public ExecutionOptions Options { get; }
    public int CachedDocuments => _cache.Count;

    /// <summary>Parses and validates a document, using the cache.</summary>
    public PreparedDocument Prepare(string query) => _cache.GetOrAdd(query, text =>
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(new Source(text), new ParserOptions(Options.MaxTokens));
        }
        catch (GraphQLSyntaxException e)
        {
            return new PreparedDocument(null, [e.Error]);
        }
        var errors = Validator.Validate(Schema, document, Options.ValidationRules ?? SpecifiedRules.All);
        return new PreparedDocument(errors.Count == 0 ? document : null, errors);
    });

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, object? context = null, CancellationToken cancellationToken = default)
    {
        try
        {
            return await ExecuteCoreAsync(request, context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A defect in the engine or a validation rule must still produce a spec-shaped response.
            Options.OnUnexpectedError?.Invoke(e);
            return ExecutionResult.RequestError(new GraphQLError("Unexpected error while executing the request."));
        }
    }

    private async Task<ExecutionResult> ExecuteCoreAsync(GraphQLRequest request, object? context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(request.Query)) return ExecutionResult.RequestError(new GraphQLError("Must provide query string."));
        if (Options.MaxDocumentLength is { } maxLength && request.Query.Length > maxLength)
            return ExecutionResult.RequestError(new GraphQLError(
                $"Document is {request.Query.Length} characters long, which exceeds the limit of {maxLength}."));

        var prepared = Prepare(request.Query);
        if (prepared.Document is not { } document) return ExecutionResult.RequestError(prepared.Errors);

        var operation = SelectOperation(document, request.OperationName, out var operationError);
        if (operation is null) return ExecutionResult.RequestError(operationError!);

        var (variables, variableErrors) = ExecutionValues.CoerceVariableValues(
            Schema, operation.VariableDefinitions, request.Variables, Options.MaxVariableErrors);
        if (variableErrors.Count > 0) return ExecutionResult.RequestError(variableErrors);

        // Measured with the variables, because a list's size can be a variable ($first).
        var measure = OperationLimits.Measure(Schema, document, operation, variables, Options.DefaultListSize);
        var limitErrors = OperationLimits.Check(measure, Options);
        if (limitErrors.Count > 0) return ExecutionResult.RequestError(limitErrors);
        var result = await RunAsync(document, operation, variables, context, cancellationToken).ConfigureAwait(false);
        return WantsCostReport(request) ? result.WithExtension("cost", CostReport(measure)) : result;
    }

    /// <summary>A client asks for the computed cost with the request extension <c>"cost": true</c>.</summary>
    private static bool WantsCostReport(GraphQLRequest request) =>
        request.Extensions?.TryGetValue("cost", out var asked) == true && asked is true or "report";

    private Dictionary<string, object?> CostReport(OperationMeasure measure) => new()
    {
        ["requestedQueryCost"] = measure.Cost,
        ["maximumAvailable"] = Options.MaxCost,
    };

    private async Task<ExecutionResult> RunAsync(DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, object? context, CancellationToken cancellationToken)
    {
        var rootType = Schema.GetRootType(operation.Operation);
        // graphql-js raises this inside execution, so the response carries "data": null.
        if (rootType is null)
            return new ExecutionResult
            {
                HasData = true,
                Errors = [GraphQLError.At($"Schema is not configured to execute {Printer.OperationName(operation.Operation)} operation.", operation)],
            };

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (Options.Timeout is { } limit) timeout.CancelAfter(limit);
        var engine = new ExecutionEngine(Schema, document, operation, variables, context, Options.MaskExceptions, timeout.Token);
        try
        {
            var data = await engine.ExecuteOperationAsync(rootType, Options.RootValue).ConfigureAwait(false);
            return new ExecutionResult { Data = data, HasData = true, Errors = engine.Errors, UnexpectedErrors = engine.Unexpected };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && timeout.IsCancellationRequested)
        {
            return new ExecutionResult
            {
                HasData = true,
                Errors = [new GraphQLError($"Execution timed out after {Options.Timeout!.Value.TotalMilliseconds:0} ms.")],
            };
        }
    }

    /// <summary>Spec §6.1 GetOperation.</summary>
    public static OperationDefinitionNode? SelectOperation(DocumentNode document, string? operationName, out GraphQLError? error)
    {
        error = null;
        var operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        if (string.IsNullOrEmpty(operationName))
        {
            if (operations.Count == 1) return operations[0];
            error = new GraphQLError(operations.Count == 0
                ? "Must provide an operation."
                : "Must provide operation name if query contains multiple operations.");
            return null;
        }
        var operation = operations.FirstOrDefault(o => o.Name?.Value == operationName);
        if (operation is null) error = new GraphQLError($"Unknown operation named \"{operationName}\".");
        return operation;
    }
}
