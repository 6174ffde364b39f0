using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (wrapped).</summary>
public sealed class VariablesAreInputTypesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is VariableDefinitionNode definition
            && TypeInfo.TypeFromAst(context.Schema, definition.Type) is { IsInputType: false })
            context.ReportError(GraphQLError.At(
                $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(definition.Type)}\".",
                definition.Type));
        return VisitAction.Continue;
    });
}
