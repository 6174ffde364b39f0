using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.6.3 Input Object Field Uniqueness: within one object literal each field name appears once.</summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var stack = new Stack<Dictionary<string, NameNode>>();
        return new RuleVisitor(
            node =>
            {
                switch (node)
                {
                    case ObjectValueNode:
                        stack.Push(new Dictionary<string, NameNode>());
                        break;
                    case ObjectFieldNode field when stack.TryPeek(out var known):
                        if (known.TryGetValue(field.Name.Value, out var first))
                            context.ReportError(GraphQLError.At(
                                $"There can be only one input field named \"{field.Name.Value}\".", first, field.Name));
                        else known[field.Name.Value] = field.Name;
                        break;
                }
                return VisitAction.Continue;
            },
            node =>
            {
                if (node is ObjectValueNode) stack.Pop();
            });
    }
}
