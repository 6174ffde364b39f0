using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments.</summary>
public sealed class ExecutableDefinitionsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is not DocumentNode document) return VisitAction.Continue;
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode) continue;
            var name = definition switch
            {
                TypeDefinitionNode t => $"\"{t.Name.Value}\"",
                DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
                _ => "schema",
            };
            context.ReportError(GraphQLError.At($"The {name} definition is not executable.", definition));
        }
        return VisitAction.Skip;
    });
}
