using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.4.1 Argument Names: every argument of a field or directive is defined by it.</summary>
public sealed class KnownArgumentNamesRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var directiveArgs = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var directive in context.Schema.Directives)
            directiveArgs[directive.Name] = directive.Arguments.Select(a => a.Name).ToList();
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            directiveArgs[definition.Name.Value] = definition.Arguments.Select(a => a.Name.Value).ToList();

        return new RuleVisitor(node =>
        {
            switch (node)
            {
                case DirectiveNode directive:
                    if (directiveArgs.TryGetValue(directive.Name.Value, out var known))
                        foreach (var argument in directive.Arguments)
                        {
                            var argName = argument.Name.Value;
                            if (known.Contains(argName)) continue;
                            context.ReportError(GraphQLError.At(
                                $"Unknown argument \"{argName}\" on directive \"@{directive.Name.Value}\"." +
                                Suggestions.DidYouMean(Suggestions.List(argName, known)), argument));
                        }
                    // Directive arguments are checked here; the field check below must not see them.
                    return VisitAction.Skip;
                case ArgumentNode argument when context.Argument is null
                                                && context.FieldDef is { } fieldDef && context.ParentType is { } parentType:
                {
                    var argName = argument.Name.Value;
                    context.ReportError(GraphQLError.At(
                        $"Unknown argument \"{argName}\" on field \"{parentType.Name}.{fieldDef.Name}\"." +
                        Suggestions.DidYouMean(Suggestions.List(argName, fieldDef.Arguments.Select(a => a.Name))), argument));
                    return VisitAction.Continue;
                }
                default:
                    return VisitAction.Continue;
            }
        });
    }
}
