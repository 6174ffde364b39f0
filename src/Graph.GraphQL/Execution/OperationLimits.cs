using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;

namespace CareerGraph.GraphQL.Execution;

/// <summary>Size of an operation with fragments expanded: nesting depth, aliases, field selections and cost.</summary>
public sealed record OperationMeasure(int Depth, long Aliases, long Fields, long Cost, FieldNode? DeepestField);

/// <summary>
/// Measures an operation before execution so oversized requests are refused cheaply. Fragments are measured
/// once each (memoised), so documents that spread fragments many times cannot make the measurement explode, and
/// every total saturates at <see cref="long.MaxValue"/> instead of wrapping.
/// </summary>
/// <remarks>
/// Cost follows the IBM GraphQL Cost Directive specification: a field costs its own weight (@cost, default 0)
/// plus, for each object it returns, 1 and the cost of the selection under it. A list field returns as many
/// objects as its slicing argument asks for (its default when omitted) or its @listSize(assumedSize:), else
/// <see cref="ExecutionOptions.DefaultListSize"/>. So a short query that nests lists is priced by what it would
/// produce, not by its length.
/// </remarks>
public static class OperationLimits
{
    private static readonly OperationMeasure Empty = new(0, 0, 0, 0, null);

    public static OperationMeasure Measure(Schema schema, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? variables = null, int defaultListSize = 10)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        variables ??= new Dictionary<string, object?>();
        // Memo per sizing context: a fragment under a connection (whose edges/nodes are sized by the connection
        // field's argument) measures differently from the same fragment elsewhere.
        var memo = new Dictionary<object, Dictionary<string, OperationMeasure>>(ReferenceEqualityComparer.Instance);
        var inProgress = new HashSet<(string, object)>();
        var noSizes = new Dictionary<string, long>();
        return MeasureSet(schema.GetRootType(operation.Operation), operation.SelectionSet, noSizes);

        OperationMeasure MeasureSet(NamedType? parentType, SelectionSetNode set, Dictionary<string, long> sizedChildren)
        {
            int depth = 0;
            long aliases = 0, fields = 0, cost = 0;
            FieldNode? deepest = null;
            foreach (var selection in set.Selections)
            {
                OperationMeasure inner;
                switch (selection)
                {
                    case FieldNode field:
                        inner = MeasureField(parentType, field, sizedChildren);
                        break;
                    case InlineFragmentNode inline:
                        inner = MeasureSet(inline.TypeCondition is { } c ? schema.GetType(c.Name.Value) : parentType,
                            inline.SelectionSet, sizedChildren);
                        break;
                    case FragmentSpreadNode spread:
                        inner = MeasureFragment(spread.Name.Value, sizedChildren);
                        break;
                    default:
                        continue;
                }
                if (inner.Depth > depth) (depth, deepest) = (inner.Depth, inner.DeepestField);
                aliases = Saturating.Add(aliases, inner.Aliases);
                fields = Saturating.Add(fields, inner.Fields);
                cost = Saturating.Add(cost, inner.Cost);
            }
            return new OperationMeasure(depth, aliases, fields, cost, deepest);
        }

        OperationMeasure MeasureField(NamedType? parentType, FieldNode field, Dictionary<string, long> sizedChildren)
        {
            var fieldDef = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
            var returned = fieldDef?.Type.NamedType;
            var composite = returned is ObjectType or InterfaceType or UnionType;
            var sizeOfChildren = noSizes;
            long count = 1;
            if (fieldDef is not null)
            {
                if (fieldDef.ListSize is { SizedFields.Count: > 0 } sized)
                {
                    var size = ListSizeOf(fieldDef, field);
                    sizeOfChildren = sized.SizedFields.ToDictionary(name => name, _ => size);
                }
                else if (sizedChildren.TryGetValue(field.Name.Value, out var given)) count = given;
                else if (fieldDef.Type.Nullable is ListType) count = ListSizeOf(fieldDef, field);
            }
            var child = field.SelectionSet is null ? Empty : MeasureSet(returned, field.SelectionSet, sizeOfChildren);
            var perItem = Saturating.Add(composite ? 1 : 0, child.Cost);
            // Introspection reads the in-memory schema and is bounded by the introspection-depth rule; pricing it
            // like data would refuse the standard introspection query that tools send.
            var introspection = field.Name.Value.StartsWith("__", StringComparison.Ordinal)
                || (parentType is not null && Introspection.IsIntrospectionType(parentType));
            var cost = introspection ? 0 : Saturating.Add(fieldDef?.Cost ?? 0, Saturating.Multiply(count, perItem));
            return new OperationMeasure(child.Depth + 1, Saturating.Add(child.Aliases, field.Alias is null ? 0 : 1),
                Saturating.Add(child.Fields, 1), cost, child.DeepestField ?? field);
        }

