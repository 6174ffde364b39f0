using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.3 Fragments On Composite Types: type conditions name objects, interfaces or unions.</summary>
public sealed class FragmentsOnCompositeTypesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        switch (node)
        {
            case InlineFragmentNode { TypeCondition: { } condition }
                when TypeInfo.TypeFromAst(context.Schema, condition) is { IsCompositeType: false }:
                context.ReportError(GraphQLError.At(
                    $"Fragment cannot condition on non composite type \"{Printer.Print(condition)}\".", condition));
                break;
            case FragmentDefinitionNode fragment
                when TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) is { IsCompositeType: false }:
                context.ReportError(GraphQLError.At(
                    $"Fragment \"{fragment.Name.Value}\" cannot condition on non composite type \"{Printer.Print(fragment.TypeCondition)}\".",
                    fragment.TypeCondition));
                break;
        }
        return VisitAction.Continue;
    });
}
