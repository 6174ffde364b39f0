using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.2.2.1 Lone Anonymous Operation: an operation without a name must be the only operation.</summary>
public sealed class LoneAnonymousOperationRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var operationCount = 0;
        return new RuleVisitor(node =>
        {
            switch (node)
            {
                case DocumentNode document:
                    operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    break;
                case OperationDefinitionNode { Name: null } operation when operationCount > 1:
                    context.ReportError(GraphQLError.At("This anonymous operation must be the only defined operation.", operation));
                    break;
            }
            return VisitAction.Continue;
        });
    }
}
