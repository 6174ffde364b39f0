using System.Collections;
using System.Collections.Concurrent;
using System.Text.Json;
using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;

namespace CareerGraph.GraphQL.Execution;

/// <summary>
/// Executes one operation (spec §6.2–6.4): query fields in parallel, mutation fields serially, value completion
/// with non-null propagation (§6.4.4), list completion, abstract type resolution, located field errors.
/// </summary>
internal sealed class ExecutionEngine
{
    /// <summary>Thrown for a field error that must propagate to the parent because the field is non-null.</summary>
    private sealed class FieldError(GraphQLError error) : Exception(error.Message)
    {
        public GraphQLError Error { get; } = error;
    }

    private static readonly object SkipField = new();

    private readonly Schema _schema;
    private readonly IReadOnlyDictionary<string, FragmentDefinitionNode> _fragments;
    private readonly OperationDefinitionNode _operation;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly object? _context;
    private readonly CancellationToken _cancellation;
    private readonly bool _maskExceptions;
    private readonly List<GraphQLError> _errors = [];
    private readonly List<UnexpectedError> _unexpected = [];
    private readonly ConcurrentDictionary<(ObjectType, List<FieldNode>), FieldGroups> _subfields = new(SubfieldKeyComparer.Instance);

    public ExecutionEngine(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, object? context, bool maskExceptions, CancellationToken cancellation)
    {
        _schema = schema;
        _fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        _operation = operation;
        _variables = variables;
        _context = context;
        _maskExceptions = maskExceptions;
        _cancellation = cancellation;
    }

    public IReadOnlyList<GraphQLError> Errors
    {
        get { lock (_errors) return _errors.ToList(); }
    }

    /// <summary>Resolver exceptions that were not GraphQL errors, kept whole so the transport can log them.</summary>
    public IReadOnlyList<UnexpectedError> Unexpected
    {
        get { lock (_unexpected) return _unexpected.ToList(); }
    }

    private void Record(GraphQLError error)
    {
        lock (_errors) _errors.Add(error);
    }

    public async Task<ResultMap?> ExecuteOperationAsync(ObjectType rootType, object? rootValue)
    {
        var fields = FieldCollector.CollectFields(_schema, _fragments, rootType, [_operation.SelectionSet], _variables);
        try
        {
            return (ResultMap?)(_operation.Operation == OperationType.Mutation
                ? await ExecuteFieldsSerially(rootType, rootValue, fields).ConfigureAwait(false)
                : await ExecuteFields(rootType, rootValue, null, fields).ConfigureAwait(false));
        }
        catch (FieldError e)
        {
            Record(e.Error);
            return null;
        }
    }

    private bool IsAbort(Exception e) => e is OperationCanceledException && _cancellation.IsCancellationRequested;

    private async ValueTask<object?> ExecuteFieldsSerially(ObjectType type, object? source, FieldGroups fields)
    {
        var map = new ResultMap(fields.Count);
        for (var i = 0; i < fields.Count; i++)
        {
            var key = fields.KeyAt(i);
            var value = await ExecuteField(type, source, fields.FieldsAt(i), new ResponsePath(null, key)).ConfigureAwait(false);
            if (value == SkipField) map.Omit(i);
            else map.Set(i, key, value);
        }
        return map;
    }

    private ValueTask<object?> ExecuteFields(ObjectType type, object? source, ResponsePath? path, FieldGroups fields)
    {
        var map = new ResultMap(fields.Count);
        List<Task>? pending = null;
        try
        {
            for (var i = 0; i < fields.Count; i++)
            {
                var key = fields.KeyAt(i);
                var value = ExecuteField(type, source, fields.FieldsAt(i), new ResponsePath(path, key));
                if (value.IsCompletedSuccessfully) Store(map, i, key, value.Result);
                else (pending ??= []).Add(StoreWhenDone(map, i, key, value));
            }
        }
        catch (FieldError error) when (pending is not null)
        {
            // A non-null field failed synchronously: let started siblings finish before propagating.
            return new ValueTask<object?>(RethrowAfter(pending, error));
        }
        return pending is null ? new ValueTask<object?>(map) : new ValueTask<object?>(AwaitAll(map, pending));

        static async Task<object?> RethrowAfter(List<Task> started, FieldError error)
        {
            try { await Task.WhenAll(started).ConfigureAwait(false); }
            catch (FieldError) { }
            throw error;
        }
    }

    private static void Store(ResultMap map, int index, string key, object? value)
    {
        if (value == SkipField) map.Omit(index);
        else map.Set(index, key, value);
    }

    private static async Task StoreWhenDone(ResultMap map, int index, string key, ValueTask<object?> value) =>
        Store(map, index, key, await value.ConfigureAwait(false));

    private static async Task<object?> AwaitAll(ResultMap map, List<Task> pending)
    {
        await Task.WhenAll(pending).ConfigureAwait(false);
        return map;
    }

