using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not a spec rule but part of graphql-js 16's specified rules (its "recommended" rules): an introspection query may
/// nest the list fields fields/interfaces/possibleTypes/inputFields at most twice, which stops exponential responses.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        // Per fragment: the smallest entry depth at which a check passed, or at which it hit the limit.
        var checkedFragments = new Dictionary<string, int>();
        var exceededFragments = new Dictionary<string, int>();

        bool CheckDepth(Node node, Dictionary<string, int> visitedFragments, int depth)
        {
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (exceededFragments.TryGetValue(name, out var exceeded) && exceeded <= depth) return true;
                if ((visitedFragments.TryGetValue(name, out var visited) && visited >= depth)
                    || (checkedFragments.TryGetValue(name, out var checkedAt) && checkedAt >= depth))
                    return false;
                if (context.GetFragment(name) is not { } fragment) return false;
                visitedFragments[name] = depth;
                if (CheckDepth(fragment, visitedFragments, depth))
                {
                    exceededFragments[name] = depth;
                    return true;
                }
                checkedFragments[name] = depth;
                return false;
            }
            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" })
            {
                depth++;
                if (depth >= MaxListsDepth) return true;
            }
            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            return selectionSet is not null && selectionSet.Selections.Any(child => CheckDepth(child, visitedFragments, depth));
        }

        return new RuleVisitor(node =>
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field && CheckDepth(field, [], 0))
            {
                context.ReportError(GraphQLError.At("Maximum introspection depth exceeded", field));
                return VisitAction.Skip;
            }
            return VisitAction.Continue;
        });
    }
}
