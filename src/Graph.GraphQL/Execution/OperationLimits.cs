using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Validation;

namespace CareerGraph.GraphQL.Execution;

/// <summary>Size of an operation with fragments expanded: nesting depth, aliases, field selections and cost.</summary>
public sealed record OperationMeasure(int Depth, int Aliases, int Fields, long Cost, FieldNode? DeepestField);

/// <summary>
/// Measures an operation before execution so oversized requests are refused cheaply. Fragments are measured
/// once each (memoised), so documents that spread fragments many times cannot make the measurement explode.
/// </summary>
public static class OperationLimits
{
    public static OperationMeasure Measure(Schema schema, DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>()
            .GroupBy(f => f.Name.Value).ToDictionary(g => g.Key, g => g.First());
        var memo = new Dictionary<string, OperationMeasure>();
        var inProgress = new HashSet<string>();
        return MeasureSet(schema.GetRootType(operation.Operation), operation.SelectionSet);

        OperationMeasure MeasureSet(NamedType? parentType, SelectionSetNode set)
        {
            int depth = 0, aliases = 0, fields = 0;
            long cost = 0;
            FieldNode? deepest = null;
            foreach (var selection in set.Selections)
            {
                OperationMeasure inner;
                switch (selection)
                {
                    case FieldNode field:
                    {
                        var fieldDef = parentType is null ? null : TypeInfo.GetFieldDef(schema, parentType, field.Name.Value);
                        var child = field.SelectionSet is null
                            ? new OperationMeasure(0, 0, 0, 0, null)
                            : MeasureSet(fieldDef?.Type.NamedType, field.SelectionSet);
                        inner = new OperationMeasure(child.Depth + 1, child.Aliases + (field.Alias is null ? 0 : 1),
                            child.Fields + 1, child.Cost + (fieldDef?.Cost ?? 1), child.DeepestField ?? field);
                        break;
                    }
                    case InlineFragmentNode inline:
                        inner = MeasureSet(inline.TypeCondition is { } c ? schema.GetType(c.Name.Value) : parentType, inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        inner = MeasureFragment(spread.Name.Value);
                        break;
                    default:
                        continue;
                }
                if (inner.Depth > depth) (depth, deepest) = (inner.Depth, inner.DeepestField);
                aliases += inner.Aliases;
                fields += inner.Fields;
                cost += inner.Cost;
            }
            return new OperationMeasure(depth, aliases, fields, cost, deepest);
        }

        OperationMeasure MeasureFragment(string name)
        {
            if (memo.TryGetValue(name, out var known)) return known;
            if (!fragments.TryGetValue(name, out var fragment) || !inProgress.Add(name)) return new OperationMeasure(0, 0, 0, 0, null);
            var measure = MeasureSet(schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);
            inProgress.Remove(name);
            return memo[name] = measure;
        }
    }

    /// <summary>Errors for every limit the measure exceeds.</summary>
    public static IReadOnlyList<GraphQLError> Check(OperationMeasure measure, ExecutionOptions options)
    {
        var errors = new List<GraphQLError>();
        if (options.MaxDepth is { } maxDepth && measure.Depth > maxDepth)
            errors.Add(GraphQLError.At($"Operation depth {measure.Depth} exceeds the maximum allowed depth of {maxDepth}.", measure.DeepestField));
        if (options.MaxAliases is { } maxAliases && measure.Aliases > maxAliases)
            errors.Add(new GraphQLError($"Operation uses {measure.Aliases} aliases, which exceeds the limit of {maxAliases}."));
        if (options.MaxFields is { } maxFields && measure.Fields > maxFields)
            errors.Add(new GraphQLError($"Operation selects {measure.Fields} fields, which exceeds the limit of {maxFields}."));
        if (options.MaxCost is { } maxCost && measure.Cost > maxCost)
            errors.Add(new GraphQLError($"Operation cost {measure.Cost} exceeds the budget of {maxCost}."));
        return errors;
    }
}
