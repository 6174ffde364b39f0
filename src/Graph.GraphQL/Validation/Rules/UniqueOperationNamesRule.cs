using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.1.1 Operation Name Uniqueness: each named operation's name is unique in the document.</summary>
public sealed class UniqueOperationNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var known = new Dictionary<string, NameNode>();
        return new RuleVisitor(node =>
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (known.TryGetValue(name.Value, out var first))
                        context.ReportError(GraphQLError.At($"There can be only one operation named \"{name.Value}\".", first, name));
                    else known[name.Value] = name;
                    return VisitAction.Skip;
                case OperationDefinitionNode or FragmentDefinitionNode:
                    return VisitAction.Skip;
                default:
                    return VisitAction.Continue;
            }
        });
    }
}
