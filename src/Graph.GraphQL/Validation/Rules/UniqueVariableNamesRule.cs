using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.1 Variable Uniqueness: one error per repeated name, locating every definition of it.</summary>
public sealed class UniqueVariableNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is not OperationDefinitionNode operation) return VisitAction.Continue;
        foreach (var group in operation.VariableDefinitions.GroupBy(v => v.Variable.Name.Value))
            if (group.Count() > 1)
                context.ReportError(GraphQLError.At(
                    $"There can be only one variable named \"${group.Key}\".", group.Select(v => v.Variable.Name)));
        return VisitAction.Continue;
    });
}
