using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Execution;

/// <summary>Fields grouped by response key, in selection order (spec §6.3.2 CollectFields).</summary>
public sealed class FieldGroups
{
    private readonly List<string> _keys = [];
    private readonly Dictionary<string, List<FieldNode>> _groups = new();

    public int Count => _keys.Count;
    public string KeyAt(int index) => _keys[index];
    public List<FieldNode> FieldsAt(int index) => _groups[_keys[index]];

    internal void Add(string key, FieldNode field)
    {
        if (!_groups.TryGetValue(key, out var list))
        {
            _groups[key] = list = [];
            _keys.Add(key);
        }
        list.Add(field);
    }
}

public static class FieldCollector
{
    public static FieldGroups CollectFields(
        Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType objectType,
        IEnumerable<SelectionSetNode> selectionSets, IReadOnlyDictionary<string, object?> variables)
    {
        var groups = new FieldGroups();
        var visited = new HashSet<string>();
        foreach (var set in selectionSets) Collect(schema, fragments, objectType, set, variables, groups, visited);
        return groups;
    }

    private static void Collect(
        Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, ObjectType objectType,
        SelectionSetNode selectionSet, IReadOnlyDictionary<string, object?> variables, FieldGroups groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ExecutionValues.ShouldInclude(selection.Directives, variables)) continue;
            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field.ResponseKey, field);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(schema, objectType, condition)) continue;
                    Collect(schema, fragments, objectType, inline.SelectionSet, variables, groups, visited);
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (!visited.Add(name)) continue;
                    if (!fragments.TryGetValue(name, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(schema, objectType, fragment.TypeCondition)) continue;
                    Collect(schema, fragments, objectType, fragment.SelectionSet, variables, groups, visited);
                    break;
            }
        }
    }

    private static bool DoesFragmentTypeApply(Schema schema, ObjectType objectType, NamedTypeNode condition)
    {
        var type = schema.GetType(condition.Name.Value);
        if (type is null) return false;
        if (ReferenceEquals(type, objectType)) return true;
        return type.IsAbstractType && schema.IsSubType(type, objectType);
    }
}
