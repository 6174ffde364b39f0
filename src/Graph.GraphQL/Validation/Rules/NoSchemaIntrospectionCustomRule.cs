using CareerGraph.GraphQL.Language;

namespace CareerGraph.GraphQL.Validation.Rules;

/// <summary>
/// graphql-js NoSchemaIntrospectionCustomRule (not a spec rule): refuses __schema and __type, for deployments that
/// switch introspection off. __typename stays allowed, as clients rely on it for abstract types.
/// </summary>
public sealed class NoSchemaIntrospectionCustomRule : IValidationRule
{
    public IAstVisitor CreateVisitor(ValidationContext context) => new RuleVisitor(node =>
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field && context.Type?.NamedType is { } type
            && Types.Introspection.IsIntrospectionType(type))
            context.ReportError(GraphQLError.At(
                $"GraphQL introspection has been disabled, but the requested query contained the field \"{field.Name.Value}\".", field));
        return VisitAction.Continue;
    });
}