    private ValueTask<object?> ExecuteField(ObjectType parentType, object? source, List<FieldNode> fieldNodes, ResponsePath path)
    {
        var fieldNode = fieldNodes[0];
        var fieldDef = TypeInfo.GetFieldDef(_schema, parentType, fieldNode.Name.Value);
        if (fieldDef is null) return new ValueTask<object?>(SkipField);
        var returnType = fieldDef.Type;
        try
        {
            _cancellation.ThrowIfCancellationRequested();
            // Fast path for the most common field: a leaf read from the parent by the default resolver.
            if (fieldDef.Resolver is null && returnType.Nullable is ScalarType or EnumType)
            {
                var raw = DefaultResolve(fieldDef, source);
                if (raw is JsonElement json) raw = JsonInput.ToPlain(json);
                var leaf = raw is null ? null : SerializeLeaf((NamedType)returnType.Nullable, raw);
                if (leaf is null && returnType is NonNullType) throw NullError(parentType.Name, fieldDef.Name);
                return new ValueTask<object?>(leaf);
            }
            var arguments = ExecutionValues.GetArgumentValues(fieldDef.Arguments, fieldNode.Arguments, fieldNode, _variables);
            var context = new FieldContext
            {
                Parent = source,
                Arguments = arguments,
                Context = _context,
                CancellationToken = _cancellation,
                Field = fieldDef,
                ParentType = parentType,
                FieldNodes = fieldNodes,
                Path = path,
                Schema = _schema,
                Operation = _operation,
                Variables = _variables,
            };
            var resolved = fieldDef.Resolver is { } resolver ? resolver(context) : new ValueTask<object?>(DefaultResolve(fieldDef, source));
            if (!resolved.IsCompletedSuccessfully) return CompleteAfterResolve(resolved, context, path);
            var completed = CompleteValue(returnType, context, path, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletion(completed, context, path);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            return new ValueTask<object?>(HandleFieldError(e, returnType, fieldNodes, path));
        }
    }

    private async ValueTask<object?> CompleteAfterResolve(ValueTask<object?> resolved, FieldContext context, ResponsePath path)
    {
        try
        {
            var result = await resolved.ConfigureAwait(false);
            return await CompleteValue(context.Field.Type, context, path, result).ConfigureAwait(false);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            return HandleFieldError(e, context.Field.Type, context.FieldNodes, path);
        }
    }

    private async ValueTask<object?> AwaitCompletion(ValueTask<object?> completion, FieldContext context, ResponsePath path)
    {
        try
        {
            return await completion.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            return HandleFieldError(e, context.Field.Type, context.FieldNodes, path);
        }
    }

    private static object? DefaultResolve(FieldDefinition field, object? source) =>
        source is null ? null : field.Accessors.Get(source.GetType(), field.Name)(source);

    /// <summary>Spec §6.4.4: a nullable position absorbs the error (null + recorded); non-null re-throws to the parent.</summary>
    private object? HandleFieldError(Exception exception, GraphQLType returnType, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var error = exception is FieldError fieldError ? fieldError.Error : Locate(exception, fieldNodes, path);
        if (returnType is NonNullType) throw exception as FieldError ?? new FieldError(error);
        Record(error);
        return null;
    }

    private GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path)
    {
        var message = exception switch
        {
            GraphQLException g => g.Errors[0].Message,
            CoercionException c => c.Message,
            _ when _maskExceptions => "Unexpected error.",
            _ => exception.Message,
        };
        if (exception is not (GraphQLException or CoercionException))
            lock (_unexpected) _unexpected.Add(new UnexpectedError(exception, path.ToList()));
        var locations = exception is GraphQLException { Errors: [{ Locations: { Count: > 0 } explicitLocations }, ..] }
            ? explicitLocations
            : fieldNodes.Where(f => f.Location is not null).Select(f => new SourceLocation(f.Location!.Line, f.Location.Column)).ToList();
        var extensions = exception is GraphQLException ge ? ge.Errors[0].Extensions : null;
        return new GraphQLError(message, locations, path.ToList(), extensions);
    }

