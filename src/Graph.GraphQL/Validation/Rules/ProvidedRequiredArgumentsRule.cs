using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// Spec §5.4.2.1 Required Arguments: every non-null argument without a default is given, on fields and directives.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        // Directive name → its required arguments (name and printed type).
        var required = new Dictionary<string, IReadOnlyList<(string Name, string Type)>>();
        foreach (var directive in context.Schema.Directives)
            required[directive.Name] = directive.Arguments.Where(IsRequired).Select(a => (a.Name, a.Type.ToString())).ToList();
        foreach (var definition in context.Document.Definitions.OfType<DirectiveDefinitionNode>())
            required[definition.Name.Value] = definition.Arguments
                .Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                .Select(a => (a.Name.Value, Printer.Print(a.Type))).ToList();

        return new RuleVisitor(leave: node =>
        {
            switch (node)
            {
                case FieldNode field when context.FieldDef is { } fieldDef:
                {
                    var provided = field.Arguments.Select(a => a.Name.Value).ToHashSet();
                    foreach (var argDef in fieldDef.Arguments)
                        if (!provided.Contains(argDef.Name) && IsRequired(argDef))
                            context.ReportError(GraphQLError.At(
                                $"Field \"{fieldDef.Name}\" argument \"{argDef.Name}\" of type \"{argDef.Type}\" is required, but it was not provided.",
                                field));
                    break;
                }
                case DirectiveNode directive when required.TryGetValue(directive.Name.Value, out var args):
                {
                    var provided = directive.Arguments.Select(a => a.Name.Value).ToHashSet();
                    foreach (var (name, type) in args)
                        if (!provided.Contains(name))
                            context.ReportError(GraphQLError.At(
                                $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                directive));
                    break;
                }
            }
        });
    }

    private static bool IsRequired(InputValueDefinition argument) => argument is { Type: NonNullType, HasDefaultValue: false };
}
