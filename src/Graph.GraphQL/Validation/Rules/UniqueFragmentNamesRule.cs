using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.1 Fragment Name Uniqueness.</summary>
public sealed class UniqueFragmentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>();
        return new RuleVisitor(node =>
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    return VisitAction.Skip;
                case FragmentDefinitionNode fragment:
                    var name = fragment.Name;
                    if (known.TryGetValue(name.Value, out var first))
                        context.ReportError(GraphQLError.At($"There can be only one fragment named \"{name.Value}\".", first, name));
                    else known[name.Value] = name;
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        });
    }
}
