using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.1 Directives Are Defined and §5.7.2 Directives Are In Valid Locations.</summary>
public sealed class KnownDirectivesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var locations = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var directive in context.Schema.Directives)
            locations[directive.Name] = directive.Locations.Select(l => l.ToString()).ToList();
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            locations[definition.Name.Value] = definition.Locations.Select(l => l.Value).ToList();

        return new RuleVisitor(node =>
        {
            if (node is not DirectiveNode directive) return VisitAction.Continue;
            var name = directive.Name.Value;
            if (!locations.TryGetValue(name, out var allowed))
            {
                context.ReportError(GraphQLError.At($"Unknown directive \"@{name}\".", directive));
                return VisitAction.Continue;
            }
            var candidate = LocationOf(context.Ancestors);
            if (candidate is not null && !allowed.Contains(candidate))
                context.ReportError(GraphQLError.At($"Directive \"@{name}\" may not be used on {candidate}.", directive));
            return VisitAction.Continue;
        });
    }

    // The directive location of the node a directive is applied to (the last ancestor).
    private static string? LocationOf(IReadOnlyList<Node> ancestors)
    {
        DirectiveLocation? location = ancestors[^1] switch
        {
            OperationDefinitionNode o => o.Operation switch
            {
                OperationType.Query => DirectiveLocation.QUERY,
                OperationType.Mutation => DirectiveLocation.MUTATION,
                _ => DirectiveLocation.SUBSCRIPTION,
            },
            FieldNode => DirectiveLocation.FIELD,
            FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
            InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
            FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
            VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
            SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
            ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
            ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
            FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
            InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
            UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
            EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
            EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
            InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.INPUT_OBJECT,
            // As graphql-js: only fields of an input object definition (not of an extension) are input fields.
            InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode
                ? DirectiveLocation.INPUT_FIELD_DEFINITION
                : DirectiveLocation.ARGUMENT_DEFINITION,
            _ => null,
        };
        return location?.ToString();
    }
}
