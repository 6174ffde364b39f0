using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.7.3 Directives Are Unique Per Location: a non-repeatable directive appears once per node.</summary>
public sealed class UniqueDirectivesPerLocationRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var unique = new Dictionary<string, bool>();
        foreach (var directive in context.Schema.Directives) unique[directive.Name] = !directive.IsRepeatable;
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            unique[definition.Name.Value] = !definition.Repeatable;

        // Type and schema extensions share the seen directives of the definition they extend.
        var schemaDirectives = new Dictionary<string, DirectiveNode>();
        var typeDirectives = new Dictionary<string, Dictionary<string, DirectiveNode>>();

        return new RuleVisitor(node =>
        {
            var directives = DirectivesOf(node);
            if (directives is null) return VisitAction.Continue;
            Dictionary<string, DirectiveNode> seen;
            switch (node)
            {
                case SchemaDefinitionNode or SchemaExtensionNode:
                    seen = schemaDirectives;
                    break;
                case TypeDefinitionNode type:
                    if (!typeDirectives.TryGetValue(type.Name.Value, out seen!))
                        typeDirectives[type.Name.Value] = seen = new Dictionary<string, DirectiveNode>();
                    break;
                default:
                    seen = new Dictionary<string, DirectiveNode>();
                    break;
            }
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                if (!unique.GetValueOrDefault(name)) continue;
                if (seen.TryGetValue(name, out var first))
                    context.ReportError(GraphQLError.At(
                        $"The directive \"@{name}\" can only be used once at this location.", first, directive));
                else seen[name] = directive;
            }
            return VisitAction.Continue;
        });
    }

    private static IReadOnlyList<DirectiveNode>? DirectivesOf(Node node) => node switch
    {
        ExecutableDefinitionNode e => e.Directives,
        SelectionNode s => s.Directives,
        VariableDefinitionNode v => v.Directives,
        TypeDefinitionNode t => t.Directives,
        SchemaDefinitionNode s => s.Directives,
        SchemaExtensionNode s => s.Directives,
        FieldDefinitionNode f => f.Directives,
        InputValueDefinitionNode i => i.Directives,
        EnumValueDefinitionNode e => e.Directives,
        _ => null,
    };
}