    private ValueTask<object?> CompleteValue(GraphQLType returnType, FieldContext context, ResponsePath path, object? result)
    {
        if (returnType is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, context, path, result);
            if (!inner.IsCompletedSuccessfully) return AwaitNonNull(inner, context);
            return inner.Result is null ? throw NullError(context) : inner;
        }
        if (result is JsonElement json) result = JsonInput.ToPlain(json) is var plain && json.ValueKind == JsonValueKind.Object ? json : plain;
        if (result is null) return new ValueTask<object?>((object?)null);
        switch (returnType)
        {
            case ListType list:
                return CompleteList(list.OfType, context, path, result);
            case ScalarType or EnumType:
                return new ValueTask<object?>(SerializeLeaf((NamedType)returnType, result));
            case ObjectType objectType:
                return CompleteObject(objectType, context, path, result);
            default:
                return CompleteObject(ResolveRuntimeType((NamedType)returnType, context, result), context, path, result);
        }
    }

    private static object SerializeLeaf(NamedType type, object result) => type is EnumType enumType
        ? enumType.Serialize(result)
        : ((ScalarType)type).Serialize(result) ?? throw new GraphQLException(
            $"Expected `{type.Name}.serialize({Scalars.Inspect(result)})` to return non-nullable value, returned: null");

    private static GraphQLException NullError(FieldContext context) => NullError(context.ParentType.Name, context.FieldName);

    private static GraphQLException NullError(string typeName, string fieldName) =>
        new($"Cannot return null for non-nullable field {typeName}.{fieldName}.");

    private static async ValueTask<object?> AwaitNonNull(ValueTask<object?> inner, FieldContext context) =>
        await inner.ConfigureAwait(false) ?? throw NullError(context);

    private ValueTask<object?> CompleteList(GraphQLType itemType, FieldContext context, ResponsePath path, object result)
    {
        if (result is string || result is not IEnumerable items || result is IDictionary ||
            result is IEnumerable<KeyValuePair<string, object?>>)
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{context.ParentType.Name}.{context.FieldName}\".");

        var completed = new List<object?>();
        List<Task>? pending = null;
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index);
            var slot = index++;
            completed.Add(null);
            ValueTask<object?> value;
            try
            {
                value = CompleteValue(itemType, context, itemPath, item);
            }
            catch (Exception e) when (!IsAbort(e))
            {
                completed[slot] = HandleFieldError(e, itemType, context.FieldNodes, itemPath);
                continue;
            }
            if (value.IsCompletedSuccessfully) completed[slot] = value.Result;
            else (pending ??= []).Add(CompleteItemLater(value, completed, slot, itemType, context, itemPath));
        }
        return pending is null ? new ValueTask<object?>(completed) : AwaitList(completed, pending);
    }

    private async Task CompleteItemLater(ValueTask<object?> value, List<object?> completed, int slot, GraphQLType itemType,
        FieldContext context, ResponsePath itemPath)
    {
        try
        {
            completed[slot] = await value.ConfigureAwait(false);
        }
        catch (Exception e) when (!IsAbort(e))
        {
            completed[slot] = HandleFieldError(e, itemType, context.FieldNodes, itemPath);
        }
    }

    private static async ValueTask<object?> AwaitList(List<object?> completed, List<Task> pending)
    {
        await Task.WhenAll(pending).ConfigureAwait(false);
        return completed;
    }

    private ValueTask<object?> CompleteObject(ObjectType objectType, FieldContext context, ResponsePath path, object result)
    {
        if (objectType.IsTypeOf is { } isTypeOf && !isTypeOf(result))
            throw new GraphQLException($"Expected value of type \"{objectType.Name}\" but got: {Scalars.Inspect(result)}.");
        var fieldNodes = (List<FieldNode>)context.FieldNodes;
        if (!_subfields.TryGetValue((objectType, fieldNodes), out var subfields))
        {
            subfields = FieldCollector.CollectFields(_schema, _fragments, objectType,
                fieldNodes.Where(f => f.SelectionSet is not null).Select(f => f.SelectionSet!), _variables);
            _subfields.TryAdd((objectType, fieldNodes), subfields);
        }
        return ExecuteFields(objectType, result, path, subfields);
    }

    /// <summary>resolveType delegate → mapped CLR type → "__typename" key → isTypeOf of the possible types.</summary>
    private ObjectType ResolveRuntimeType(NamedType abstractType, FieldContext context, object value)
    {
        var resolver = abstractType switch { InterfaceType i => i.ResolveType, UnionType u => u.ResolveType, _ => null };
        var typeName = resolver?.Invoke(value, context);
        NamedType? runtimeType = typeName is null ? null : _schema.GetType(typeName);
        if (typeName is null)
        {
            runtimeType = _schema.GetObjectTypeForClr(value.GetType());
            typeName = runtimeType?.Name ?? value switch
            {
                IReadOnlyDictionary<string, object?> d => d.GetValueOrDefault("__typename") as string,
                IDictionary<string, object?> d => d.TryGetValue("__typename", out var t) ? t as string : null,
                JsonElement { ValueKind: JsonValueKind.Object } e when e.TryGetProperty("__typename", out var t) => t.GetString(),
                _ => null,
            };
            runtimeType ??= typeName is null ? null : _schema.GetType(typeName);
            if (typeName is null)
            {
                runtimeType = _schema.GetPossibleTypes(abstractType).FirstOrDefault(t => t.IsTypeOf?.Invoke(value) == true);
                typeName = runtimeType?.Name;
            }
        }
        if (typeName is null)
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.ParentType.Name}.{context.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        if (runtimeType is null)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        if (!_schema.IsSubType(abstractType, objectType))
            throw new GraphQLException($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }

    private sealed class SubfieldKeyComparer : IEqualityComparer<(ObjectType, List<FieldNode>)>
    {
        public static readonly SubfieldKeyComparer Instance = new();
        public bool Equals((ObjectType, List<FieldNode>) x, (ObjectType, List<FieldNode>) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);
        public int GetHashCode((ObjectType, List<FieldNode>) key) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item1),
                System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Item2));
    }
}
