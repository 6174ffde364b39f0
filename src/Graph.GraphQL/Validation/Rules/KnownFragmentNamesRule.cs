using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.1 Fragment Spread Target Defined: every spread names a fragment of the document.</summary>
public sealed class KnownFragmentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
            context.ReportError(GraphQLError.At($"Unknown fragment \"{spread.Name.Value}\".", spread.Name));
        return VisitAction.Continue;
    });
}
