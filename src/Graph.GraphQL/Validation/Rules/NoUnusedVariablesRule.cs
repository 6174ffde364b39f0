using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.4 All Variables Used: every variable an operation defines is used by it or its fragments.</summary>
public sealed class NoUnusedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var definitions = new List<VariableDefinitionNode>();
        return new RuleVisitor(
            node =>
            {
                switch (node)
                {
                    case OperationDefinitionNode: definitions.Clear(); break;
                    case VariableDefinitionNode definition: definitions.Add(definition); break;
                }
                return VisitAction.Continue;
            },
            node =>
            {
                if (node is not OperationDefinitionNode operation) return;
                var used = context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value).ToHashSet();
                foreach (var definition in definitions)
                {
                    var name = definition.Variable.Name.Value;
                    if (used.Contains(name)) continue;
                    context.ReportError(GraphQLError.At(
                        operation.Name is { } opName
                            ? $"Variable \"${name}\" is never used in operation \"{opName.Value}\"."
                            : $"Variable \"${name}\" is never used.",
                        definition));
                }
            });
    }
}
