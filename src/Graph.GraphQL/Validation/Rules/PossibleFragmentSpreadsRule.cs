using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.2.3 Fragment Spread Is Possible: the fragment's type and the parent type can share objects.</summary>
public sealed class PossibleFragmentSpreadsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        switch (node)
        {
            case InlineFragmentNode inline
                when context.Type is NamedType { IsCompositeType: true } fragType
                     && context.ParentType is { IsCompositeType: true } parentType
                     && !DoTypesOverlap(context.Schema, fragType, parentType):
                context.ReportError(GraphQLError.At(
                    $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".", inline));
                break;
            case FragmentSpreadNode spread
                when context.GetFragment(spread.Name.Value) is { } fragment
                     && TypeInfo.TypeFromAst(context.Schema, fragment.TypeCondition) is NamedType { IsCompositeType: true } fragType
                     && context.ParentType is { } parentType
                     && !DoTypesOverlap(context.Schema, fragType, parentType):
                context.ReportError(GraphQLError.At(
                    $"Fragment \"{spread.Name.Value}\" cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragType}\".",
                    spread));
                break;
        }
        return VisitAction.Continue;
    });

    /// <summary>Some object type could be of both types (graphql-js doTypesOverlap).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.IsAbstractType)
            return b.IsAbstractType
                ? schema.GetPossibleTypes(a).Any(t => schema.IsSubType(b, t))
                : schema.IsSubType(a, b);
        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
