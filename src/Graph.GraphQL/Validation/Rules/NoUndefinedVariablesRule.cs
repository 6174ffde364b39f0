using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.8.3 All Variable Uses Defined: every variable used by an operation (also through its fragments) is
/// defined by it; one error per use.
/// </summary>
public sealed class NoUndefinedVariablesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var defined = new HashSet<string>();
        return new RuleVisitor(
            node =>
            {
                switch (node)
                {
                    case OperationDefinitionNode: defined.Clear(); break;
                    case VariableDefinitionNode definition: defined.Add(definition.Variable.Name.Value); break;
                }
                return VisitAction.Continue;
            },
            node =>
            {
                if (node is not OperationDefinitionNode operation) return;
                foreach (var usage in context.GetRecursiveVariableUsages(operation))
                {
                    var name = usage.Node.Name.Value;
                    if (defined.Contains(name)) continue;
                    context.ReportError(GraphQLError.At(
                        operation.Name is { } opName
                            ? $"Variable \"${name}\" is not defined by operation \"{opName.Value}\"."
                            : $"Variable \"${name}\" is not defined.",
                        usage.Node, operation));
                }
            });
    }
}
