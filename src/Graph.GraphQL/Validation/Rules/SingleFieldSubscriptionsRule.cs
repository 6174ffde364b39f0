using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.2.3.1 Single Root Field: a subscription selects exactly one root field (after CollectFields with no
/// variables), and that field is not an introspection field.
/// </summary>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var fragmentsIndexed = false;
        return new RuleVisitor(node => Enter(context, node, ref fragmentsIndexed));
    }

    private static VisitAction Enter(ValidationContext context, Node node, ref bool fragmentsIndexed)
    {
        if (node is not OperationDefinitionNode { Operation: OperationType.Subscription } operation
            || context.Schema.SubscriptionType is not { } subscriptionType)
            return VisitAction.Continue;

        var fields = new Dictionary<string, List<FieldNode>>();
        var keys = new List<string>();
        // graphql-js charges indexing the document's fragments once, at the first subscription.
        if (!fragmentsIndexed) context.SpendFragmentWork(context.Document.Definitions.Count);
        fragmentsIndexed = true;
        CollectFields(context, subscriptionType, operation.SelectionSet, fields, keys, []);

        var name = operation.Name?.Value;
        if (keys.Count > 1)
            context.ReportError(GraphQLError.At(
                name is not null
                    ? $"Subscription \"{name}\" must select only one top level field."
                    : "Anonymous Subscription must select only one top level field.",
                keys.Skip(1).SelectMany(k => fields[k])));
        foreach (var key in keys)
        {
            var fieldNodes = fields[key];
            if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                context.ReportError(GraphQLError.At(
                    name is not null
                        ? $"Subscription \"{name}\" must not select an introspection top level field."
                        : "Anonymous Subscription must not select an introspection top level field.",
                    fieldNodes));
        }
        return VisitAction.Continue;
    }

    // Spec CollectFields (§6.3.2) for the subscription root, with no variable values.
    private static void CollectFields(ValidationContext context, ObjectType runtimeType, SelectionSetNode selectionSet,
        Dictionary<string, List<FieldNode>> fields, List<string> keys, HashSet<string> visitedFragments)
    {
        ReserveWork(context, selectionSet);
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection)) continue;
            switch (selection)
            {
                case FieldNode field:
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        fields[field.ResponseKey] = list = [];
                        keys.Add(field.ResponseKey);
                    }
                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    if (ConditionMatches(context.Schema, inline.TypeCondition, runtimeType))
                        CollectFields(context, runtimeType, inline.SelectionSet, fields, keys, visitedFragments);
                    break;
                case FragmentSpreadNode spread:
                    if (!visitedFragments.Add(spread.Name.Value)) continue;
                    if (context.GetFragment(spread.Name.Value) is { } fragment
                        && ConditionMatches(context.Schema, fragment.TypeCondition, runtimeType))
                        CollectFields(context, runtimeType, fragment.SelectionSet, fields, keys, visitedFragments);
                    break;
            }
        }
    }

    private static void ReserveWork(ValidationContext context, SelectionSetNode selectionSet)
    {
        context.SpendFragmentWork(selectionSet.Selections.Count);
        foreach (var selection in selectionSet.Selections)
        {
            context.SpendFragmentWork(selection.Directives.Count);
            foreach (var directive in selection.Directives)
                if (directive.Name.Value is "skip" or "include")
                    context.SpendFragmentWork(directive.Arguments.Count);
        }
    }

    // Without variable values only literal conditions can exclude a selection. As in graphql-js, the first directive
    // of a name counts, and of repeated "if" arguments the last.
    private static bool ShouldInclude(SelectionNode selection) =>
        Condition(selection, "skip") is not true && Condition(selection, "include") is not false;

    private static bool? Condition(SelectionNode selection, string directiveName) =>
        (selection.Directives.FirstOrDefault(d => d.Name.Value == directiveName)?
            .Arguments.LastOrDefault(a => a.Name.Value == "if")?.Value as BooleanValueNode)?.Value;

    private static bool ConditionMatches(Schema schema, NamedTypeNode? condition, ObjectType type)
    {
        if (condition is null) return true;
        var conditional = schema.GetType(condition.Name.Value);
        if (ReferenceEquals(conditional, type)) return true;
        return conditional is { IsAbstractType: true } && schema.IsSubType(conditional, type);
    }
}