        long ListSizeOf(FieldDefinition fieldDef, FieldNode field)
        {
            var listSize = fieldDef.ListSize;
            if (listSize is { SlicingArguments.Count: > 0 })
            {
                long? sliced = null;
                foreach (var name in listSize.SlicingArguments)
                    if (SlicingValue(fieldDef, field, name) is { } value) sliced = Math.Max(sliced ?? 0, value);
                if (sliced is { } size) return size;
            }
            return listSize?.AssumedSize ?? defaultListSize;
        }

        long? SlicingValue(FieldDefinition fieldDef, FieldNode field, string argumentName)
        {
            var definition = fieldDef.GetArgument(argumentName);
            if (definition is null) return null;
            var argument = field.Arguments.FirstOrDefault(a => a.Name.Value == argumentName);
            object? value = argument?.Value switch
            {
                null => definition.HasDefaultValue ? definition.DefaultValue : null,
                IntValueNode i => long.TryParse(i.Value, out var n) ? n : long.MaxValue,
                VariableNode v => variables.TryGetValue(v.Name.Value, out var given) ? given
                    : definition.HasDefaultValue ? definition.DefaultValue : null,
                _ => null,
            };
            // A value the resolver will refuse (negative, null) still must not make the estimate smaller than 0.
            return value switch { int n => Math.Max(n, 0), long n => Math.Max(n, 0), _ => null };
        }

        OperationMeasure MeasureFragment(string name, Dictionary<string, long> sizedChildren)
        {
            if (!memo.TryGetValue(sizedChildren, out var known)) memo[sizedChildren] = known = [];
            if (known.TryGetValue(name, out var measure)) return measure;
            if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add((name, sizedChildren))) return Empty;
            measure = MeasureSet(schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet, sizedChildren);
            inProgress.Remove((name, sizedChildren));
            return known[name] = measure;
        }
    }

    /// <summary>Errors for every limit the measure exceeds, each with a machine-readable code and the figures.</summary>
    public static IReadOnlyList<GraphQLError> Check(OperationMeasure measure, ExecutionOptions options)
    {
        var errors = new List<GraphQLError>();
        if (options.MaxDepth is { } maxDepth && measure.Depth > maxDepth)
            errors.Add(GraphQLError.At($"Operation depth {measure.Depth} exceeds the maximum allowed depth of {maxDepth}.", measure.DeepestField)
                with { Extensions = Limit("MAX_DEPTH", measure.Depth, maxDepth) });
        if (options.MaxAliases is { } maxAliases && measure.Aliases > maxAliases)
            errors.Add(new GraphQLError($"Operation uses {Count(measure.Aliases)} aliases, which exceeds the limit of {maxAliases}.",
                Extensions: Limit("MAX_ALIASES", measure.Aliases, maxAliases)));
        if (options.MaxFields is { } maxFields && measure.Fields > maxFields)
            errors.Add(new GraphQLError($"Operation selects {Count(measure.Fields)} fields, which exceeds the limit of {maxFields}.",
                Extensions: Limit("MAX_FIELDS", measure.Fields, maxFields)));
        if (options.MaxCost is { } maxCost && measure.Cost > maxCost)
            errors.Add(new GraphQLError($"Operation cost {Count(measure.Cost)} exceeds the budget of {maxCost}.",
                Extensions: Limit("COST_LIMIT_EXCEEDED", measure.Cost, maxCost)));
        return errors;
    }

    private static string Count(long value) => value == long.MaxValue ? $"more than {long.MaxValue - 1}" : value.ToString();

    private static Dictionary<string, object?> Limit(string code, long value, long limit) =>
        new() { ["code"] = code, ["value"] = value, ["limit"] = limit };
}

/// <summary>Arithmetic for limits: a total that would overflow stays at the largest value instead of wrapping.</summary>
public static class Saturating
{
    public static long Add(long a, long b)
    {
        var sum = unchecked(a + b);
        return ((a ^ sum) & (b ^ sum)) < 0 ? (a < 0 ? long.MinValue : long.MaxValue) : sum;
    }

    public static long Multiply(long a, long b)
    {
        if (a == 0 || b == 0) return 0;
        return a > long.MaxValue / b ? long.MaxValue : a * b;
    }
}
