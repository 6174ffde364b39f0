using CareerGraph.GraphQL.Language;
using CareerGraph.GraphQL.Types;
using CareerGraph.GraphQL.Utilities;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>Spec §5.5.1.2 Fragment Spread Type Existence and §5.8.2: every named type reference exists.</summary>
public sealed class KnownTypeNamesRule : IValidationRule
{
    private static readonly IReadOnlyList<string> StandardTypeNames =
        [.. Scalars.Specified.Select(t => t.Name), .. Introspection.Types.Select(t => t.Name)];

    public IAstVisitor CreateVisitor(ValidationContext context)
    {
        var definedTypes = context.Document.Definitions.OfType<NamedTypeDefinitionNode>().Select(d => d.Name.Value).ToHashSet();
        var typeNames = context.Schema.TypeMap.Keys.Concat(definedTypes).ToList();
        return new RuleVisitor(node =>
        {
            if (node is not NamedTypeNode named) return VisitAction.Continue;
            var typeName = named.Name.Value;
            if (context.Schema.GetType(typeName) is not null || definedTypes.Contains(typeName)) return VisitAction.Continue;

            // The enclosing top-level definition decides whether this reference sits in SDL.
            var definition = context.Ancestors.Count > 1 ? context.Ancestors[1] : context.Ancestors.LastOrDefault();
            var isSdl = definition is TypeSystemDefinitionNode;
            if (isSdl && StandardTypeNames.Contains(typeName)) return VisitAction.Continue;
            var suggestions = Suggestions.List(typeName, isSdl ? StandardTypeNames.Concat(typeNames) : typeNames);
            context.ReportError(GraphQLError.At($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), named));
            return VisitAction.Continue;
        });
    }
}
